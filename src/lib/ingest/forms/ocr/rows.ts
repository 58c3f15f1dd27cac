/**
 * A ruled table's rows as lines with cells (index.ts readPicture): which cells hold values, each value
 * cell's readings voted into one, row labels matched to the template's (labels.ts), and every value's
 * reading kept with its confidence for verify.ts.
 */
import type { Box } from './grid';
import { least } from './grid';
import type { Reading } from './digits';
import { DigitShapes, VOTE, type Shape } from './glyphs';
import type { OcrReading } from '.';
import type { PdfLine } from '../pdf/lines';
import { labelsInOrder, templateLabel } from './labels';
import { UNIT } from '../../tables/cells';
import { withoutSpaces } from '../../../text/normalize';

const HAN = /[\u3400-\u9fff]/u;
const HAN_ALL = /[\u3400-\u9fff]/gu;
const NUMERIC = /^[-—]?\d+(\.\d+)?$/;
/** Both digit passes reading a number alike at least this surely make its glyphs known shapes. */
const KNOWN_CONFIDENCE = 90;

/** Two Chinese characters: words, not a misread number. */
const words = (t: string) => (t.match(HAN_ALL) ?? []).length >= 2;

/** A page pass's reading of a cell that says nothing: not words, a unit or a number (nothing, a stray mark). */
export const saysNothing = (t: string) => !words(t) && !UNIT.test(withoutSpaces(t)) && !NUMERIC.test(withoutSpaces(t));

/**
 * Which cells hold values, given the page pass's text of each (null: no ink). A cell that does not read as
 * words may hold a number (one Chinese character there is a digit misread: 口 for 0); so does every
 * inked cell but the label of a row whose other cells are mostly not words, whatever the page pass made
 * of it (a 0 read as 吓人 is still a 0 in a row of numbers). A unit (件, 条) is a value
 * only in a column (counted from the row's end, as the readers take values) of more numbers than units:
 * a 2008 table's unit column stays words, a 0 read as 人 among numbers does not.
 */
export function valueCells(texts: (string | null)[][]): boolean[][] {
	const units = new Map<number, number>();
	const numbers = new Map<number, number>();
	const count = (m: Map<number, number>, f: number) => m.set(f, (m.get(f) ?? 0) + 1);
	for (const row of texts)
		row.forEach((t, k) => {
			if (t === null) return;
			if (UNIT.test(withoutSpaces(t))) count(units, row.length - k);
			else if (NUMERIC.test(withoutSpaces(t))) count(numbers, row.length - k);
		});
	return texts.map((row) => {
		// A row of numbers: its cells but the label mostly not words (numbers, or what OCR made of digits).
		const rest = row.slice(1).filter((t): t is string => t !== null);
		const numberRow = rest.length > 0 && 2 * rest.filter(words).length < rest.length;
		return row.map((t, k) => {
			if (t === null) return false;
			const f = row.length - k;
			const unitColumn = (units.get(f) ?? 0) > (numbers.get(f) ?? 0);
			if (UNIT.test(withoutSpaces(t))) return k > 0 && numberRow && !unitColumn;
			// Nothing or a stray mark where a column of units stands is a unit the page pass missed (index.ts reads it again as text).
			if (unitColumn && !NUMERIC.test(withoutSpaces(t))) return false;
			return !words(t) || (k > 0 && numberRow);
		});
	});
}

/** A value cell's readings: the digit passes', the page pass's number, its glyphs' shapes. */
export interface CellReadings {
	reads: Reading[];
	page: string | null;
	shapes: Shape[] | null;
}

/** Each value cell's readings (null for a cell that holds no value). */
export function cellReadings(rows: Box[][], texts: (string | null)[][], digits: Map<Box, Reading>[], shapesOf: (cell: Box) => Shape[] | null): (CellReadings | null)[][] {
	const values = valueCells(texts);
	return rows.map((row, i) =>
		row.map((cell, k) => {
			if (!values[i][k]) return null;
			const reads = digits.map((d) => d.get(cell)).filter((r): r is Reading => !!r && NUMERIC.test(r.text));
			const bare = withoutSpaces(texts[i][k]!);
			return { reads, page: NUMERIC.test(bare) ? bare : null, shapes: shapesOf(cell) };
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
 * A grid's rows as lines with cells, and its values' readings. The first cell is a label (matched to the
 * template's labels, by its characters and then by its neighbours); a cell without ink is blank; a value
 * cell's readings vote (its shapes read by the picture's known digits, the two digit passes, the page's):
 * two that agree give the value, the shapes first where two agree against two, else the first number
 * read. Its confidence is the digit passes' lower one where both read the value, else none (only a sum
 * can confirm it); its digits' shapes go with it. A value cell nothing reads as a number is "?", so no
 * reader takes it for blank.
 */
export function tableRows(rows: Box[][], texts: (string | null)[][], found: (CellReadings | null)[][], known: DigitShapes, height: number, page: number, pt: number): { lines: PdfLine[]; readings: OcrReading[] } {
	const cells = rows.map((row, i) =>
		row.map((_, k) => {
			const t = texts[i][k];
			const f = found[i][k];
			if (t === null) return { text: '' };
			if (!f) return { text: k === 0 ? templateLabel(t) : t };
			const byShape = known.read(f.shapes, VOTE);
			const votes = [...(byShape ? [byShape] : []), ...f.reads.map((r) => r.text), ...(f.page ? [f.page] : [])];
			// A label cell OCR found nothing in stays as read (a row without its label, not a number).
			if (k === 0 && votes.length === 0) return { text: t };
			const value = votes.find((v, n) => votes.some((o, m) => m !== n && o === v)) ?? votes[0] ?? '?';
			const both = f.reads.length === 2 && f.reads.every((r) => r.text === value);
			const reading: OcrReading = { page, label: '', fromEnd: row.length - k, text: value, conf: both ? least(f.reads.map((r) => r.conf)) : 0 };
			// Only a sum can confirm a value no pass of Tesseract read (verify.ts does not take its shapes for proof).
			if (value === byShape && !f.reads.some((r) => r.text === value) && f.page !== value) reading.byShape = true;
			// Shapes are kept only where the cell's glyphs are the value's digits one for one.
			if (f.shapes?.length === value.length && /^\d+$/.test(value)) reading.shapes = f.shapes;
			return { text: value, reading };
		})
	);
	const labels = labelsInOrder(cells.map((row) => row[0]?.text ?? ''));
	const readings: OcrReading[] = [];
	const lines = cells.map((row, i) => {
		const out = row.map((c, k) => (k === 0 ? labels[i] : c.text));
		for (const c of row) if ('reading' in c && c.reading) readings.push({ ...c.reading, label: HAN.test(out[0]) ? out[0] : '' });
		return { text: out.filter(Boolean).join(' '), y: (height - rows[i][0].y) * pt, size: Math.max(4, rows[i][0].height * pt * 0.5), cells: out };
	});
	return { lines, readings };
}
