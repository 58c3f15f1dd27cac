/**
 * A ruled table's rows as lines with cells (index.ts readPicture): which cells hold values, each value
 * cell's readings voted into one, row labels matched to the template's (labels.ts), and every value's
 * reading kept with its confidence for verify.ts.
 */
import type { Box, Grid } from './grid';
import { least, most } from './grid';
import type { Reading } from './digits';
import { DigitShapes, VOTE, type Shape } from './glyphs';
import type { OcrReading } from '.';
import type { PdfLine } from '../pdf/lines';
import { labelsInOrder, namesValueColumn, templateLabel } from './labels';
import { UNIT, UNREAD_CELL } from '../../tables/cells';
import { withoutSpaces } from '../../../text/normalize';

export const HAN = /[\u3400-\u9fff]/u;
const HAN_ALL = /[\u3400-\u9fff]/gu;
/** A number as a reading gives it: digits, a decimal point, a minus. */
export const NUMERIC = /^[-—]?\d+(\.\d+)?$/;
/** Both digit passes reading a number alike at least this surely make its glyphs known shapes. */
const KNOWN_CONFIDENCE = 90;

/** Two Chinese characters: words, not a misread number. */
const words = (t: string) => (t.match(HAN_ALL) ?? []).length >= 2;

/** A page pass's reading of a cell that says nothing: not words, a unit or a number (nothing, a stray mark). */
export const saysNothing = (t: string) => !words(t) && !UNIT.test(withoutSpaces(t)) && !NUMERIC.test(withoutSpaces(t));

/** Words or a unit: what a label or unit column holds, never a value column. */
export const wordy = (t: string) => words(t) || UNIT.test(withoutSpaces(t));

/**
 * How many columns, counted from the rows' ends (the readers take values from a row's end, and a table's
 * value columns line up there whatever its label columns do), hold values: no more words or units than
 * other cells in each (a header's names are words; so are the labels, the group labels Word merges down
 * the rows, and a 2008 table's units), and a number the page pass or a digit pass (`number`) read in the
 * last of them.
 */
export function valueWidth(texts: (string | null)[][], number: (i: number, k: number) => boolean = () => false): number {
	const longest = texts.reduce((n, row) => Math.max(n, row.length), 0);
	const numeric = (i: number, k: number) => texts[i][k] !== null && (NUMERIC.test(withoutSpaces(texts[i][k]!)) || number(i, k));
	const numbers = (i: number) => texts[i].some((_, k) => numeric(i, k));
	// Rows of numbers say which columns hold values; a header's rows (表四 has three over its one row of values,
	// a fragment of a name in them read as a digit) do not: a row counts where its numbers are no fewer than its words.
	const ofNumbers = (i: number) => {
		const n = texts[i].filter((_, k) => numeric(i, k)).length;
		return n > 0 && texts[i].filter((t) => t !== null && words(t)).length <= n;
	};
	const counted = texts.some((_, i) => ofNumbers(i)) ? ofNumbers : () => true;
	let width = 0;
	for (let f = 1; f <= longest; f++) {
		const at = texts.map((row, i) => [i, row.length - f] as const).filter(([i, k]) => k >= 0 && texts[i][k] !== null);
		const said = at.filter(([i, k]) => counted(i) && wordy(texts[i][k]!) && !amidNumbers(texts[i], k, (j) => numeric(i, j))).length;
		const rows = at.filter(([i]) => counted(i)).length;
		// A column its header names as a template's value column (结果维持) holds values, though a row's cell in
		// it read as a unit (a 1 read as 人): in 表四's two rows, or 表二's, one such cell made the column words.
		const headed = at.some(([i, k]) => !numbers(i) && namesValueColumn(texts[i][k]!));
		if (2 * said > rows && !headed) return width;
		// A column nothing read a number in (表四's one row, every cell misread) is one only if one beyond it is.
		if (at.some(([i, k]) => numeric(i, k))) width = f;
	}
	// No column is mostly words, and no row of numbers has words before its value columns: the table has no
	// label column (表四: a header over one row of values), and its first cells are values even where nothing
	// read a number in them. A row of numbers with a label ((tb总计 among rows whose labels OCR garbled) has one.
	const labelled = texts.some((row, i) => counted(i) && numbers(i) && row.slice(0, row.length - width).some((t) => t !== null && wordy(t)));
	return width && !labelled ? longest : width;
}

/**
 * Whether a cell that reads as a unit or one character (a 0 read as 人) stands between numbers: a misread
 * value, not a unit column's (a unit stands between a row's label and its values, never amid the values).
 */
