import type { Problem, Table, TableRow } from '../../../types';
import { problem } from '../../problems';
import { UNREAD_CELL } from '../cell-states';
import { squeezeCjkSpaces } from '../../../text/normalize';
import { uniqueAnchor } from '../../anchors';
import { readCell, cellValue, RUN_TOGETHER, UNIT } from '../cells';
import { mergeLabelColumns } from '../labels';
import { rowLevel, TEMPLATE_2008, type RowLevel } from '../../../templates/template2008';

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
	result.problems = [...problems, ...result.problems];
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

/**
 * Provinces' own tables name their top rows without numbers (主动公开信息数, 受理依申请公开信息总数) and
 * number only the rows under them ("其中：1.网站公开", "2.政府公报公开"). The national template numbers
 * every row it counts (一、 (一) 1.) and leaves unnumbered only what follows 其中.
 */
const hasUnnumberedTop = (labels: string[]) => {
	const first = labels.find(Boolean) ?? '';
	return rowLevel(first).level === 4 && !/^其中/.test(first);
};

/** In such a table: an unnumbered row is a top row; "其中：1.…" and "2.…" are numbered rows under it; "其中：…" without a number too. */
function flatRowLevel(label: string): RowLevel {
	const rest = label.replace(/^其中\s*[:：]?\s*/, '');
	const numbered = rowLevel(rest);
	if (numbered.level !== 4) return { level: 2, n: numbered.n };
	return rest === label ? { level: 1, n: null } : { level: 3, n: null };
}

/** Rows of cells (label first) into table rows: anchors by the label's outline, values per value column. */
/** `lineOf(row, column)`: the source line of a row's cell (column counted in the row's cells, label first). */
function readRows(header: string[], rows: string[][], anchor: string, title: string, section: string | null, source: string, lineOf: (row: number, column: number) => number | null): { table: Table; problems: Problem[] } {
	const problems: Problem[] = [];
	const width = header.length;
	const unitColumn = header.findIndex((h) => h.includes('单位'));
	const valueColumns = header.map((h, i) => ({ h, i })).filter(({ i }) => i > 0 && i !== unitColumn);
	const table: Table = { anchor, title, columns: valueColumns.map((c) => c.h), rows: [], section, source };
	if (width < 2 || valueColumns.length === 0) {
		problems.push(problem('table-no-header', { table: title }));
		return { table, problems };
	}
	const stack: { level: number; label: string; anchor: string; q: number }[] = [];
	const used = new Set<string>();
	const root = { level: 0, label: '', anchor: `${anchor}-r0`, q: 0 };
	const flat = hasUnnumberedTop(rows.map((r) => r[0]));
	/** The row just read when it was an unnumbered row with values (主动公开信息数 under 一、): a "其中：1." row below makes it a parent. */
	let lastUnnumbered: { label: string; anchor: string } | null = null;
	rows.forEach((row, k) => {
		const label = row[0];
		let { level, n } = flat ? flatRowLevel(label) : rowLevel(label);
		const numberedPart: RowLevel | null = !flat && lastUnnumbered ? rowLevel(label.replace(/^其中\s*[:：]?\s*/, '')) : null;
		if (numberedPart && /^其中/.test(label) && numberedPart.n !== null && (stack[stack.length - 1]?.level ?? 0) < numberedPart.level - 0.5) {
			// "其中：1.网站公开" after 主动公开信息数: its numbered rows are that row's parts, not the group's.
			stack.push({ level: numberedPart.level - 0.5, label: lastUnnumbered!.label, anchor: lastUnnumbered!.anchor, q: 0 });
			({ level, n } = numberedPart);
		}
		while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
		const parent = stack[stack.length - 1];
		let local: string;
		if (n !== null) local = parent ? `${parent.anchor}-${n}` : `${anchor}-r${n}`;
		else {
			const owner = parent ?? root;
			owner.q += 1;
			local = `${owner.anchor}-q${owner.q}`;
		}
		const rowAnchor = uniqueAnchor(used, local);
		const unitCell = unitColumn >= 0 ? readCell(row[unitColumn] ?? '') : { kind: 'blank' as const };
		const valueCells = valueColumns.map((c) => readCell(row[c.i] ?? ''));
		// A group row: "—" cells, or a part or subsection label with every other cell empty.
		const header = unitCell.kind === 'dash' || valueCells.some((c) => c.kind === 'dash') || (level <= 2 && !row.slice(1).some(Boolean));
		for (const c of valueCells) {
			if (c.kind === 'text' && c.text !== UNREAD_CELL) problems.push(problem('cell-not-a-number', { table: title, row: label, text: c.text }));
		}
		// A cell whose text is no number (or that a reader could not cut) is unread, never the document's blank.
		const values = valueCells.map(cellValue);
		const r: TableRow = {
			anchor: rowAnchor,
			path: stack.map((s) => s.label),
			label,
			unit: header || unitColumn < 0 || !row[unitColumn] ? null : row[unitColumn],
			values,
			states: valueCells.map((c) => (c.kind === 'number' ? 'read' : c.kind === 'text' ? 'unread' : 'blank')),
			lines: values.map((v, i) => (v === null ? null : lineOf(k, valueColumns[i].i)))
		};
		if (header) r.header = true;
		table.rows.push(r);
		lastUnnumbered = n === null && !header && !/^其中/.test(label) ? { label, anchor: rowAnchor } : null;
		// A counted row (numbered, or a province's unnumbered top row) holds the rows below it.
		if (n !== null || (flat && level === 1)) stack.push({ level, label, anchor: rowAnchor, q: 0 });
	});
	return { table, problems };
}
