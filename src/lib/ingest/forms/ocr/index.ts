/**
 * Pages that are pictures (a scanned report, 盖章扫描件) read by OCR into the same lines the PDF reader
 * builds from a text layer: the page rendered by poppler (pdftoppm), cleaned (image.ts: seal, grey,
 * skew; upright.ts: a page on its side), its ruled tables cut into cells (grid.ts), the page recognised
 * by Tesseract (engine.ts) with word boxes. Words outside tables become lines by the PDF reader's own
 * line builder (pdf/lines.ts); each table row becomes a line with its cells (rows.ts), as an HTML or Word
 * table's rows do, label cells as text and value cells read a second time with a digit whitelist
 * (digits.ts) and by the shapes of the picture's surely read digits (glyphs.ts). Every value's reading,
 * confidence and digit shapes are kept (OcrReading) so that only what the template's sums, a high
 * confidence or the shapes of confirmed digits confirm is published (verify.ts). Results are cached by
 * content (cache.ts).
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { bowOf, unbowed } from './bow';
import { greyOfPnm, inkOf, inkShare, outOfFocus, ruleInk, shadedInk, type Grey, type Ink } from './image';
import { skewOf, turned } from './skew';
import { besideGrid, centre, findGrids, holdsInk, inside, least, most, withoutRules, type Box, type Grid } from './grid';
import { DIGIT_PASSES, inkBox, montageReadings } from './digits';
import { cellGlyphs, type Shape } from './glyphs';
import { recognise, type OcrWord } from './engine';
import { groupLines, type Item, type PdfLine } from '../pdf/lines';
import { templateHeading } from './labels';
import { cellReadings, HAN, knownShapes, NUMERIC, saysNothing, tableRows, valueCells, withCutCells, wordy, type CellReadings } from './rows';
import { UNREAD_CELL } from '../../tables/cells';
import { cachedPage, cachedRegion } from './cache';
import type { Region } from '../pdf/images';
import { mayBeUpsideDown, quarterTurned, readsSurer, upright } from './upright';
import { readPieces, uncovered, withoutSmears, withPieces } from './missed';
import { alignedGrids } from './aligned';


/** Pages are rendered at this resolution: Tesseract reads 8-point table text well from 300 dpi. */
export const DPI = 300;
const PT = 72 / DPI;
/** Less than this many pixels both ways (half a millimetre at 300 dpi; a 5-point character is 20) is no word. */
const SPECK = 6;

/** A value cell as OCR read it: the row's label, the cell's place from the row's end, the reading, its confidence. */
export interface OcrReading {
	page: number;
	label: string;
	/** 1 for the row's last cell, 2 for the one before, …: the template readers take values from a row's end. */
	fromEnd: number;
	text: string;
	/** The lowest confidence of its digits (0–100), both passes agreeing; 0 where they disagree. */
	conf: number;
	/** Its digits' shapes (glyphs.ts), one per digit of `text`; absent where the cell's glyphs are not its digits one for one. */
	shapes?: Shape[];
	/** How many glyphs (digits) the cell's ink holds (0 where none or too many to tell), whatever was read. */
	glyphs?: number;
	/** Read by its glyphs' shapes alone (no pass of Tesseract read it): published only where a sum confirms it. */
	byShape?: boolean;
}

export interface OcrPage {
	lines: PdfLine[];
	readings: OcrReading[];
}

/** One PDF's pages read by OCR, at most `jobs` at a time (both cores), progress printed per page. */
export class OcrSession {
	/** What each page or picture gave, by the order it was asked for (pages finish in any order; the report must not depend on it). */
	private readonly done: { asked: number; page: OcrPage }[] = [];
	private asked = 0;
	pages = 0;
	private running = 0;
	private queue: (() => void)[] = [];
	constructor(
		private readonly bytes: Uint8Array,
		private readonly file: string,
		private readonly jobs = Number(process.env.NIANBAO_OCR_JOBS) || Math.min(2, availableParallelism())
	) {}

	/** A page without text, read whole. */
	page(p: number, of: number): Promise<PdfLine[]> {
		return this.read(`page ${p}/${of}`, () => cachedPage(this.bytes, p, () => readPage(this.bytes, p)));
	}