function amidNumbers(row: (string | null)[], k: number, isNumber: (j: number) => boolean): boolean {
	if (words(row[k]!)) return false;
	const left = row.slice(0, k).findLastIndex((t) => t !== null);
	const right = row.findIndex((t, j) => j > k && t !== null);
	return left >= 0 && right >= 0 && isNumber(left) && isNumber(right);
}

/**
 * Which cells hold values, given the page pass's text of each (null: no ink): in a row of numbers (its
 * cells in the value columns mostly not words), every inked cell of the value columns, whatever the page
 * pass made of it (a 0 read as 吓人 or 人 is still a 0); in any other row (a header, a group's label) none.
 */
export function valueCells(texts: (string | null)[][], number?: (i: number, k: number) => boolean): boolean[][] {
	const width = valueWidth(texts, number);
	return texts.map((row) => {
		const valued = row.slice(Math.max(0, row.length - width)).filter((t): t is string => t !== null);
		const numberRow = valued.length > 0 && 2 * valued.filter(words).length < valued.length;
		return row.map((t, k) => numberRow && t !== null && row.length - k <= width);
	});
}

/**
 * A row's label: its last cell of words (not a unit: 万元) before its values (a unit between them stays
 * with the values; a group label merged down the rows stands before it), else its last cell with any text.
 */
function labelOf(row: (string | null)[], values: boolean[]): number {
	const first = values.indexOf(true);
	let any = -1;
	for (let k = first - 1; k >= 0; k--) {
		if (row[k] !== null && words(row[k]!) && !UNIT.test(withoutSpaces(row[k]!))) return k;
		if (any < 0 && row[k] !== null && row[k]!.trim() !== '') any = k;
	}
	return any;
}

/** A value cell's readings: the digit passes', the page pass's number, its glyphs' shapes. */
export interface CellReadings {
	reads: Reading[];
	page: string | null;
	shapes: Shape[] | null;
	/** How many glyphs stand before a point its ink holds (glyphs.ts cellGlyphs), or null. */
	point: number | null;
}

/** Each value cell's readings (null for a cell that holds no value). */
export function cellReadings(rows: Box[][], texts: (string | null)[][], values: boolean[][], digits: Map<Box, Reading>[], glyphsOf: (cell: Box) => { shapes: Shape[] | null; point: number | null }): (CellReadings | null)[][] {
	return rows.map((row, i) =>
		row.map((cell, k) => {
			if (!values[i][k]) return null;
			const reads = digits.map((d) => d.get(cell)).filter((r): r is Reading => !!r && NUMERIC.test(r.text));
			const bare = withoutSpaces(texts[i][k]!);
			return { reads, page: NUMERIC.test(bare) ? bare : null, ...glyphsOf(cell) };
		})
	);
}

/**
 * The shapes of digits read surely, in every table of a picture: its other glyphs are read by them. Surely:
 * two of the three passes (the two digit passes, the page's) read the number alike, one digit pass with
 * confidence KNOWN_CONFIDENCE or more (Tesseract reads a lone 1 surely with one of its data, rarely both).
 */
export function knownShapes(cells: (CellReadings | null)[]): DigitShapes {
	const known = new DigitShapes();
	for (const f of cells) {
		if (!f) continue;
		const texts = [...f.reads.map((r) => r.text), ...(f.page ? [f.page] : [])];
		const sure = f.reads.find((r) => r.conf >= KNOWN_CONFIDENCE && texts.filter((t) => t === r.text).length >= 2);
		if (sure) known.add(sure.text, f.shapes);
	}
	return known;
}

/**
 * A grid's rows as lines with cells, and its values' readings. A row of values starts at its label
 * (labelOf; matched to the template's labels, by its characters and then by its neighbours); other rows
 * keep all their cells, the first matched as a label; a cell without ink is blank; a value
 * cell's readings vote (its shapes read by the picture's known digits, the two digit passes, the page's):
 * two that agree give the value, the shapes first where two agree against two, else the first number
 * read. Its confidence is the digit passes' lower one where both read the value, else none (only a sum
 * can confirm it); its digits' shapes go with it. A value cell nothing reads as a number is UNREAD_CELL:
 * the readers keep its place in the row and mark it unread, never blank.
 */
