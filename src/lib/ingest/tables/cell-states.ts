/**
 * Every template cell in exactly one state: `read` (a number the document gives), `blank` (the document's
 * cell is empty or a dash) or `unread` (the portal could not read it; the report's problems say why).
 * Readers say which of their nulls are failures (`unread`); this module gives them the row shape, and
 * completes a 2019-format report with the template's tables and rows it did not read, every cell `unread`,
 * so a table that was not found is never a table of blanks and never missing from series and downloads.
 */
import type { CellState, Report, Table, TableRow } from '../../types';
import { T2_COLUMNS, T2_ITEM_NAMES, T3_COLUMNS, T4_COLUMNS, TABLE3, TABLE4, type TemplateRow } from '../../templates/template2019';
import type { SourceLine } from '../source';
import { problem } from '../problems';
import { withoutSpaces } from '../../text/normalize';

/** A row's cells as a reader hands them to a table: values with their states and source lines. */
export interface RowCells {
	values: (number | null)[];
	states: CellState[];
	lines: (number | null)[];
}

/**
 * Values a reader read: a number is `read`, a null is the document's blank (a dash or an empty cell),
 * unless `unread` says the form could not read that cell.
 */
export function readCells(values: (number | null)[], lineOf: (k: number) => number | null = () => null, unread: boolean[] = []): RowCells {
	return { values, states: values.map((v, k) => (unread[k] ? 'unread' : v === null ? 'blank' : 'read')), lines: values.map((v, k) => (v === null ? null : lineOf(k))) };
}

/** `n` cells the portal could not read. */
export const unreadCells = (n: number): RowCells => ({ values: Array(n).fill(null), states: Array(n).fill('unread'), lines: Array(n).fill(null) });

/** The source line of each value of a run of region lines: its own line where the run has one per value, else the run's first. */
export function runLineOf(runLines: number[], count: number, region: SourceLine[]): (k: number) => number | null {
	return (k) => region[runLines.length === count ? runLines[k] : runLines[0]]?.line ?? null;
}

/** The template's rows of 表二 (2021 template, and the 2019 trial one), block by block (第二十条第(X)项). */
const TABLE2: Record<'2019' | '2021', { item: number; labels: string[] }[]> = {
	'2021': [
		{ item: 1, labels: ['规章', '行政规范性文件'] },
		{ item: 5, labels: ['行政许可'] },
		{ item: 6, labels: ['行政处罚', '行政强制'] },
		{ item: 8, labels: ['行政事业性收费'] }
	],
	'2019': [
		{ item: 1, labels: ['规章', '规范性文件'] },
		{ item: 5, labels: ['行政许可', '其他对外管理服务事项'] },
		{ item: 6, labels: ['行政处罚', '行政强制'] },
		{ item: 8, labels: ['行政事业性收费'] },
		{ item: 9, labels: ['政府集中采购'] }
	]
};
/** A 表二 row label and the other spelling reports give it. */
const SPELLINGS: Record<string, string[]> = { 行政规范性文件: ['行政规范性文件', '规范性文件'], 规范性文件: ['规范性文件', '行政规范性文件'] };
/** How a problem names a table the template defines. */
const TABLE_NAMES: Record<string, string> = Object.fromEntries([
	...[1, 5, 6, 8, 9].map((n) => [`t2-${n}`, `表二（第二十条第(${T2_ITEM_NAMES[n - 1]})项）`]),
	['t3', '表三'],
	['t4', '表四']
]);

function templateTable(anchor: string, title: string, columns: string[], section: string | null, rows: TemplateRow[]): Table {
	return {
		anchor,
		title,
		columns,
		section,
		source: '',
		unread: true,
		rows: rows.map((t) => ({
			anchor: `${anchor}-${t.id}`,
			path: t.path,
			label: t.label,
			unit: t.header ? null : '件',
			...(t.header ? { header: true, ...blankRow(columns.length) } : unreadCells(columns.length))
		}))
	};
}
const blankRow = (n: number) => ({ values: Array(n).fill(null), states: Array(n).fill('blank') as CellState[], lines: Array(n).fill(null) });