	/**
	 * A picture on a page with text (pdf/images.ts), rendered as its region of the page and read; its lines
	 * are placed on the page from the picture's lowest y (`base`, points), among the text layer's lines.
	 */
	async region(p: number, of: number, region: Region): Promise<PdfLine[]> {
		const box = [region.x, region.y, region.width, region.height];
		const lines = await this.read(`page ${p}/${of} picture at ${box.join(',')}`, () => cachedRegion(this.bytes, p, box, async () => readGrey(greyOfPnm(await render(this.bytes, p, box)), p)));
		return lines.map((l) => ({ ...l, y: l.y + region.base }));
	}

	/** Values read, in the document's order. */
	get readings(): OcrReading[] {
		return this.inOrder().flatMap((d) => d.page.readings);
	}

	/** The text of every line read from a picture (table rows and prose), in the document's order. */
	get lines(): string[] {
		return this.inOrder().flatMap((d) => d.page.lines.map((l) => l.text));
	}

	private inOrder() {
		return [...this.done].sort((a, b) => a.asked - b.asked);
	}

	private async read(what: string, read: () => Promise<{ result: OcrPage; cached: boolean }>): Promise<PdfLine[]> {
		const asked = this.asked++;
		if (this.running >= this.jobs) await new Promise<void>((go) => this.queue.push(go));
		this.running++;
		const started = Date.now();
		try {
			const { result, cached } = await read();
			this.pages++;
			this.done.push({ asked, page: result });
			if (process.env.NIANBAO_OCR_QUIET !== '1') console.error(`nianbao ocr: ${this.file} ${what}: ${cached ? 'cached' : `${((Date.now() - started) / 1000).toFixed(1)} s`}, ${result.lines.length} lines`);
			return result.lines;
		} finally {
			this.running--;
			this.queue.shift()?.();
		}
	}
}

/** Page `p` of the PDF as a picture (PPM; a seal's red is told apart only in colour), or the crop `box` of it (x, y, width, height in pixels). */
function render(bytes: Uint8Array, p: number, box?: number[]): Promise<Buffer> {
	const crop = box ? ['-x', '-y', '-W', '-H'].flatMap((flag, i) => [flag, String(box[i])]) : [];
	return new Promise((resolve, reject) => {
		const child = execFile('pdftoppm', ['-r', String(DPI), '-f', String(p), '-l', String(p), ...crop, '-'], { encoding: 'buffer', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
			if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') reject(new Error('nianbao ocr: pdftoppm is not installed (apt-get install poppler-utils, as .ci/run does); scanned pages cannot be read'));
			else if (err || stdout.length === 0) reject(new Error(`nianbao ocr: page ${p} could not be rendered (${String(stderr).split('\n')[0]})`));
			else resolve(stdout);
		});
		// pdftoppm may stop reading (a crop it refuses): its exit says why; the broken pipe must not end the build.
		child.stdin!.on('error', () => {});
		child.stdin!.end(bytes);
	});
}

/** A picture page: cleaned, turned upright and straight, its tables cut, recognised. */
export async function readPage(bytes: Uint8Array, p: number): Promise<OcrPage> {
	return readGrey(greyOfPnm(await render(bytes, p)), p);
}

/**
 * A page or picture's lines, or none for a blank one: turned upright (upright.ts), then straight (a few
 * degrees), its bow taken out. A `faint` picture (a screenshot enlarged to reading size) counts its grey
 * strokes as ink (image.ts inkOf).
 */
export async function readGrey(grey: Grey, p: number, faint = false): Promise<OcrPage> {
	let ink = inkOf(grey, faint);
	if (inkShare(ink) < 0.0005) return { lines: [], readings: [] };
	const turned90 = await upright(grey, ink);
	if (turned90 !== grey) [grey, ink] = [turned90, inkOf(turned90, faint)];
	const skew = skewOf(ink);
	if (skew) {
		grey = turned(grey, skew);
		ink = inkOf(grey, faint);
	}
	const bow = bowOf(ink);
	if (bow) [grey, ink] = [unbowed(grey, bow.shift, 255), bow.ink];
	return readPicture(grey, ink, p, faint);
}

/**
 * The page as recognition reads it, rulings out: `clean`, ink and paper only (what the threshold left as
 * paper, a seal's pale rim, stays paper), which the digit passes read; `page`, what the page pass reads:
 * the same, or for a page out of focus its ink in its own greys (image.ts shadedInk).
 */
