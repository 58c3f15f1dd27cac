/**
 * A page scanned sideways (a portrait page laid landscape on the scanner, turned 90° or 270°) turned
 * upright before anything else reads it: deskew (image.ts) only straightens a few degrees, and the grid
 * and Tesseract's page pass read nothing from a page on its side.
 *
 * A page upside down (half a turn) is told after the page pass (mayBeUpsideDown): its words' confidence is
 * low, and turned round they read surer.
 *
 * Cheap first: a page whose text runs across has a row profile (ink per pixel row) more uneven than its
 * column profile (lines and the gaps between them); only a page where the columns are the more uneven is
 * asked which way it lies, of Tesseract's orientation detection (OSD, `--psm 0`, the osd data Debian's
 * tesseract-ocr installs). The profile alone is not enough: a table's columns of digits make an upright
 * table look sideways, and OSD then says it is upright. Nor is Tesseract's confidence a way to tell: its
 * page pass reads text on its side nearly as surely as upright (measured on the made-up 表三 and a page
 * of the model scanned sideways), so without the osd data a page is left as it is.
 */
import { execFile } from 'node:child_process';
import { inkOf, pgm, type Grey, type Ink } from './image';
import { engineVersion, type OcrWord } from './engine';

/** How uneven a profile is: the variance of its counts (a page of lines: high; ink spread evenly: low). */
function unevenness(profile: Float64Array): number {
	let [sum, squares] = [0, 0];
	for (const v of profile) [sum, squares] = [sum + v, squares + v * v];
	const mean = sum / profile.length;
	return squares / profile.length - mean * mean;
}

/**
 * Whether the page's text runs down rather than across: its columns' ink more uneven than its rows'.
 * Only strokes count, not rulings: a pixel in a run of ink longer than a character along the profile's
 * direction (a table's lines, a page of tables on its side) is left out of that profile.
 */
export function sideways(ink: Ink): boolean {
	const { width: w, height: h, data } = ink;
	const long = Math.max(20, Math.round(0.03 * Math.min(w, h)));
	// Runs along each row count in the row profile, runs down each column in the column profile, if short.
	const rows = shortRuns(data, h, w, (y, x) => y * w + x, long);
	const cols = shortRuns(data, w, h, (x, y) => y * w + x, long);
	// Per pixel of the other side, so a landscape page and a portrait one compare alike.
	return unevenness(cols) / h ** 2 > unevenness(rows) / w ** 2;
}

/** The picture turned by a quarter turn clockwise (1), half (2) or three quarters (3): width and height swap on odd turns. */
export function quarterTurned(g: Grey, quarters: number): Grey {
	const q = ((quarters % 4) + 4) % 4;
	if (q === 0) return g;
	const { width: w, height: h } = g;
	const [W, H] = q === 2 ? [w, h] : [h, w];
	const out = new Uint8Array(w * h);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) {
			const [X, Y] = q === 1 ? [h - 1 - y, x] : q === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
			out[Y * W + X] = g.data[y * w + x];
		}
	return { width: W, height: H, data: out };
}

/** Tesseract's OSD, asked at full size (on a half-size copy of a page of tables it answered wrongly): the clockwise quarter turns that make the picture upright, or null where it cannot tell. */
function osdTurns(g: Grey): Promise<number | null> {
	return new Promise((resolve) => {
		const child = execFile(process.env.NIANBAO_TESSERACT || 'tesseract', ['stdin', 'stdout', '--psm', '0', '--dpi', '300', '-l', 'osd'], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (err, stdout) => {
			const rotate = /Rotate:\s*(\d+)/.exec(stdout ?? '');
			const confidence = Number(/Orientation confidence:\s*([\d.]+)/.exec(stdout ?? '')?.[1] ?? 0);
			// OSD's "Rotate" is the clockwise turn that makes the page upright; a low confidence is no answer.
			resolve(err || !rotate || confidence < 1 ? null : Number(rotate[1]) / 90);
		});
		// A Tesseract that stops before reading (no osd data) closes the pipe: that is its answer, not a crash.
		child.stdin!.on('error', () => {});
		child.stdin!.end(pgm(g));
	});
}

/** The page turned upright: unchanged unless it looks sideways and OSD says which quarter turn rights it. */
export async function upright(g: Grey, ink: Ink = inkOf(g)): Promise<Grey> {
	if (!sideways(ink)) return g;
	engineVersion();
	const turns = await osdTurns(g);
	return turns === 1 || turns === 3 ? quarterTurned(g, turns) : g;
}

/** Han words the page pass must have read before their confidence says anything about the page's way up. */
const MIN_HAN_WORDS = 20;
/** Mean confidence of its Han words under which a page may lie upside down (measured: 78–90 upright, 15–18 turned 180°). */
const UPSIDE_DOWN_CONFIDENCE = 40;
/** How much surer the other way up must read to be taken. */
const SURER = 20;

/** The mean confidence of the page pass's Chinese words, or null where too few were read to tell. */
function hanConfidence(words: OcrWord[]): number | null {
	const han = words.filter((w) => /[\u3400-\u9fff]/u.test(w.text));
	return han.length < MIN_HAN_WORDS ? null : han.reduce((n, w) => n + w.conf, 0) / han.length;
}

/**
 * Whether a page may lie upside down (fed the wrong way into the scanner): its rows look like any
 * page's, so only its reading tells. Its page pass read its Chinese words with a mean confidence under
 * UPSIDE_DOWN_CONFIDENCE. OSD cannot settle it: on a page of tables it answered 180° with confidence 1.2.
 */
export function mayBeUpsideDown(words: OcrWord[]): boolean {
	const mean = hanConfidence(words);
	return mean !== null && mean < UPSIDE_DOWN_CONFIDENCE;
}

/** Whether the page pass of the page turned round (`turned`) read its Chinese SURER points surer than as it lay. */
export function readsSurer(turned: OcrWord[], lying: OcrWord[]): boolean {
	const [a, b] = [hanConfidence(turned), hanConfidence(lying)];
	return a !== null && (b === null || a >= b + SURER);
}

/** Per line (a row or a column), the ink in its runs along it no longer than `long`: strokes, not rulings. */
function shortRuns(data: Uint8Array, lines: number, length: number, at: (line: number, i: number) => number, long: number): Float64Array {
	const profile = new Float64Array(lines);
	for (let line = 0; line < lines; line++)
		for (let i = 0; i < length; ) {
			if (!data[at(line, i)]) {
				i++;
				continue;
			}
			let end = i;
			while (end < length && data[at(line, end)]) end++;
			if (end - i <= long) profile[line] += end - i;
			i = end;
		}
	return profile;
}
