import type { Problem, Table, TableRow } from '../../../types';
import { problem } from '../../problems';
import type { SourceLine } from '../../source';
import { squeezeSpaces, withoutSpaces } from '../../../text/normalize';
import { noValue, splitLine, splitsBySums, valueRuns, type Run } from '../split';
import { placeBySums } from './table3-sums';
import { inShape, isGroupHeader, labelOf, landmarkFits, namesInOrder, namedWeakly, namesOtherRow, rowNamed } from './table3-rows';
import { readCells, runLineOf, unreadCells, type RowCells } from '../cell-states';
import { T3_COLUMNS, T4_COLUMNS, TABLE3, TABLE4, valueRows, type TemplateRow } from '../../../templates/template2019';

export type TableKind = 't2' | 't3' | 't4';

export interface Region {
	kind: TableKind;
	section: string;
	lines: SourceLine[];
}

export interface ReadTables {
	tables: Table[];
	problems: Problem[];
	/** Indexes of the region's lines the tables hold in their `source`; the others stay section text. */
	used: Set<number>;
}

/** The lines from the region's start to the last one a table read: headers belong to the table, what follows does not. */
const upTo = (last: number) => new Set(Array.from({ length: last + 1 }, (_, i) => i));
const sourceOf = (lines: SourceLine[], used: Set<number>) => lines.filter((_, i) => used.has(i)).map((l) => l.text).join('\n');

function place(anchor: string, title: string, columns: string[], section: string, source: string, template: TemplateRow[], rows: RowCells[]): Table {
	let at = 0;
	const out: TableRow[] = template.map((t) => {
		if (t.header) return { anchor: `${anchor}-${t.id}`, path: t.path, label: t.label, unit: null, values: columns.map(() => null), header: true };
		return { anchor: `${anchor}-${t.id}`, path: t.path, label: t.label, unit: '件', ...rows[at++] };
	});
	return { anchor, title, columns, rows: out, section, source };
}

/** Each row's 总计 (last value) is the sum of the six before it: the sum 表三 states for every row. */
export const ROW_SUM = { groups: 1, size: 7 };

/** A run's cells: read (its nulls the document's dashes), unread where the form could not read a cell or split its digits. */
const cellsOfRun = (run: Run, region: SourceLine[]): RowCells => readCells(run.values, runLineOf(run.lines, run.values.length, region), run.unread);

/**
 * Cells run together with their label ("1.属于国家秘密1000001"): recovered only where exactly one split
 * of the digits into seven numbers makes the row's 总计 the sum of its six columns.
 */
function runTogether(lines: SourceLine[], problems: Problem[]): Run[] {
	const runs: Run[] = [];
	lines.forEach((line, i) => {
		const m = /^(.*[^\d\s.])(\d{7,21})$/.exec(withoutSpaces(line.text));
		if (!m || splitLine(line).values.length > 0) return;
		const { splits, steps, capped } = splitsBySums(m[2], ROW_SUM);
		if (splits.length === 1) runs.push({ before: m[1], values: splits[0], unread: splits[0].map(() => false), lines: [i] });
		else {
			runs.push({ before: m[1], values: Array(7).fill(null), unread: Array(7).fill(true), lines: [i] });
			if (capped) problems.push(problem('cells-split-capped', { table: '表三', text: `${m[1]}${m[2]}`, steps }));
			else problems.push(problem('table3-cells-run-together', { text: `${m[1]}${m[2]}`, splits: splits.length }));
		}
	});
	return runs;
}

/**
 * 表三: the template fixes 25 rows of 7 values (23 where (六)其他处理 is one row). When the runs of seven
 * values number exactly that and the landmark rows carry their labels, they are placed in order.
 * Runs in the template's shape (inShape) are placed in order too, whatever their labels. Otherwise each
 * run is placed at the template row its label names, in the template's order; a run with no recognisable
 * label takes the next row. Rows left without values are blank (null) and named.
 */