export function pagePictures(grey: Grey, ink: Ink, ruled: Grid[]): { clean: Grey; page: Grey } {
	const clean = withoutRules({ ...grey, data: ink.data.map((v) => (v ? 0 : 255)) }, ruled);
	return { clean, page: outOfFocus(grey, ink) ? withoutRules(shadedInk(grey, ink), ruled) : clean };
}

/** A picture's ruled tables, the picture cleaned for recognition, and the page pass's words. */
async function pagePass(grey: Grey, ink: Ink): Promise<{ grey: Grey; ink: Ink; ruled: Grid[]; clean: Grey; found: OcrWord[] }> {
	// Rulings thin or pale (a half-point line, a spreadsheet's grey grid) are found in ink a little darker than its paper too.
	const ruled = findGrids(ink, ruleInk(grey));
	const { clean, page } = pagePictures(grey, ink, ruled);
	// A "word" a few pixels across is a speck Tesseract gave a character to (“, 2): left out, or it stands as a line of its own between a table's rows.
	const found = withoutSmears((await recognise(page, { psm: 3 })).filter((w) => w.width >= SPECK || w.height >= SPECK));
	return { grey, ink, ruled, clean, found };
}

/**
 * The lines of a straight page picture: prose by the line builder, table rows with their cells. A page
 * whose page pass read its Chinese as if it lay upside down (upright.ts) is read half a turn round too,
 * and the way up whose words read surer is kept.
 */
export async function readPicture(straight: Grey, straightInk: Ink, p: number, faint = false): Promise<OcrPage> {
	let pass = await pagePass(straight, straightInk);
	if (mayBeUpsideDown(pass.found)) {
		const turned = quarterTurned(straight, 2);
		const other = await pagePass(turned, inkOf(turned, faint));
		if (readsSurer(other.found, pass.found)) pass = other;
	}
	const { grey, ink, ruled, clean, found } = pass;
	// Tables without rulings, by their columns' alignment: read as tables, their numbers verified, never as prose.
	// Rows cut short of their table's edge get the cells they lost, unread (rows.ts withCutCells).
	const cutOff = [...ruled, ...alignedGrids(ink, ruled, found)].map(withCutCells);
	const grids = cutOff.map((c) => c.grid);
	const cut = new Set(cutOff.flatMap((c) => [...c.cut]));
	// Ink the page pass gave no word (the year of a large title, a number alone) is read again piece by piece.
	const words = withPieces(found, await readPieces(clean, ink, uncovered(ink, found, grids)));
	const inGrid = (w: OcrWord) => grids.some((g) => inside(centre(w), g.box));
	// A mark without Chinese level with a table, outside it, is a speck or a punch hole in the margin (read as
	// 5, beside a 2008 appendix's rows 5. and 6.), not prose: as a line between two rows it cut the table in two.
	const marginMark = (w: OcrWord) => !HAN.test(w.text) && besideGrid(w, grids);
	// A part heading misread by a character still names its part (labels.ts), as a row label does.
	const prose = groupLines(ocrLines(words.filter((w) => !inGrid(w) && !marginMark(w))).map(item(grey.height))).map((l) => ({ ...l, text: templateHeading(l.text) }));
	const readings: OcrReading[] = [];
	const rows: PdfLine[] = [];
	const read: { grid: Grid; texts: (string | null)[][]; found: (CellReadings | null)[][] }[] = [];
	for (const grid of grids) {
		// A cell a cut row lost is no empty cell: it stands unread unless the digit passes read its ink.
		const texts = grid.rows.map((row) => row.map((cell) => (cut.has(cell) ? UNREAD_CELL : holdsInk(ink, cell) ? cellText(cell, words) : null)));
		const pick = (keep: (i: number, k: number) => boolean) => grid.rows.map((row, i) => row.filter((_, k) => keep(i, k)));
		// Cells that may hold a number by the page pass's text (not words, not a unit) read again, digits only.
		const plain = (i: number, k: number) => texts[i][k] !== null && !wordy(texts[i][k]!);
		const digits = await montageReadings(clean, ink, pick(plain), DIGIT_PASSES);
		const number = (c: Box) => digits.some((d) => NUMERIC.test(d.get(c)?.text ?? ''));
		// A cell with ink that neither the page pass nor the digit passes read (a lone unit 条 the page pass
		// skipped or made a mark of): its ink alone, one cell a line, read as text.
		const missed = grid.rows.flatMap((row, i) => row.filter((c, k) => texts[i][k] !== null && saysNothing(texts[i][k]!) && !number(c)));
		if (missed.length) {
			const [again] = await montageReadings(clean, ink, missed.map((c) => [c]), [{ psm: 6 }]);
			// Only a reading that says something replaces the page pass's (a stray mark adds nothing).
			grid.rows.forEach((row, i) => row.forEach((c, k) => again.has(c) && !saysNothing(again.get(c)!.text) && (texts[i][k] = again.get(c)!.text)));
		}
		const values = valueCells(texts, (i, k) => number(grid.rows[i][k]));
		// Value cells the page pass read as words (a 0 as 吓人) are read as digits too.
		const more = await montageReadings(clean, ink, pick((i, k) => values[i][k] && !plain(i, k)), DIGIT_PASSES);
		more.forEach((m, n) => m.forEach((r, c) => (digits[n] ??= new Map()).set(c, r)));
		read.push({ grid, texts, found: cellReadings(grid.rows, texts, values, digits, (cell) => {
			const box = inkBox(ink, cell);
			return box ? cellGlyphs(ink, box) : { shapes: null, point: null };
		}) });
	}
	// One picture is set in one type: its surely read digits read the glyphs of all its tables.
	const known = knownShapes(read.flatMap((r) => r.found.flat()));
	for (const { grid, texts, found } of read) {
		const table = tableRows(grid.rows, texts, found, known, grey.height, p, PT);
		rows.push(...table.lines);
		readings.push(...table.readings);
	}
	const lines = [...prose, ...rows.filter((r) => r.text !== '')].sort((a, b) => b.y - a.y);
	return { lines, readings };
}


