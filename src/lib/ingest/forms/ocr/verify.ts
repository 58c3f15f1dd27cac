/**
 * Verified or not published: a number read by OCR stands in the report only where it is its own cell's
 * reading (the row its label names, the column counted from the row's end) and the template's sums
 * confirm each of its digits (passing sum checks over its cell: 表三's row and column totals, 表四's
 * totals, the 2008 sums, where the same misreading on both sides would not have held them: confirms.ts),
 * or both digit passes read it alike with high confidence, or each digit no sum confirms has the shape
 * of that digit where a sum or a high confidence confirmed it in the same document. Every other OCR'd
 * value is taken out (null, its state `unread`) and named in an `ocr-unverified` problem with what OCR
 * read, so a misread digit is never published as what the agency wrote.
 */
import type { Problem, Report, Table, TableRow } from '../../../types';
import type { OcrReading } from '.';
import { problem } from '../../problems';
import { DigitShapes, PUBLISH } from './glyphs';
import { NUMERIC } from './rows';
import { checkTerms, confirmedDigits } from './confirms';
import { normalizeText } from '../../../text/normalize';

/**
 * Marks as read by OCR (识别) every table with a line of numbers OCR read in its source: a row of a ruled
 * table, or a line of prose (a table without rulings, 表四's digits read as one line). Every value of such
 * a table is verified (verifyOcr); one taken from prose has no reading of its own and is never published.
 */
export function markOcrTables(report: Report, lines: string[]): void {
	const read = new Set(lines.filter((l) => /\d/.test(l)).map((l) => normalizeText(l)));
	for (const t of report.tables) if (t.source.split('\n').some((l) => read.has(l))) t.ocr = true;
}

/**
 * Tesseract's word confidence (0–100) from which a reading both passes agree on stands without a sum.
 * Measured on 33 made-up scans and screenshots (docs/ocr.md, "How sure is sure"): every wrong reading both
 * passes agreed on, with no fewer digits than its glyphs, was under 60. The 2008 appendix (few sums) reads
 * at 86 to 94: 95 left most of it unread; 85 reads 15 more of its 59, none wrong.
 */
export const HIGH_CONFIDENCE = 85;

const bare = (s: string) => s.replace(/[\s()（）.．、:：]/g, '');

/** The readings of one source row (consecutive, same page and label). */
function groups(readings: OcrReading[]): OcrReading[][] {
	const out: OcrReading[][] = [];
	readings.forEach((r, i) => {
		const prev = readings[i - 1];
		if (prev && prev.page === r.page && prev.label === r.label && prev.fromEnd > r.fromEnd) out[out.length - 1].push(r);
		else out.push([r]);
	});
	return out;
}

/**
 * Each value of the OCR'd tables paired with its reading: a row with the reading row of its label (in
 * order, so two rows named 其他 take their own), its values from the row's end; rows no label pairs (表四's
 * three, read from one row of 15; a row whose label OCR garbled) take the next run of readings no row's
 * label claims that reads as their values. A value with no reading has no confidence.
 */
function pair(tables: Table[], readings: OcrReading[]): Map<TableRow, (OcrReading | null)[]> {
	const free = groups(readings);
	const out = new Map<TableRow, (OcrReading | null)[]>();
	const unpaired: TableRow[] = [];
	for (const t of tables)
		for (const row of t.rows) {
			if (row.header || row.values.length === 0) continue;
			const at = free.findIndex((g) => g[0].label !== '' && bare(g[0].label) === bare(row.label));
			if (at < 0) {
				unpaired.push(row);
				continue;
			}
			const [g] = free.splice(at, 1);
			out.set(row, row.values.map((_, k) => g.find((r) => r.fromEnd === row.values.length - k) ?? null));
		}
	// Rows without a label of their own (表四's three, one source row of 15), and rows placed by their
	// place where OCR garbled their label (亿冯以公开 for (一)予以公开), take the readings no row's label
	// claims that read as their values, in order, from one source row (same page, consecutive cells). In
	// order, a row whose label was garbled does not take 表四's readings, nor 表四 the garbled row's.
	const labels = new Set(tables.flatMap((t) => t.rows.map((r) => bare(r.label))));
	const loose = free.filter((g) => !labels.has(bare(g[0].label))).flat();
	let next = 0;
	for (const row of unpaired) {
		const n = row.values.length;
		// A row without a value has nothing to verify, and would take the first readings of no number (UNREAD_CELL) in its way.
		if (row.values.every((v) => v === null)) continue;
		const fits = (at: number) =>
			at + n <= loose.length &&
			row.values.every((v, k) => {
				const r = loose[at + k];
				return (k === 0 || (r.page === loose[at].page && r.fromEnd === loose[at + k - 1].fromEnd - 1)) && (v === null ? !NUMERIC.test(r.text) : Number(r.text) === v);
			});
		let at = next;
		while (at < loose.length && !fits(at)) at++;
		out.set(row, row.values.map((_, k) => (at < loose.length ? loose[at + k] : null)));
		if (at < loose.length) next = at + n;
	}
	return out;
}

