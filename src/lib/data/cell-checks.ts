import type { Check, CheckStatus, Report } from '../types';

/**
 * The checks that verify a number, by the cell that holds it. A check verifies its total (the cell at its total
 * row, in its column): that is the number a failing check calls into question, as the report page shows it. Parts
 * are not flagged, since a failing sum does not say which part is wrong.
 */
export interface CellChecks {
	/** fail if any check of the cell fails; pass if none fails and one passes; unverifiable if none could be made. */
	status: CheckStatus;
	failed: string[];
}

export const cellId = (rowAnchor: string, column: string) => `${rowAnchor}\u0000${column}`;

/** The column a check's total sits in: its own column, or the only value column of its table. */
export function checkColumn(report: Report, check: Check): string | null {
	if (check.column) return check.column;
	const table = report.tables.find((t) => t.rows.some((r) => r.anchor === check.total));
	return table?.columns.length === 1 ? table.columns[0] : null;
}

export function cellChecks(report: Report): Map<string, CellChecks> {
	const cells = new Map<string, CellChecks>();
	for (const check of report.checks) {
		const column = checkColumn(report, check);
		if (column === null) continue;
		const id = cellId(check.total, column);
		const cell = cells.get(id) ?? cells.set(id, { status: 'unverifiable', failed: [] }).get(id)!;
		if (check.status === 'fail') {
			cell.status = 'fail';
			cell.failed.push(check.id);
		} else if (check.status === 'pass' && cell.status === 'unverifiable') cell.status = 'pass';
	}
	return cells;
}