/** A line of words as the line builder's item: points, y up the page (its baseline), size from its words' median height. */
const item = (height: number) => (l: OcrLine): Item => ({ str: l.text, x: l.x * PT, y: (height - l.base) * PT, width: l.width * PT, size: Math.max(4, l.size * PT) });

/** A line's box, its text, its words' median height and median bottom (`base`). */
type OcrLine = Box & { text: string; size: number; base: number };
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
const LATIN = /[0-9A-Za-z%.]$/;

/**
 * Tesseract's lines, each its words in Tesseract's order: with Chinese data a word's box can reach over
 * its neighbours', so words are not re-ordered by their boxes; a line's box is its words' together.
 * Words are joined without a space unless both sides are Latin letters or digits.
 */
function ocrLines(words: OcrWord[]): OcrLine[] {
	const byLine = new Map<string, OcrWord[]>();
	for (const w of words) {
		const line = byLine.get(w.line);
		if (line) line.push(w);
		else byLine.set(w.line, [w]);
	}
	return [...byLine.values()].map((ws) => {
		const [x0, y0] = [least(ws.map((w) => w.x)), least(ws.map((w) => w.y))];
		const [x1, y1] = [most(ws.map((w) => w.x + w.width)), most(ws.map((w) => w.y + w.height))];
		const text = withoutStrayMarks(ws.reduce((t, w) => t + (t && LATIN.test(t) && /^[0-9A-Za-z]/.test(w.text) ? ' ' : '') + w.text, ''));
		// The baseline is its words' median bottom: one word's box reaching lower (a 、 boxed 60% taller than
		// its characters) put half a title a line apart from its other half, the halves then joined out of order.
		return { text, x: x0, y: y0, width: x1 - x0, height: y1 - y0, size: median(ws.map((w) => w.height)), base: median(ws.map((w) => w.y + w.height)) };
	});
}

/**
 * Marks no Chinese text prints beside a character (\ | ` ~ ^), as OCR makes them of a speck or a stroke of
 * a ruling, left out where they touch Chinese: 2023年政府信息公\开工作年度报告 lost its year to one.
 */
const MARKS_BESIDE_CHINESE = /(?<=[\u3400-\u9fff])[\\|`~^]+(?=[\u3400-\u9fff]|$)|^[\\|`~^]+(?=[\u3400-\u9fff(（])/g;
export const withoutStrayMarks = (text: string) => text.replace(MARKS_BESIDE_CHINESE, '');

/** Words inside a cell joined in reading order (Tesseract's lines top to bottom). */
function cellText(cell: Box, words: OcrWord[]): string {
	return ocrLines(words.filter((w) => inside(centre(w), cell)))
		.sort((a, b) => a.y - b.y)
		.map((l) => l.text)
		.join('');
}
