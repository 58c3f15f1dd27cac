/**
 * Tables drawn with box-drawing characters, as text browsers (w3m -dump) and some converters print a
 * page's tables: ┌──┬──┐ borders, │ between cells, a cell's text wrapped over several lines. They are a
 * grid table in other characters, so they are rewritten as pandoc's (+---+, |) for the Markdown reader,
 * which reads grids with their spans and wrapped cells. Only lines that are part of such a table change.
 */
const CORNER = /[┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫]/g;
const HORIZONTAL = /[─━═]/g;
const VERTICAL = /[│┃║]/g;
const TABLE_LINE = /^\s*[┌├└╔╠╚┏┣┗╒╞╘╓╟╙│┃║]/;

/** Whether the text has a box-drawn table: a top-left corner followed by a border. */
export const hasBoxTables = (text: string): boolean => /[┌╔┏╒╓][─━═]/.test(text);

/** The text with its box-drawn tables as grid tables (lines of other text unchanged). */
export function boxTablesAsGrid(text: string): string {
	return text
		.split('\n')
		.map((line) => (TABLE_LINE.test(line) ? line.replace(CORNER, '+').replace(HORIZONTAL, '-').replace(VERTICAL, '|') : line))
		.join('\n');
}
