/**
 * How a page tells a cell's state (read, blank, unread) and where it sends a reader who asks why a cell was
 * not read: to the report problem that names its row or its table, else to the list of problems.
 */
import type { CellCounts, CellState, Problem, Table, TableRow } from '../types';
import { PROBLEMS_ID, problemId } from '../urls';
import { withoutSpaces } from '../text/normalize';

export const stateOf = (row: Pick<TableRow, 'values' | 'states'>, i: number): CellState => row.states?.[i] ?? (row.values[i] === null ? 'blank' : 'read');

/** The words a page shows for a cell with no number: 未读出 (the portal failed) or 未填报 (the document's blank). */
export const NO_NUMBER: Record<Exclude<CellState, 'read'>, string> = { unread: '未读出', blank: '未填报' };

const TABLE_WORDS: Record<string, RegExp> = { t3: /表三/, t4: /表四/ };

/** The element id of the problem that says why this row's cells were not read (its row named first, then its table). */
export function unreadReason(problems: Problem[], table: Pick<Table, 'anchor' | 'title'>, row: Pick<TableRow, 'label'>): string {
	const label = withoutSpaces(row.label).replace(/^[\d一二三四五六七八九十()（）.、]+/, '');
	const tableWords = TABLE_WORDS[table.anchor] ?? (table.anchor.startsWith('t2-') ? /表二/ : null);
	const byRow = label.length >= 2 ? problems.findIndex((p) => withoutSpaces(p.message).includes(label)) : -1;
	const byTable = problems.findIndex((p) => (tableWords ? tableWords.test(p.message) : withoutSpaces(p.message).includes(withoutSpaces(table.title))));
	const at = byRow >= 0 ? byRow : byTable;
	return at >= 0 ? problemId(at + 1) : PROBLEMS_ID;
}

/** "表三：175 格中读出 160 格，15 格未读出" (blank cells named too, where there are any). */
export function countSentence(name: string, c: CellCounts): string {
	const parts = [`${c.cells} 格中读出 ${c.read} 格`];
	if (c.blank) parts.push(`${c.blank} 格空白（未填报）`);
	if (c.unread) parts.push(`${c.unread} 格未读出`);
	return `${name}：${parts.join('，')}`;
}

/** How many of the tables' value cells (group rows have none) were read, blank or not read. */
export function countCells(tables: Pick<Table, 'rows'>[]): CellCounts {
	const counts: CellCounts = { cells: 0, read: 0, blank: 0, unread: 0 };
	for (const t of tables)
		for (const r of t.rows) {
			if (r.header) continue;
			for (let i = 0; i < r.values.length; i++) {
				counts.cells++;
				counts[stateOf(r, i)]++;
			}
		}
	return counts;
}
