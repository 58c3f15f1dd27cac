/** Reading one table cell: a blank cell is null, never 0; "—" marks a cell that has no value by design. */
export type CellReading = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'dash' } | { kind: 'text'; text: string };

/** The units a count is given in, longest first so 人次 is not read as 人 and 次 (one list for every reader). */
export const UNIT_WORDS = '人次|万元|条|件|次|篇|个|人|元|项';
/** A cell that is a unit and nothing else. */
export const UNIT = new RegExp(`^(${UNIT_WORDS})$`);
const NUMBER = new RegExp(`^([+-]?\\d+(\\.\\d+)?)(${UNIT_WORDS})?$`);

/** A cell the form gave whose text a reader could not read (a cut that no sum decides, a cell OCR read no number in): never a blank. */
export const UNREAD_CELL = '\uFFFC';

export function readCell(raw: string): CellReading {
	// Two numbers in one cell ("12 40": a line break inside an HTML cell) are not one number 1240.
	if (/\d\s+[+-]?\d/.test(raw)) return { kind: 'text', text: raw.trim() };
	const t = raw.replace(/[\s,]/g, '');
	if (t === '') return { kind: 'blank' };
	if (/^[-—–―]+$/.test(t) || t === '/') return { kind: 'dash' };
	// A count may carry its unit in the cell ("12条", "3 件", "0.5万元").
	const m = NUMBER.exec(t);
	if (m) return { kind: 'number', value: Number(m[1]) };
	return { kind: 'text', text: raw.trim() };
}

export function cellValue(cell: CellReading): number | null {
	return cell.kind === 'number' ? cell.value : null;
}

/** A 2008 row whose cells a crawler ran together: label, unit and digits with nothing between ("主动公开信息数条4251516"). */
export const RUN_TOGETHER = new RegExp(`^(\\D+?)(${UNIT_WORDS})(\\d+)$`);
