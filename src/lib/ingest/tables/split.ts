import type { SourceLine } from '../source';
import { readCell, cellValue, UNREAD_CELL } from './cells';
import { squeezeSpaces } from '../../text/normalize';

/**
 * The cells of a line, whatever separated them: cells the form gave (HTML, DOCX, Markdown tables),
 * else `|` (with or without a leading and trailing bar), else tabs, else runs of whitespace.
 */
export function cellsOf(line: SourceLine): string[] {
	if (line.cells) return line.cells;
	const text = line.text.trim();
	if (text.includes('|')) return text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
	if (text.includes('\t')) return text.split('\t').map((c) => c.trim());
	return text.split(/\s+/);
}

export interface Split {
	label: string;
	values: (number | null)[];
	/** Per value: the form could not read its cell (its null is no blank). */
	unread: boolean[];
	raw: string[];
}

/**
 * A value cell: a number, or a placeholder that stands for a blank (`-`, `—`, `/`). Where the form has
 * real cells (HTML, Markdown, `|`, tabs) an empty cell is a blank too; between spaces it cannot exist;
 * and a cell the form could not read (UNREAD_CELL: OCR read no number in it) keeps its place, unread.
 */
const isValue = (cell: string, hasCells: boolean) => {
	const kind = readCell(cell).kind;
	return kind === 'number' || kind === 'dash' || (hasCells && (kind === 'blank' || cell === UNREAD_CELL));
};

/** A line as its label and its trailing value cells (blanks and placeholders null, never 0). */
export function splitLine(line: SourceLine): Split {
	const hasCells = !!line.cells || /[|\t]/.test(line.text);
	const cells = cellsOf(line);
	// Text cut by bars or tabs may still have a space between the label and the first value ("新收 3001\t53").
	if (!line.cells && hasCells && cells.length > 1) {
		const words = cells[0].split(/\s+/);
		let k = words.length;
		while (k > 1 && readCell(words[k - 1]).kind === 'number') k--;
		if (k < words.length && isValue(cells[1], true)) cells.splice(0, 1, words.slice(0, k).join(' '), ...words.slice(k));
	}
	let i = cells.length;
	while (i > 0 && isValue(cells[i - 1], hasCells)) i--;
	// A row of values only, led by an empty cell: that cell is the (empty) label column.
	if (i === 0 && cells.length > 1 && readCell(cells[0]).kind === 'blank') i = 1;
	const raw = cells.slice(i);
	return { label: squeezeSpaces(cells.slice(0, i).join(' ')), values: raw.map((c) => cellValue(readCell(c))), unread: raw.map((c) => c === UNREAD_CELL), raw };
}

/** A run of values with the label text before it (since the previous run) and the region lines it came from. */
export interface Run {
	before: string;
	values: (number | null)[];
	/** Per value: its cell could not be read (Split.unread). */
	unread: boolean[];
	lines: number[];
}

/** Whether a run has no value at all: every cell blank, none unread (a group's heading row, a label alone). */
export const noValue = (run: Run) => run.values.every((v, k) => v === null && !run.unread[k]);

/**
 * The region as runs of values: a line with two or more values is a run of its own (a table row); lines of
 * one value each (one cell per line) join into one run. Text between runs is the label of the next run.
 */
export function valueRuns(lines: SourceLine[]): { runs: Run[]; after: string } {
	const runs: Run[] = [];
	let text = '';
	let joinable: Run | null = null;
	lines.forEach((line, i) => {
		const s = splitLine(line);
		if (s.label) {
			text += s.label;
			joinable = null;
		}
		if (s.values.length === 0) return;
		const single = s.values.length === 1 && !s.label;
		if (single && joinable) {
			for (const v of s.values) joinable.values.push(v);
			for (const u of s.unread) joinable.unread.push(u);
			joinable.lines.push(i);
			return;
		}
		const run: Run = { before: text, values: [...s.values], unread: [...s.unread], lines: [i] };
		runs.push(run);
		text = '';
		joinable = single ? run : null;
	});
	return { runs, after: text };
}

/** The most digits a cell's number may have: past 15, a double no longer holds every integer, so no sum could be checked. */
export const MAX_CELL_DIGITS = 15;
/** Steps (numbers tried) one search for a row's split may take; past this, the row is left unread and named. */
export const MAX_SPLIT_STEPS = 200_000;

/** Runs of `size` values each, the last the sum of the others (表三's row: six columns and 总计; 表四's three groups of five). */
export interface SumGroups {
	groups: number;
	size: number;
}

export interface SplitSearch {
	/** The splits found that satisfy every group's sum (at most `limit`: more say nothing more). */
	splits: number[][];
	/** Numbers tried; the search stops at `maxSteps`. */
	steps: number;
	/** The search stopped at its step bound before it could tell: the digits are not read (never a guess). */
	capped: boolean;
}

/**
 * Cells run together with no separator ("1000001" for 1 | 0 | 0 | 0 | 0 | 0 | 1): the splits of the
 * digits into groups of numbers (no leading zeros) whose last number is the sum of the others. The
 * search prunes as it goes: a group's total is not chosen but computed and looked for in the digits, a
 * branch stops when the digits left cannot hold the total so far and the groups after it, and what
 * follows a group boundary is worked out once (memo by position). Only a single split is an answer;
 * a search that reaches `maxSteps` is `capped`, and its row is named unread by the caller.
 */
export function splitsBySums(digits: string, { groups, size }: SumGroups, limit = 2, maxSteps = MAX_SPLIT_STEPS): SplitSearch {
	const n = digits.length;
	let steps = 0;
	let capped = false;
	/** Completions from a group boundary: position * groups + group → up to `limit` suffixes. */
	const memo = new Map<number, number[][]>();
	const from = (at: number, group: number): number[][] => {
		if (group === groups) return at === n ? [[]] : [];
		const key = at * (groups + 1) + group;
		const known = memo.get(key);
		if (known) return known;
		const out: number[][] = [];
		const after = (groups - group - 1) * size;
		const parts: number[] = [];
		const walk = (p: number, sum: number) => {
			if (capped || out.length >= limit) return;
			if (parts.length === size - 1) {
				const total = String(sum);
				if (!digits.startsWith(total, p)) return;
				for (const rest of from(p + total.length, group + 1)) {
					out.push([...parts, sum, ...rest]);
					if (out.length >= limit) return;
				}
				return;
			}
			const left = size - 1 - parts.length;
			for (let len = 1; len <= MAX_CELL_DIGITS && p + len <= n; len++) {
				if (len > 1 && digits[p] === '0') break;
				const value = Number(digits.slice(p, p + len));
				// The total has at least as many digits as the sum so far and as this value: the rest must hold it.
				const need = left - 1 + Math.max(len, String(sum + value).length) + after;
				if (p + len + need > n) break;
				if (++steps > maxSteps) {
					capped = true;
					return;
				}
				parts.push(value);
				walk(p + len, sum + value);
				parts.pop();
				if (capped || out.length >= limit) return;
			}
		};
		walk(at, 0);
		if (!capped) memo.set(key, out);
		return out;
	};
	const splits = n >= groups * size ? from(0, 0) : [];
	return { splits: capped ? [] : splits, steps: Math.min(steps, maxSteps), capped };
}
