/**
 * Word tables as the HTML reader needs them, in mammoth's document tree (before it writes HTML).
 */

export interface MammothElement {
	type: string;
	children?: MammothElement[];
	numbering?: unknown;
	value?: string;
	rowSpan?: number;
	colSpan?: number;
}

const holdsTable = (e: MammothElement): boolean => (e.children ?? []).some((c) => c.type === 'table' || holdsTable(c));

/**
 * A table one of whose cells holds a table is layout (a template or a CMS export putting the whole body
 * in a one-cell table), not data: its cells' content is read in order as the document's own, so the
 * report's paragraphs, headings and tables stand where the HTML reader looks for them.
 */
export const unwrapped = (children: MammothElement[]): MammothElement[] =>
	children.flatMap((c) => (c.type === 'table' && holdsTable(c) ? unwrapped((c.children ?? []).flatMap((row) => (row.children ?? []).flatMap((cell) => cell.children ?? []))) : [c]));

const textOf = (e: MammothElement): string => (e.type === 'text' ? (e.value ?? '') : (e.children ?? []).map(textOf).join(''));

/**
 * A table on its grid, every row with all its columns, so a row reads label | unit | value, not label |
 * value. A cell merged down several rows (vMerge: a unit 条 standing once for five rows, a group label
 * beside its items) is in every row it spans: words are repeated in each row (they apply to each), a
 * number is not (a count merged over two rows is one count): the rows below get an empty cell. A cell
 * merged across the whole table (a group row 一、主动公开情况) is followed by empty cells, as a Word table
 * read as text has it, so the row is a row; a cell merged across some columns keeps its colspan, as a
 * page's HTML table does, since the 2019 tables' rows span their grid's columns unevenly.
 */
export function onGrid(table: MammothElement): MammothElement {
	const above = new Map<number, { cell: MammothElement; left: number }>();
	const width = (table.children ?? []).reduce((w, row) => Math.max(w, (row.children ?? []).reduce((n, c) => n + (c.colSpan ?? 1), 0)), 0);
	const rows = (table.children ?? []).map((row) => {
		const cells: MammothElement[] = [];
		let column = 0;
		const put = (cell: MammothElement) => {
			const span = cell.colSpan ?? 1;
			if (span < width) cells.push({ ...cell, rowSpan: 1, colSpan: span });
			else cells.push({ ...cell, rowSpan: 1, colSpan: 1 }, ...Array.from({ length: span - 1 }, () => ({ type: 'tableCell', children: [], rowSpan: 1, colSpan: 1 })));
			column += span;
		};
		const fill = () => {
			for (let merged = above.get(column); merged; merged = above.get(column)) {
				const text = textOf(merged.cell).trim();
				const copy = /^[-+]?\d+(\.\d+)?$/.test(text) ? { ...merged.cell, children: [] } : merged.cell;
				if (--merged.left === 0) above.delete(column);
				put(copy);
			}
		};
		for (const cell of row.children ?? []) {
			fill();
			if ((cell.rowSpan ?? 1) > 1) above.set(column, { cell, left: cell.rowSpan! - 1 });
			put(cell);
		}
		fill();
		return { ...row, children: cells };
	});
	return { ...table, children: rows };
}
