import { children, clean, contains, descendants, inlineText, isElement, type Element, type Node } from './dom';

/** A cell this long is prose: a table holding it lays out a page rather than tabulating a report. */
const PROSE_CELL = 200;

const cellsOf = (tr: Node) => children(tr).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));

/**
 * A table used for page layout (old CMS pages: menus, the title and the article each in a <td>), not a
 * table of the report: one of its cells holds another table, a paragraph's worth of text, or a picture
 * (the article's pages posted as pictures in a cell, a screenshot of 表三 framed by a one-cell table):
 * read as the blocks it holds, its pictures are read where they stand.
 */
export function isLayoutTable(table: Element): boolean {
	return descendants(table, 'tr').some((tr) =>
		cellsOf(tr).some((td) => contains(td, 'table') || contains(td, 'img') || clean(inlineText(td)).length > PROSE_CELL)
	);
}

/**
 * The rows of a data table, each as the cells it has (a cell's paragraphs and runs joined; &nbsp; alone is
 * an empty cell). A merged cell is one cell where it starts and none where it spans: the 2019 readers take
 * a row's values from its end, and the 2008 reader lines up a row wider than its header (a 其中 cell
 * merged down beside the labels) in ingest/tables/labels.ts.
 */
export function tableRows(table: Element): string[][] {
	return descendants(table, 'tr').map((tr) => cellsOf(tr).map((td) => clean(inlineText(td))));
}
