import { parseFragment } from 'parse5';
import type { SourceLine } from '../../source';
import { htmlLines } from '../html/lines';
import { stripBlockMarks, inlineText } from './inline';
import { isGridBorder, readGridTable } from './grid';
import { splitMergedRows } from './spans';
import { isDashLine, isDashRuns, readMultilineTable, readSimpleTable } from './simple';

/** A pipe table's rule: |---|:---:| or, without outer bars, ---|--- (a lone --- is a break or a setext mark). */
export const PIPE_RULE = /^\s*(\|\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?|:?-+:?\s*(\|\s*:?-+:?\s*)+\|?)\s*$/;
/** An unescaped `|`. */
export const BAR = /(?<!\\)\|/;

/** A table found at a line: its last line, and its rows as a matrix (or as lines, for HTML). */
export type Found = { end: number; matrix?: string[][]; lines?: SourceLine[] } | null;
type Finder = (src: string[], i: number) => Found;

const blank = (src: string[], i: number) => (src[i] ?? '').trim() === '';
/** The first line from `from` on that matches, or -1 (searching forward only: hostile input stays linear). */
const next = (src: string[], from: number, match: (line: string, j: number) => boolean) => {
	for (let j = from; j < src.length; j++) if (match(src[j], j)) return j;
	return -1;
};

/** A pipe table row's cells: one outer bar at each end taken off, cut at unescaped bars. */
const pipeCells = (line: string) =>
	line
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '')
		.split(BAR)
		.map((c) => c.replace(/\\\|/g, '|').trim());

/** A dash line over header lines and dash runs opens a multiline table; it ends at a dash line before a blank. */
const multiline: Finder = (src, i) => {
	if (!isDashLine(src[i]) || !blank(src, i - 1) || blank(src, i + 1)) return null;
	const runs = next(src, i + 1, (l) => isDashRuns(l) || l.trim() === '');
	if (runs < 0 || !isDashRuns(src[runs])) return null;
	const end = next(src, runs + 1, (l, j) => isDashLine(l) && blank(src, j + 1));
	return end > 0 ? { end, matrix: readMultilineTable(src.slice(i, end + 1)) } : null;
};

/** An HTML table (marker, MinerU), read by the HTML reader; text before and after it on its lines stays. */
const html: Finder = (src, i) => {
	const open = /<table[\s>]/i.exec(src[i]);
	if (!open) return null;
	const end = /<\/table>/i.test(src[i].slice(open.index)) ? i : closing(src, i + 1);
	if (end < 0) return null;
	const block = src.slice(i, end + 1).join('\n');
	const close = block.search(/<\/table>(?![\s\S]*<\/table>)/i);
	const text = (s: string): SourceLine => ({ text: stripBlockMarks(inlineText(s)) });
	return { end, lines: [text(block.slice(0, open.index)), ...htmlLines(parseFragment(block.slice(open.index, close + 8))).lines, text(block.slice(close + 8))] };
};

/** The next line that closes a table, found by one pass per document (an unclosed <table> costs nothing more). */
const closings = new WeakMap<string[], number[]>();
function closing(src: string[], from: number): number {
	let after = closings.get(src);
	if (!after) {
		after = new Array<number>(src.length + 1).fill(-1);
		for (let j = src.length - 1; j >= 0; j--) after[j] = /<\/table>/i.test(src[j]) ? j : after[j + 1];
		closings.set(src, after);
	}
	return after[from] ?? -1;
}

const grid: Finder = (src, i) => {
	if (!isGridBorder(src[i])) return null;
	let end = i;
	while (end + 1 < src.length && /^\s*[+|]/.test(src[end + 1])) end++;
	const matrix = readGridTable(src.slice(i, end + 1));
	return matrix ? { end, matrix } : null;
};

/** A simple table: a header line over dash runs, rows up to a blank line (or a closing dash-runs line). */
const simple: Finder = (src, i) => {
	if (!isDashRuns(src[i + 1] ?? '') || blank(src, i) || BAR.test(src[i])) return null;
	let end = i + 2;
	while (end < src.length && !blank(src, end) && !isDashRuns(src[end])) end++;
	return { end: isDashRuns(src[end] ?? '') ? end : end - 1, matrix: readSimpleTable(src[i], src[i + 1], src.slice(i + 2, end)) };
};

/** A simple table without a header: between two dash-runs lines. */
const headerless: Finder = (src, i) => {
	if (!isDashRuns(src[i]) || !blank(src, i - 1)) return null;
	const end = next(src, i + 1, (l) => isDashRuns(l) || l.trim() === '');
	if (end > 0 && !isDashRuns(src[end])) return null;
	return end > 0 ? { end, matrix: readSimpleTable(null, src[i], src.slice(i + 1, end)) } : null;
};

/** A pipe table: a row over a rule, or rows with outer bars; rows go on while lines have bars. */
const pipes: Finder = (src, i) => {
	if (!BAR.test(src[i]) || !(PIPE_RULE.test(src[i + 1] ?? '') || /^\s*\|.*\|\s*$/.test(src[i]))) return null;
	const matrix: string[][] = [];
	let j = i;
	for (; j < src.length && BAR.test(src[j]) && !blank(src, j); j++) if (!PIPE_RULE.test(src[j])) matrix.push(pipeCells(src[j]));
	return { end: j - 1, matrix: splitMergedRows(matrix) };
};

/** The table that starts at a line, in whichever Markdown shape, or null. */
export function tableAt(src: string[], i: number): Found {
	for (const find of [multiline, html, grid, simple, headerless, pipes]) {
		const found = find(src, i);
		if (found) return found;
	}
	return null;
}
