import { readCell, UNIT } from './cells';

/** A 其中 cell: the rows it spans are the parts of the row above ("其中:1.网站公开" in a text table). */
const AMONG = /^其中[:：]?$/;
/** A 序号 column's cell: the row's number, written before its label ("1" + 主动公开信息数 → "1.主动公开信息数"). */
const SERIAL = /^(\d{1,2}|[一二三四五六七八九十]{1,3})$/;
const SERIAL_HEADER = /^(序号|编号)$/;

/** A cell that can be part of a label: text, not a number, a placeholder or a unit. */
const labelLike = (c: string) => c === '' || (readCell(c).kind === 'text' && !UNIT.test(c));

/**
 * Tables whose label spans two columns (Word exports: the header's 指标 merged over both, a 其中 or group
 * cell merged down its rows beside the rows' own labels) as one label column, as a text table prints
 * them. The label columns are the header's first cell and the empty header cells after it; a row wider
 * than the header (its first cell merged down, the header not) has its extra leading cells as label parts
 * too, and so is a leading 序号 column. Parts of one row become: "其中" + label → "其中:label" (the text
 * form); a 序号 "1" + label → "1.label"; a group + label → a group row of its own, then the row, so the
 * group keeps its place in the outline.
 */
export function mergeLabelColumns(header: string[], rows: string[][]): { header: string[]; rows: string[][] } {
	let width = SERIAL_HEADER.test(header[0] ?? '') && header.length > 2 ? 2 : 1;
	while (width < header.length && header[width] === '') width++;
	if (width === 1 && !rows.some((r) => r.length > header.length)) return { header, rows };
	const out: string[][] = [];
	for (const row of rows) {
		let w = width;
		if (row.length > header.length && row.slice(0, 1 + row.length - header.length).every(labelLike)) w = Math.max(w, 1 + row.length - header.length);
		const parts = row.slice(0, w).filter(Boolean);
		const rest = row.slice(w);
		const label = parts.pop() ?? '';
		let prefix = '';
		for (const part of parts) {
			if (AMONG.test(part)) prefix += '其中:';
			else if (SERIAL.test(part)) prefix += /\d/.test(part) ? `${part}.` : `${part}、`;
			else out.push([part, ...rest.map(() => '')]);
		}
		out.push([prefix + label, ...rest]);
	}
	return { header: [header.slice(0, width).filter((h) => h && !SERIAL_HEADER.test(h))[0] ?? header[0], ...header.slice(width)], rows: out };
}