export function readTable3(region: Region): ReadTables {
	const problems: Problem[] = [];
	// The 2021 template splits (六)其他处理 into rows whose labels say 逾期不补正 and 缴纳费用; the 2019 trial one does not.
	const which = /逾期不补正|缴纳费用/.test(withoutSpaces(region.lines.map((l) => l.text).join(''))) ? 'template2021' : 'trial2019';
	const sevens = valueRuns(region.lines)
		.runs.flatMap(rowsOfSeven)
		.filter((r) => !isGroupHeader(r, TABLE3[which]));
	const rows = valueRows(TABLE3[which]);
	const source = (last: number) => {
		const used = upTo(last);
		return { used, source: sourceOf(region.lines, used) };
	};
	// A run with no value whose label names no row is no row of values in order either (see the loop below).
	const inOrder = sevens.filter((r) => !noValue(r) || rowNamed(labelOf(r, region.lines), rows) >= 0);
	if (inOrder.length === rows.length && inOrder.every((r, i) => landmarkFits(rows[i], labelOf(r, region.lines)))) {
		const { used, source: src } = source(inOrder[inOrder.length - 1].lines.at(-1)!);
		return { tables: [place('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, region.section, src, TABLE3[which], inOrder.map((r) => cellsOfRun(r, region.lines)))], problems, used };
	}
	const runs = valueRuns(region.lines).runs.flatMap(rowsOfSeven);
	for (const w of [which, which === 'template2021' ? 'trial2019' : 'template2021'] as const) {
		const shaped = inShape(runs, TABLE3[w], region.lines);
		if (!shaped) continue;
		const { used, source: src } = source(shaped[shaped.length - 1].lines.at(-1)!);
		return { tables: [place('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, region.section, src, TABLE3[w], shaped.map((r) => cellsOfRun(r, region.lines)))], problems, used };
	}
	const candidates = [...sevens, ...runTogether(region.lines, problems)].sort((a, b) => a.lines[0] - b.lines[0]);
	const placed: (RowCells | null)[] = rows.map(() => null);
	let cursor = 0;
	// Whether the next row is known: once a run could not be placed, which row follows is not, until a
	// run whose label names its row is placed again.
	let inStep = true;
	const labels = candidates.map((run) => labelOf(run, region.lines));
	const byLabel = labels.map((label) => rowNamed(label, rows));
	const names = namesInOrder(byLabel, byLabel.map((n, i) => namedWeakly(labels[i], rows[n])));
	for (const [i, run] of candidates.entries()) {
		const [label, named] = [labels[i], names[i]];
		// A run with no value at all is placed only where its label names its row: by position alone it is as
		// likely a group's heading ({四]无法提殿, OCR's (四)无法提供), and placed it would say the agency left
		// a row blank. The rows after it are not known either until a label names one.
		if (named < 0 && noValue(run)) {
			inStep = false;
			continue;
		}
		// A run whose label names no row takes the next one, unless its text names another row anywhere
		// (collapsed text: "1.本机关不掌握…(四)无法提供 3 0 …" is not the next row's, whichever it is).
		const next: boolean = named < 0 && inStep && cursor < rows.length && !namesOtherRow(label, rows, cursor);
		const at: number = named >= cursor ? named : next ? cursor : -1;
		inStep = at >= 0;
		if (at < 0) {
			problems.push(problem('table3-row-out-of-order', { label: squeezeSpaces(run.before) }));
			continue;
		}
		placed[at] = cellsOfRun(run, region.lines);
		cursor = at + 1;
	}
	const found = placed.filter(Boolean).length;
	if (found < rows.length / 2) {
		const counts = { found: sevens.length, rows: valueRows(TABLE3.template2021).length, rowsTrial: valueRows(TABLE3.trial2019).length };
		// Rows of fewer values (their blank cells vanished) are placed only where the template's sums decide.
		const bySums = placeBySums(region.lines, TABLE3[which]);
		if ('why' in bySums) return { tables: [], problems: [...problems, problem('table3-not-placed', { ...counts, ...bySums })], used: new Set() };
		const { used, source: src } = source(bySums.last);
		const open = bySums.open.length ? [problem('table3-left-open', { ...counts, open: bySums.open })] : [];
		const cells = bySums.rows.map((values, r) => ({ values, states: bySums.states[r], lines: bySums.lines[r].map((l, c) => (values[c] === null || l === null ? null : (region.lines[l]?.line ?? null))) }));
		return { tables: [place('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, region.section, src, TABLE3[which], cells)], problems: [...open], used };
	}
	rows.forEach((r, i) => placed[i] ?? problems.push(problem('table3-row-missing', { row: r.label })));
	const last = candidates.reduce((m, r) => r.lines.reduce((k, i) => Math.max(k, i), m), -Infinity);
	const { used, source: src } = source(last);
	return { tables: [place('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, region.section, src, TABLE3[which], placed.map((v) => v ?? unreadCells(7)))], problems, used };
}

/**
 * A run of 14 or 21 values is as many rows of seven whose labels stood elsewhere (collapsed text puts a
 * row's values beside the next row's when the label between them was printed before or after both):
 * the first keeps the label before it, the others have none. A run of eight or nine whose first one or
 * two are blank is a row of the template's grid (three label columns) whose label spans merged cells:
 * a Word table read as text keeps a merged cell's other grid cells as empty cells before the values.
 * Runs of any other length are no row.
 */
function rowsOfSeven(run: Run): Run[] {
	const spanned = run.values.length - 7;
	// A run of one value per line keeps each value's line beside it.
	const perValue = run.lines.length === run.values.length;
	const linesOf = (from: number, to: number) => (perValue ? run.lines.slice(from, to) : run.lines);
	// Blank, not unread: a cell the form could not read is a value cell, never a merged label's.
	if (spanned > 0 && spanned <= 2 && run.values.slice(0, spanned).every((v, k) => v === null && !run.unread[k]))
		return [{ ...run, values: run.values.slice(spanned), unread: run.unread.slice(spanned), lines: linesOf(spanned, run.values.length) }];
	if (run.values.length === 0 || run.values.length % 7 !== 0 || run.values.length > 21) return [];
	return Array.from({ length: run.values.length / 7 }, (_, k) => ({ ...run, before: k === 0 ? run.before : '', values: run.values.slice(7 * k, 7 * k + 7), unread: run.unread.slice(7 * k, 7 * k + 7), lines: linesOf(7 * k, 7 * k + 7) }));
}

/** Each of 表四's three 总计 is the sum of the four results before it. */
const groupAddsUp = (group: number[]) => group[0] + group[1] + group[2] + group[3] === group[4];
const T4_SUMS = { groups: 3, size: 5 };

/**
 * 表四: 15 values, 行政复议 then the two kinds of 行政诉讼, five columns each: one run of 15, or the
 * runs of the region adding up to 15 (rows of five, one cell per line), or 15 digits run together
 * that split only one way into three rows that add up.
 */
export function readTable4(region: Region): ReadTables {
	const { runs } = valueRuns(region.lines);
	let chosen = runs.filter((r) => r.values.length === 15).slice(0, 1);
	if (!chosen.length && runs.reduce((n, r) => n + r.values.length, 0) === 15) chosen = runs;
	let values = chosen.flatMap((r) => r.values);
	let unread = chosen.flatMap((r) => r.unread);
	/** The region line of each value: a run's own line per value where it has one, else its first. */
	let valueLines = chosen.flatMap((r) => r.values.map((_, k) => (r.lines.length === r.values.length ? r.lines[k] : r.lines[0])));
	let last = chosen.reduce((m, r) => r.lines.reduce((k, i) => Math.max(k, i), m), -1);
	const problems: Problem[] = [];
	if (!chosen.length) {
		const i = region.lines.findIndex((l) => /^\d{15,45}$/.test(withoutSpaces(l.text)));
		if (i >= 0) {
			const digits = withoutSpaces(region.lines[i].text);
			const { splits, steps, capped } = splitsBySums(digits, T4_SUMS);
			if (splits.length === 1) [values, unread, last, valueLines] = [splits[0], splits[0].map(() => false), i, splits[0].map(() => i)];
			else if (capped) problems.push(problem('cells-split-capped', { table: '表四', text: digits, steps }));
			else problems.push(problem('table4-cells-run-together', { splits: splits.length }));
		}
	}
	if (last < 0) return { tables: [], problems: problems.length ? problems : [problem('table4-not-found')], used: new Set() };
	// Values that header words stand between (PDF text in reading order) may come column by column: their
	// order is the template's only if every 总计 adds up. One line of 15, or cells with nothing between
	// them, are in the order printed: a 总计 that does not add up there is the report's, which checks flag.
	const interleaved = chosen.length > 1 && chosen.slice(1).some((r) => r.before.trim() !== '');
	const failing = [0, 5, 10].map((o) => values.slice(o, o + 5)).filter((g) => g.some((v) => v === null) || !groupAddsUp(g as number[])).length;
	if (interleaved && failing > 0) return { tables: [], problems: [...problems, problem('table4-out-of-order', { failing })], used: new Set() };
	const used = upTo(last);
	const cells = readCells(values, (k) => region.lines[valueLines[k]]?.line ?? null, unread);
	const rows = [0, 5, 10].map((o) => ({ values: cells.values.slice(o, o + 5), states: cells.states.slice(o, o + 5), lines: cells.lines.slice(o, o + 5) }));
	return { tables: [place('t4', '政府信息公开行政复议、行政诉讼情况', T4_COLUMNS, region.section, sourceOf(region.lines, used), TABLE4, rows)], problems, used };
}
