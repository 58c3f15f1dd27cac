import type { Problem, Table } from '../../../types';
import { problem } from '../../problems';
import { squeezeCjkSpaces } from '../../../text/normalize';
import { RUN_TOGETHER, UNIT, UNREAD_CELL } from '../cells';
import { mergeLabelColumns } from '../labels';
import { TEMPLATE_2008 } from '../../../templates/template2008';
import { readRows } from './rows';

/** A line of the scraped appendix: cells separated by "|", the line ending in "|". */
export function isPipeLine(line: string): boolean {
	return /\|\s*$/.test(line);
}

/**
 * Reads the 2008 appendix (指标 | 单位 | 数量 …) from its pipe-separated lines, one cell per line as a
 * scraped page gives it. The header is every cell before the first row label that starts with 一、; the
 * rows are the following cells in groups of the header's width. Problems are returned, not thrown: the
 * rest of the report is still good.
 */
export function parsePipeTable(
	lines: string[],
	anchor: string,
	title: string,
	section: string | null,
	lineNumbers: (number | null)[] = []
): { table: Table; problems: Problem[] } {
	const split = lines.map((l) => l.replace(/\|\s*$/, '').split('|').map((c) => squeezeCjkSpaces(c)));
	const cells = split.flat();
	/** The source line of each cell: a scraped page gives one cell per line. */
	const cellLine = split.flatMap((cs, i) => cs.map(() => lineNumbers[i] ?? null));
	const first = cells.findIndex((c) => /^[一二三四五六七八九十]{1,3}、/.test(c));
	const header = first > 0 ? cells.slice(0, first) : [];
	const width = header.length;
	const body = cells.slice(first);
	const rows: string[][] = [];
	for (let at = 0; width > 0 && at + width <= body.length; at += width) rows.push(body.slice(at, at + width));
	const result = readRows(header, rows, anchor, title, section, lines.join('\n'), (k, column) => cellLine[first + k * width + column] ?? null);
	if (width >= 2 && body.length % width !== 0) {
		result.problems.push(problem('table-last-row-incomplete', { table: title, cells: body.length, width }));
	}
	return result;
}

/** The national appendix's row labels, as normalised text prints them. */
const TEMPLATE_LABELS = new Set(TEMPLATE_2008.map((r) => r.label));

const HEADER = /指标|单位|数量|年度|累计|项目|类别|统计数/;
const NUMBERED = /^([一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、]|其中)/;

/**
 * A table given row by row (HTML, Markdown, DOCX cells; tabs; inner bars): the header row (指标 | 单位 |
 * 数量, or 指标名称 | 计量单位 | 2019年度 | 历年累计), then one row per line. A label broken over two
 * lines (the first with no unit and no values, the second not numbered) is joined. Provinces' own
 * tables are read the same way: label column with its outline, unit column, value columns.
 */
