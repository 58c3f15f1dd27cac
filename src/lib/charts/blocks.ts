import type { Table } from '../types';
import { bareLabel } from '../indicators/labels';

export interface ChartBar {
	anchor: string;
	/** Where the bar links when its row is on another page. */
	href?: string;
	label: string;
	value: number | null;
}

export interface ChartBlock {
	id: string;
	title: string;
	unit: string | null;
	column: string;
	bars: ChartBar[];
}

/** The value column a chart shows: 总计 where the table has one, else the first. */
export function chartColumn(table: Table): number {
	const i = table.columns.indexOf('总计');
	return i >= 0 ? i : 0;
}

/**
 * One chart per block of the table: a row and its direct children, split by unit so bars on one
 * axis always measure the same thing. A block needs at least two bars to be worth drawing.
 */
export function chartBlocks(table: Table): ChartBlock[] {
	const col = chartColumn(table);
	const blocks: ChartBlock[] = [];
	table.rows.forEach((parent, i) => {
		const depth = parent.path.length;
		const children = [];
		for (let j = i + 1; j < table.rows.length && table.rows[j].path.length > depth; j++) {
			if (table.rows[j].path.length === depth + 1 && !table.rows[j].header) children.push(table.rows[j]);
		}
		const units = [...new Set(children.map((c) => c.unit))];
		for (const unit of units) {
			const rows = children.filter((c) => c.unit === unit);
			if (rows.length < 2) continue;
			blocks.push({
				id: `${parent.anchor}${units.length > 1 ? `-${units.indexOf(unit) + 1}` : ''}`,
				title: bareLabel(parent.label),
				unit,
				column: table.columns[col] ?? '',
				bars: rows.map((r) => ({ anchor: r.anchor, label: bareLabel(r.label), value: r.values[col] ?? null }))
			});
		}
	});
	return blocks;
}