/** Each cell's digits (anchor|column → by place) that some passing sum check confirms, as confirms.ts has it. */
function confirmedCells(report: Report): Map<string, boolean[]> {
	const rows = new Map(report.tables.flatMap((table) => table.rows.map((row): [string, { row: TableRow; table: Table }] => [row.anchor, { row, table }])));
	const out = new Map<string, boolean[]>();
	for (const c of report.checks) {
		if (c.status !== 'pass' || c.relation !== 'sum') continue;
		const terms = checkTerms(c, rows);
		if (!terms) continue;
		confirmedDigits(terms).forEach((digits, i) => {
			const key = `${terms[i].anchor}|${terms[i].column}`;
			const known = out.get(key);
			out.set(key, known ? digits.map((yes, p) => yes || known[p]) : digits);
		});
	}
	return out;
}

/**
 * Whether a reading stands on its confidence: both digit passes read it alike, at HIGH_CONFIDENCE or more,
 * with no fewer digits than its cell's ink has glyphs. Both passes read a 228 at 150 dpi as 2 with a
 * confidence of 70 to 80: a digit dropped by both is not seen in the confidence, it is in the glyphs.
 * Fewer glyphs than digits is no doubt (digits that touch, blurred or small, are one run of ink).
 */
const sure = (r: OcrReading) => r.conf >= HIGH_CONFIDENCE && (r.glyphs ?? 0) <= r.text.replace(/\D/g, '').length;

/** Whether sums confirm every digit of a value. */
const wholly = (digits: boolean[] | undefined) => !!digits?.length && digits.every(Boolean);

/**
 * Whether a reading no sum confirms whole stands by its digits: each digit a sum confirmed (`summed`, by
 * place) or shaped like that digit where the document's confirmed values have it (and like no other).
 */
function digitsStand(r: OcrReading, summed: boolean[] | undefined, published: DigitShapes): boolean {
	if (r.byShape) return false;
	if (!summed || !r.shapes || r.shapes.length !== r.text.length || summed.length !== r.text.length) return published.read(r.shapes, PUBLISH) === r.text;
	return [...r.text].every((d, p) => summed[p] || published.read([r.shapes![p]], PUBLISH) === d);
}

/**
 * Takes out every OCR'd value that neither a sum, nor a high confidence, nor its digits' shapes confirm;
 * returns the problems naming them. Shapes: a value whose every digit looks like that digit where a sum or
 * a high confidence confirmed it in the same document (and like no other digit) stands; a misread 8 for 0
 * looks like the document's 0s, not its 8s.
 */
export function verifyOcr(report: Report, readings: OcrReading[]): Problem[] {
	const tables = report.tables.filter((t) => t.ocr);
	const paired = pair(tables, readings);
	const published = new DigitShapes();
	const doubtful: { t: Table; row: TableRow; k: number; r: OcrReading | null }[] = [];
	const confirmed = confirmedCells(report);
	for (const t of tables)
		for (const row of t.rows) {
			const reads = paired.get(row);
			if (!reads) continue;
			// 表三 and 表四 count applications and cases: a fraction there is a speck read as a point.
			const counts = report.format === '2019' && (t.anchor === 't3' || t.anchor === 't4');
			row.values.forEach((v, k) => {
				const r = reads[k];
				// The value must be its own cell's reading (a row placed where another belongs keeps its sums).
				const own = r !== null && v !== null && Number(r.text) === v && (!counts || Number.isInteger(v));
				if (own && (sure(r) || wholly(confirmed.get(`${row.anchor}|${k}`)))) {
					published.add(r.text, r.shapes);
					return;
				}
				if (v === null && (r === null || r.text === '')) return;
				doubtful.push({ t, row, k, r: own ? r : null });
			});
		}
	const problems: Problem[] = [];
	for (const { t, row, k, r } of doubtful) {
		if (r && digitsStand(r, r.text === String(row.values[k]) ? confirmed.get(`${row.anchor}|${k}`) : undefined, published)) continue;
		const v = row.values[k];
		row.values[k] = null;
		if (row.states) row.states[k] = 'unread';
		if (row.lines) row.lines[k] = null;
		problems.push(problem('ocr-unverified', { table: t.title, row: row.label, column: t.columns[k] ?? '', text: paired.get(row)?.[k]?.text ?? String(v) }));
	}
	return problems;
}
