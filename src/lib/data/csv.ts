import { csvFormatRow } from 'd3-dsv';

export type CsvValue = string | number | null | undefined;

/**
 * A text cell that starts with = + - @ (or a tab or CR) is read as a formula by spreadsheet programs;
 * a leading apostrophe makes it plain text. Numbers are data and stay numbers, negative or not.
 */
export function neutralise(cell: CsvValue): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return String(cell);
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quoting by d3-dsv, CRLF between records, header first. Null and undefined are empty cells. */
export function toCsv(columns: string[], rows: Record<string, CsvValue>[]): string {
	const lines = [csvFormatRow(columns), ...rows.map((r) => csvFormatRow(columns.map((c) => neutralise(r[c]))))];
	return lines.join('\r\n') + '\r\n';
}

/** Excel on Chinese Windows reads a CSV as GBK unless it starts with a UTF-8 byte-order mark. */
export const toExcelCsv = (csv: string): string => '\uFEFF' + csv;
