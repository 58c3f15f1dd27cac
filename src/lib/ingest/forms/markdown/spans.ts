import { readCell } from '../../tables/cells';

/** Each column's header text, by the table's columns (empty: a span's slot; null: no header row reaches it). */
export type Header = (string | null)[];

const isValue = (c: string) => ['number', 'dash'].includes(readCell(c).kind);

/**
 * A Markdown table's rows with the slots a converter added for merged cells taken out, so each row has
 * the cells the document's table (and an HTML reading of it) has. Markdown cannot span cells, so a
 * converter writes a merged cell's text in its first slot and leaves the rest empty (pandoc,
 * markdownify's colspan), or repeats the text in every slot (docling), or leaves a rowspan's slots out
 * of the rows below (markdownify), which makes those rows shorter from the left. So rows are compared
 * aligned at their right end, and each is compared with its header: the rows without numbers, of two
 * texts or more, directly above its block of rows with numbers ("信息内容 | 本年处理决定数量 | | |"); a
 * group row of one text between blocks (三、本年度办理结果) keeps the header above it.
 * - an empty cell under a column the header leaves empty is a span's slot, not a blank value;
 * - a cell equal to its left neighbour, under header cells also equal, is one cell written twice.
 * - a header row's empty cells after its last text are that text's span.
 * Without a header nothing is taken out: an empty cell is a blank value. A table with no header of its
 * own and as many columns as the table before it (cut by a page break) is read under that one's header.
 */
export function unspan(matrix: string[][], carried: Header = []): { rows: string[][]; header: Header } {
	const width = matrix.reduce((w, r) => Math.max(w, r.length), 0);
	const at = (row: string[], col: number) => row[col - (width - row.length)] ?? '';
	// A table a page break cut goes on without a header of its own: the one above it still holds.
	let header = carried.length === width ? carried : [];
	let above: string[][] = [];
	const rows = matrix.map((row) => {
		if (!row.some(isValue)) {
			above.push(row);
			// A header's empty cells after its last text, and a text written again beside itself, are its span.
			if (new Set(row.filter(Boolean)).size < 2) return row;
			return row.slice(0, row.findLastIndex(Boolean) + 1).filter((cell, i) => i === 0 || cell === '' || cell !== row[i - 1]);
		}
		// A row of one text (a title spanning the table, written once or in every slot) heads nothing.
		const heads = above.filter((r) => new Set(r.filter(Boolean)).size >= 2);
		if (heads.length) header = headerOf(heads, width, at);
		above = [];
		if (!header.length) return row;
		const offset = width - row.length;
		return row.filter((cell, i) => {
			const col = i + offset;
			if (cell === '' && header[col] === '') return false;
			return !(i > 0 && cell !== '' && cell === row[i - 1] && header[col] && header[col] === header[col - 1]);
		});
	});
	return { rows, header };
}

/**
 * Each column's header: the texts of the header rows in that column, joined; empty where all are empty,
 * null where no header row reaches the column (a row longer than its header says nothing of its slots).
 */
function headerOf(rows: string[][], width: number, at: (row: string[], col: number) => string): Header {
	return Array.from({ length: width }, (_, col) =>
		rows.some((r) => col >= width - r.length) ? rows.map((r) => at(r, col)).filter(Boolean).join(' ') : null
	);
}

const BR = /<br\s*\/?>/i;

/**
 * Rows a converter merged into one (marker on a PDF whose row rules it missed): every non-empty cell holds
 * the same number of lines, split at `<br>`, the value cells a number or placeholder on each line, so
 * line j of each cell is row j. A label wrapped over lines beside single values is one row, as is any row
 * whose cells disagree on how many lines they hold: nothing is split by guess.
 */
export function splitMergedRows(matrix: string[][]): string[][] {
	return matrix.flatMap((row) => {
		const filled = row.filter((c) => c.trim() !== '');
		const parts = filled.map((c) => c.split(BR).map((p) => p.trim()));
		const k = parts[0]?.length ?? 0;
		const merged = k >= 2 && parts.every((p) => p.length === k && p.every(Boolean)) && parts.some((p) => p.every(isValue)) && parts.some((p) => !p.some(isValue));
		if (!merged) return [row];
		return Array.from({ length: k }, (_, j) => row.map((c) => (c.trim() === '' ? '' : c.split(BR)[j].trim())));
	});
}