export function parseRowTable(
	lines: string[][],
	anchor: string,
	title: string,
	section: string | null,
	source: string,
	lineNumbers: (number | null)[] = []
): { table: Table; problems: Problem[] } {
	const squeezed = lines.map((r) => r.map((c) => squeezeCjkSpaces(c)));
	const h = squeezed.findIndex((r) => r.filter((c) => HEADER.test(c)).length >= 2);
	const sub = h >= 0 ? subHeader(squeezed[h], squeezed[h + 1]) : null;
	// The header again further down (a table Word split at a page break, each part with its header) is not a row.
	const headerRows = new Set(squeezed.slice(Math.max(h, 0), h + (sub ? 2 : 1)).map((r) => r.join('|')));
	const first = h + (sub ? 2 : 1);
	const kept = squeezed.map((_, i) => i).filter((i) => i >= first && !headerRows.has(squeezed[i].join('|')));
	const body = kept.map((i) => squeezed[i]);
	/** The source line of each row read: the line its values came from. */
	const numbers: (number | null)[] = [];
	const bodyLine = kept.map((i) => lineNumbers[i] ?? null);
	const merged = mergeLabelColumns(sub ?? (h >= 0 ? squeezed[h] : ['指标', ...guessColumns(squeezed)]), body);
	const { header } = merged;
	// A last column with no name and nothing in it is the row-end mark of a .doc's text, not a column.
	while (header.length > 2 && header[header.length - 1] === '' && merged.rows.every((r) => (r[header.length - 1] ?? '') === '')) header.pop();
	const cellRows = merged.rows.map((r) => (r.length > header.length && r.slice(header.length).every((c) => c === '') ? r.slice(0, header.length) : r));
	const rows: string[][] = [];
	const problems: Problem[] = [];
	cellRows.forEach((row, k) => {
		const line = cellRows.length === bodyLine.length ? bodyLine[k] : null;
		const stuck = row.length === 1 ? RUN_TOGETHER.exec(row[0]) : null;
		if (stuck) {
			// One value column: the digits are its value. More: nothing says where one ends, so never guess.
			const unit = header.findIndex((c) => c.includes('单位'));
			const values = header.length - 1 - (unit > 0 ? 1 : 0);
			if (values !== 1) problems.push(problem('row-cells-run-together', { table: title, row: stuck[1], text: `${stuck[2]}${stuck[3]}`, values }));
			rows.push(header.map((_, i) => (i === 0 ? stuck[1] : i === unit ? stuck[2] : values === 1 ? stuck[3] : UNREAD_CELL)));
			numbers.push(line);
			return;
		}
		const padded = [...row, ...Array(Math.max(0, header.length - row.length)).fill('')].slice(0, Math.max(header.length, row.length));
		const prev = rows[rows.length - 1];
		const unfinished = prev && prev.slice(1).every((c) => c === '') && opens(prev[0]) > 0;
		if (unfinished && padded[0] && !NUMBERED.test(padded[0]) && padded.slice(1).some((c) => c !== '')) {
			rows[rows.length - 1] = [prev[0] + padded[0], ...padded.slice(1)];
			numbers[numbers.length - 1] = line;
			return;
		}
		// A template label cut over two rows anywhere ("(一)维持具体行政行为或者" / "驳回原告诉讼请求数 | 件 | 14"):
		// joined only where together, and not alone, the two parts are one of the national appendix's rows.
		if (prev && prev.slice(1).every((c) => c === '') && padded.slice(1).some((c) => c !== '') && TEMPLATE_LABELS.has(prev[0] + padded[0]) && !TEMPLATE_LABELS.has(prev[0])) {
			rows[rows.length - 1] = [prev[0] + padded[0], ...padded.slice(1)];
			numbers[numbers.length - 1] = line;
			return;
		}
		// The rest of a label wrapped in its cell below the row's values: "(四)…等方面的经费 | 万元 | 0" then ")".
		if (prev && opens(prev[0]) > 0 && padded[0] && !NUMBERED.test(padded[0]) && padded.slice(1).every((c) => c === '')) {
			rows[rows.length - 1] = [prev[0] + padded[0], ...prev.slice(1)];
			return;
		}
		rows.push(padded);
		numbers.push(line);
	});
	const result = readRows(header, rows, anchor, title, section, source, (k) => numbers[k] ?? null);
	result.problems = problems.concat(result.problems);
	return result;
}

/** A second header row's cell: a period or a total (2010年度, 历年累计, 本期, 合计), never a label or a value. */
const SUB_HEADER = /^(\d{4}\s*年度?|本年度?|上年度?|年度|本期|上期|历年累计|累计|合计|小计|数量)$/;

/**
 * A header over two rows (数量 merged over 2010年度 | 历年累计, 指标 and 单位 merged down): the second row's
 * cells take the place of the cell they sit under. Given as cells (HTML, DOCX) the second row has only its
 * own cells, which replace the first row's last; given with its empty cells (tabs, .doc) or with the
 * merged cells repeated (DOCX) it has the full width.
 */
function subHeader(header: string[], next: string[] | undefined): string[] | null {
	// A cell merged down both rows may come again in the second (指标名称, 单位 repeated where DOCX merges them).
	const own = next?.filter((c, i) => c && !(c === header[i] && !SUB_HEADER.test(c))) ?? [];
	if (!next || own.length < 2 || !own.every((c) => SUB_HEADER.test(c))) return null;
	return next.length >= header.length ? next.map((c, i) => c || header[i] || '') : [...header.slice(0, -1), ...own];
}

/** Parentheses a label opens and does not close: its text goes on in the next line. */
export const opens = (label: string) => (label.match(/\(/g) ?? []).length - (label.match(/\)/g) ?? []).length;

/** Columns of a table without a header row: a unit column where the cells are units, value columns after it. */
function guessColumns(rows: string[][]): string[] {
	const width = rows.reduce((w, r) => Math.max(w, r.length), -Infinity);
	const isUnit = (i: number) => rows.filter((r) => UNIT.test(r[i] ?? '')).length >= rows.length / 3;
	return Array.from({ length: width - 1 }, (_, k) => (isUnit(k + 1) ? '单位' : `数量${width > 3 ? k : ''}`));
}