/** Which template a 2019-format report follows, or the one of its year where it does not say (2021 from 2021 on). */
const variantOf = (report: Report): '2019' | '2021' => report.template ?? (report.year !== null && report.year <= 2020 ? '2019' : '2021');

/** 表二's blocks and rows the template has and the report's tables lack, each cell `unread`. */
function completeTable2(report: Report, section: string | null): { added: Table[]; rows: string[] } {
	const variant = variantOf(report);
	const columnsOf = (item: number) => T2_COLUMNS[item]?.[variant === '2021' ? 0 : 1] ?? T2_COLUMNS[item]?.[0] ?? [];
	const added: Table[] = [];
	const rows: string[] = [];
	for (const block of TABLE2[variant]) {
		const anchor = `t2-${block.item}`;
		let table = report.tables.find((t) => t.anchor === anchor);
		if (!table) {
			table = { anchor, title: `主动公开:第二十条第(${T2_ITEM_NAMES[block.item - 1]})项`, columns: columnsOf(block.item), rows: [], section, source: '', unread: true };
			added.push(table);
		}
		const width = table.columns.length || columnsOf(block.item).length;
		if (!table.columns.length) table.columns = columnsOf(block.item);
		for (const label of block.labels) {
			// Reports spell the row either way (行政规范性文件 in the 2021 template, 规范性文件 in the trial one).
			const names = SPELLINGS[label] ?? [label];
			if (table.rows.some((r) => names.some((n) => withoutSpaces(r.label) === n || withoutSpaces(r.label).endsWith(n)))) continue;
			if (!table.unread) rows.push(`${TABLE_NAMES[anchor]}“${label}”`);
			table.rows.push({ anchor: `${anchor}-r${table.rows.length + 1}`, path: [], label, unit: table.columns.some((c) => c.includes('万元')) ? '万元' : '件', ...unreadCells(width) });
		}
	}
	return { added, rows };
}

/**
 * A report's tables with every row's `states` and `lines` set, and, for a 2019-format report, 表二/表三/表四
 * as the template defines them: a table or row the readers did not give is added with every cell `unread`.
 * Rows a reader gave without states are read as the reader read them (null a blank). Mutates and returns.
 */
export function settleCells(report: Report): Report {
	if (report.format === '2019') {
		const sectionOf = (kind: RegExp) => report.sections.find((s) => kind.test(withoutSpaces(s.title)))?.anchor ?? null;
		const { added, rows } = completeTable2(report, sectionOf(/主动公开政府信息情况/));
		const at = report.tables.findIndex((t) => !t.anchor.startsWith('t2-'));
		report.tables.splice(at < 0 ? report.tables.length : at, 0, ...added);
		if (!report.tables.some((t) => t.anchor === 't3')) {
			const template = variantOf(report) === '2021' ? TABLE3.template2021 : TABLE3.trial2019;
			const t4 = report.tables.findIndex((t) => t.anchor === 't4');
			const table = templateTable('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, sectionOf(/收到和处理政府信息公开申请情况/), template);
			report.tables.splice(t4 < 0 ? report.tables.length : t4, 0, table);
		}
		if (!report.tables.some((t) => t.anchor === 't4')) {
			report.tables.push(templateTable('t4', '政府信息公开行政复议、行政诉讼情况', T4_COLUMNS, sectionOf(/行政复议.*行政诉讼/), TABLE4));
		}
		const missing = report.tables.filter((t) => t.unread).map((t) => TABLE_NAMES[t.anchor] ?? t.title);
		if (missing.length) report.problems.push(problem('tables-not-read', { tables: missing }));
		if (rows.length) report.problems.push(problem('rows-not-read', { rows }));
	}
	for (const table of report.tables) for (const row of table.rows) settleRow(row);
	return report;
}

function settleRow(row: TableRow): void {
	if (!row.states || row.states.length !== row.values.length) row.states = row.values.map((v) => (v === null ? 'blank' : 'read'));
	if (row.header) row.states = row.values.map(() => 'blank');
	if (!row.lines || row.lines.length !== row.values.length) row.lines = row.values.map(() => null);
}
