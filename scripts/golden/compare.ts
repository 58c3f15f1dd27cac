import type { Report } from '../../src/lib/types';
import type { Golden } from './index';

export interface Cell {
	where: string;
	expected: number | null;
	actual: number | null | undefined;
}

/** Every golden cell of a report beside what the parser read for it (undefined: not found at all). */
export function compareCells(report: Report, g: Golden): Cell[] {
	const cells: Cell[] = [];
	const t2 = report.tables.filter((t) => t.anchor.startsWith('t2-'));
	for (const [label, values] of Object.entries(g.t2)) {
		const row = t2.flatMap((t) => t.rows).find((r) => r.label === label);
		values.forEach((v, i) => cells.push({ where: `表二 ${label} [${i}]`, expected: v, actual: row?.values[i] }));
	}
	const t3 = report.tables.find((t) => t.anchor === 't3');
	const t3rows = t3?.rows.filter((r) => !r.header) ?? [];
	g.t3.forEach((values, r) =>
		values.forEach((v, c) => cells.push({ where: `表三 ${t3rows[r]?.label ?? `row ${r + 1}`} [${t3?.columns[c] ?? c}]`, expected: v, actual: t3rows[r]?.values[c] }))
	);
	const t4 = report.tables.find((t) => t.anchor === 't4');
	g.t4.forEach((v, i) => cells.push({ where: `表四 [${i}]`, expected: v, actual: t4?.rows[Math.floor(i / 5)]?.values[i % 5] }));
	return cells;
}

export const exact = (c: Cell) => c.actual === c.expected;
