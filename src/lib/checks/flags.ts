import type { Check, CheckStatus, Table } from '../types';

/** A failing check as it travels with a number: its status and the id of its entry in the checks list. */
export interface CellFlag {
	status: Exclude<CheckStatus, 'pass'>;
	/** Element id of the check in the report's checks list (without "check-"). */
	anchor: string;
	description: string;
}

/** The element id of a check's entry in the report's list (a check of one column carries the column). */
export const checkAnchor = (c: Check): string => `${c.id}${c.column ? `-${c.column}` : ''}`;

/**
 * The failing checks by the cell whose reported number they dispute: the total's row and column, keyed
 * "anchor|column index". A check without a column reads the first value column (the 2008 rules).
 * Unverifiable checks flag nothing: their blank cells already read 未填报.
 */
export function cellFlags(checks: Check[], table: Table): Map<string, CellFlag> {
	const rows = new Set(table.rows.map((r) => r.anchor));
	const flags = new Map<string, CellFlag>();
	for (const c of checks) {
		if (c.status !== 'fail' || !rows.has(c.total)) continue;
		const column = c.column ? table.columns.indexOf(c.column) : 0;
		if (column < 0) continue;
		flags.set(`${c.total}|${column}`, { status: c.status, anchor: checkAnchor(c), description: c.description });
	}
	return flags;
}

export function flagText(status: CellFlag['status']): string {
	return status === 'fail' ? '核对不符：此数与其各项之和不一致' : '无法核对：相关单元格有空白或未读出';
}

/** "3 of 40 checks could be made; 1 fails", as figures for the summary at the top of a report. */
export function checkSummary(checks: Check[]): { total: number; made: number; failing: number } {
	const made = checks.filter((c) => c.status !== 'unverifiable').length;
	return { total: checks.length, made, failing: checks.filter((c) => c.status === 'fail').length };
}
