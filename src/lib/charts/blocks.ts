import type { Table, TableRow } from '../types';
import { bareLabel } from '../indicators/labels';

export interface ChartBar {
	anchor: string;
	/** Where the bar links when its row is on another page. */
	href?: string;
	label: string;
	value: number | null;
	/** The portal could not read this value (null, and not the agency's blank): drawn as 未读出, never as a value or 未填报. */
	unread?: boolean;
	/** The value is the sum of the group's rows (the table prints none for the group itself). */
	summed?: boolean;
}

export interface ChartBlock {
	id: string;
	title: string;
	unit: string | null;
	column: string;
	bars: ChartBar[];
	/** The block's 总计 row, left out of the bars (a whole drawn beside its parts misleads) and named instead. */
	total?: { anchor: string; value: number | null; unread?: boolean };
}

/** The value column a chart shows by default: 总计 where the table has one, else the first. */
export function chartColumn(table: Table): number {
	const i = table.columns.indexOf('总计');
	return i >= 0 ? i : 0;
}

const TOTAL = /^(总计|合计)$/;

/** The direct children of the row at `i` (one level deeper, up to the next row at its depth). */
function childrenOf(rows: TableRow[], i: number): TableRow[] {
	const depth = rows[i].path.length;
	const out: TableRow[] = [];
	for (let j = i + 1; j < rows.length && rows[j].path.length > depth; j++) if (rows[j].path.length === depth + 1) out.push(rows[j]);
	return out;
}

/** Whether a group's sum cannot be told because one of its rows' cells was not read. */
const groupUnread = (rows: TableRow[], i: number, col: number) => childrenOf(rows, i).some((c) => c.states?.[col] === 'unread');
const unread = (row: TableRow, col: number) => (row.states?.[col] === 'unread' ? { unread: true } : {});

/** A group row's value: the sum of its rows when every one is filled in, else null (shown as 未填报, or 未读出). */
function groupValue(rows: TableRow[], i: number, col: number): number | null {
	const values = childrenOf(rows, i).map((c) => c.values[col] ?? null);
	if (values.length === 0 || values.some((v) => v === null)) return null;
	return Math.round((values as number[]).reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

/**
 * One chart per block of the table: a row and its direct children, split by unit so bars on one
 * axis always measure the same thing. Every part of the whole is drawn: a group row (不予公开, whose
 * numbers sit in its sub-rows) as the sum of its rows, marked as such; the 总计 row is left out of the
 * bars and named as the block's total. A block needs at least two bars to be worth drawing.
 */
export function chartBlocks(table: Table, col = chartColumn(table)): ChartBlock[] {
	const blocks: ChartBlock[] = [];
	table.rows.forEach((parent, i) => {
		const children = childrenOf(table.rows, i).map((row) => ({ row, index: table.rows.indexOf(row) }));
		const groupUnit = (index: number) => childrenOf(table.rows, index)[0]?.unit ?? null;
		const unitOf = ({ row, index }: { row: TableRow; index: number }) => (row.header ? groupUnit(index) : row.unit);
		const units = [...new Set(children.map(unitOf))];
		for (const unit of units) {
			const rows = children.filter((c) => unitOf(c) === unit);
			const total = rows.find((c) => !c.row.header && TOTAL.test(bareLabel(c.row.label)));
			const parts = rows.filter((c) => c !== total && (!c.row.header || childrenOf(table.rows, c.index).length > 0));
			if (parts.length < 2) continue;
			// A block none of whose cells were read draws nothing: its table says 未读出 cell by cell.
			if (parts.every(({ row, index }) => (row.header ? groupUnread(table.rows, index, col) : row.states?.[col] === 'unread'))) continue;
			blocks.push({
				id: `${parent.anchor}${units.length > 1 ? `-${units.indexOf(unit) + 1}` : ''}`,
				title: bareLabel(parent.label),
				unit,
				column: table.columns[col] ?? '',
				bars: parts.map(({ row, index }) =>
					row.header
						? { anchor: row.anchor, label: `${bareLabel(row.label)}（各项之和）`, value: groupValue(table.rows, index, col), summed: true, ...(groupUnread(table.rows, index, col) ? { unread: true } : {}) }
						: { anchor: row.anchor, label: bareLabel(row.label), value: row.values[col] ?? null, ...unread(row, col) }
				),
				...(total ? { total: { anchor: total.row.anchor, value: total.row.values[col] ?? null, ...unread(total.row, col) } } : {})
			});
		}
	});
	return blocks;
}

/** The largest value per unit across blocks, so the charts of one table share a scale. */
export function sharedMax(blocks: ChartBlock[]): Map<string | null, number> {
	const max = new Map<string | null, number>();
	for (const b of blocks) for (const bar of b.bars) max.set(b.unit, Math.max(max.get(b.unit) ?? 0, bar.value ?? 0));
	return max;
}
