/** Reading one table cell: a blank cell is null, never 0; "—" marks a cell that has no value by design. */
export type Cell = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'dash' } | { kind: 'text'; text: string };

export function readCell(raw: string): Cell {
	const t = raw.replace(/[\s,]/g, '');
	if (t === '') return { kind: 'blank' };
	if (/^[-—–―]+$/.test(t) || t === '/') return { kind: 'dash' };
	const m = /^([+-]?\d+(\.\d+)?)(万?元)?$/.exec(t);
	if (m) return { kind: 'number', value: Number(m[1]) };
	return { kind: 'text', text: raw.trim() };
}

export function cellValue(cell: Cell): number | null {
	return cell.kind === 'number' ? cell.value : null;
}

/** A 2008 row whose cells a crawler ran together: label, unit and digits with nothing between ("主动公开信息数条4251516"). */
export const RUN_TOGETHER = /^(\D+?)(条|件|次|篇|个|人|万元|元|项)(\d+)$/;