export function tableRows(rows: Box[][], texts: (string | null)[][], found: (CellReadings | null)[][], known: DigitShapes, height: number, page: number, pt: number): { lines: PdfLine[]; readings: OcrReading[] } {
	const values = found.map((row) => row.map((f) => f !== null));
	const cells = rows.map((row, i) => {
		const at = labelOf(texts[i], values[i]);
		// A row of values keeps its label and its values: what stands before the label is a group label
		// merged down the rows (三、本年度办理结果), a fragment of it in each row's band.
		const from = values[i].includes(true) ? Math.max(0, at) : 0;
		return row.slice(from).map((_, j) => {
			const k = from + j;
			const t = texts[i][k];
			const f = found[i][k];
			if (t === null) return { text: '' };
			if (!f) return { text: k === at || k === 0 ? templateLabel(t) : t };
			const byShape = known.read(f.shapes, VOTE);
			const votes = [...(byShape ? [byShape] : []), ...f.reads.map((r) => r.text), ...(f.page ? [f.page] : [])];
			const value = votes.find((v, n) => votes.some((o, m) => m !== n && o === v)) ?? votes[0] ?? UNREAD_CELL;
			const both = f.reads.length === 2 && f.reads.every((r) => r.text === value);
			// A reading without the point the cell's ink holds (1.5 read as 15) stands only where a sum confirms it.
			const pointLost = f.point !== null && !value.includes('.');
			const reading: OcrReading = { page, label: '', fromEnd: row.length - k, text: value, conf: both && !pointLost ? least(f.reads.map((r) => r.conf)) : 0, glyphs: f.shapes?.length ?? 0 };
			// Only a sum can confirm a value no pass of Tesseract read (verify.ts does not take its shapes for proof).
			if (value === byShape && !f.reads.some((r) => r.text === value) && f.page !== value) reading.byShape = true;
			// Shapes are kept only where the cell's glyphs are the value's digits one for one.
			if (f.shapes?.length === value.length && /^\d+$/.test(value) && !pointLost) reading.shapes = f.shapes;
			return { text: value, reading };
		});
	});
	const labels = labelsInOrder(cells.map((row) => (row[0] && !('reading' in row[0]) ? row[0].text : '')));
	const readings: OcrReading[] = [];
	const lines = cells.map((row, i) => {
		const out = row.map((c, k) => (k === 0 && !('reading' in c) ? labels[i] : c.text));
		for (const c of row) if ('reading' in c && c.reading) readings.push({ ...c.reading, label: HAN.test(out[0]) ? out[0] : '' });
		// The line's text (shown where no table takes the row) marks an unread cell □, as Chinese print marks an illegible character.
		// The row stands at its own band: its shortest cell's (a cell merged down into the rows below is taller).
		const band = rows[i].reduce((a, c) => (c.height < a.height ? c : a));
		return { text: out.filter(Boolean).map((c) => (c === UNREAD_CELL ? '□' : c)).join(' '), y: (height - band.y - band.height / 2) * pt, size: Math.max(4, band.height * pt * 0.5), cells: out };
	});
	return { lines, readings };
}

/**
 * A table's rows cut short of its right edge, given the cells they lost: a page scanned crooked whose
 * corner fell outside the scan (the rows' last rulings with it), a screenshot cut through the table.
 * Values are taken from a row's end, so a row of 表三 without its last cell had each value read into the
 * column after its own and its label's outline number (8.) into 自然人: a 3 read surely was published
 * as 商业企业's. Each cell of the row with the most cells to the table's edge whose middle lies past the
 * short row's end is added to it, `cut`: read as a value cell where ink stands in it, else unread, never
 * blank. Linear in the table's cells.
 */
export function withCutCells(grid: Grid): { grid: Grid; cut: Set<Box> } {
	const cut = new Set<Box>();
	if (grid.rows.length === 0 || grid.rows.some((row) => row.length === 0)) return { grid, cut };
	const end = (row: Box[]) => row[row.length - 1].x + row[row.length - 1].width;
	const edge = most(grid.rows.map(end));
	// The row that reaches the edge with the most cells stands for the table's columns.
	const full = grid.rows.filter((row) => end(row) >= edge - CUT_SLACK).reduce((a, b) => (b.length > a.length ? b : a));
	const rows = grid.rows.map((row) => {
		const lost = full.filter((c) => c.x + c.width / 2 > end(row)).map((c) => ({ x: c.x, y: row[0].y, width: c.width, height: row[0].height }));
		for (const c of lost) cut.add(c);
		return lost.length ? [...row, ...lost] : row;
	});
	return { grid: { ...grid, rows }, cut };
}

/** Pixels a row's end may fall short of its table's edge and still reach it (a ruling's width, a skew's residue). */
const CUT_SLACK = 12;
