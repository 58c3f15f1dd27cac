import type { SourceLine } from '../source';
import { readCell, cellValue } from './cells';
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
	raw: string[];
}

/**
 * A value cell: a number, or a placeholder that stands for a blank (`-`, `—`, `/`). Where the form has
 * real cells (HTML, Markdown, `|`, tabs) an empty cell is a blank too; between spaces it cannot exist.
 */
const isValue = (cell: string, hasCells: boolean) => {
	const kind = readCell(cell).kind;
	return kind === 'number' || kind === 'dash' || (hasCells && kind === 'blank');
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
	return { label: squeezeSpaces(cells.slice(0, i).join(' ')), values: raw.map((c) => cellValue(readCell(c))), raw };
}

/** A run of values with the label text before it (since the previous run) and the region lines it came from. */
export interface Run {
	before: string;
	values: (number | null)[];
	lines: number[];
}

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
			joinable.values.push(...s.values);
			joinable.lines.push(i);
			return;
		}
		const run: Run = { before: text, values: [...s.values], lines: [i] };
		runs.push(run);
		text = '';
		joinable = single ? run : null;
	});
	return { runs, after: text };
}

/**
 * Cells run together with no separator ("1000001" for 1 | 0 | 0 | 0 | 0 | 0 | 1): the splits of the
 * digits into `count` numbers (no leading zeros) that satisfy `fits`. Only a single split is an answer.
 */
export function splitsOf(digits: string, count: number, fits: (values: number[]) => boolean, limit = 2): number[][] {
	const found: number[][] = [];
	const walk = (at: number, parts: number[]) => {
		if (found.length >= limit) return;
		if (parts.length === count) {
			if (at === digits.length && fits(parts)) found.push(parts);
			return;
		}
		const left = count - parts.length;
		for (let len = 1; at + len <= digits.length - (left - 1); len++) {
			const piece = digits.slice(at, at + len);
			if (piece.length > 1 && piece[0] === '0') break;
			walk(at + len, [...parts, Number(piece)]);
		}
	};
	if (digits.length >= count && digits.length <= count * 3) walk(0, []);
	return found;
}
