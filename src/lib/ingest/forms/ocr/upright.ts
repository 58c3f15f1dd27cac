/**
 * A page scanned sideways (a portrait page laid landscape on the scanner, turned 90° or 270°) turned
 * upright before anything else reads it: deskew (image.ts) only straightens a few degrees, and the grid
 * and Tesseract's page pass read nothing from a page on its side.
 *
 * Cheap first: a page whose text runs across has a row profile (ink per pixel row) far more uneven than
 * its column profile (lines and the gaps between them); only a page where the columns are the more uneven
 * is asked which way it lies. Tesseract's orientation detection (OSD, `--psm 0`, the osd data) answers on
 * a copy at half size; where that data is missing or OSD declines (too few characters), the copy is read
 * turned each way and the way whose Chinese words Tesseract is surer of wins.
 */
import { execFile } from 'node:child_process';
import { inkOf, pgm, type Grey, type Ink } from './image';
import { engineVersion, recognise } from './engine';

/** How uneven a profile is: the variance of its counts (a page of lines: high; ink spread evenly: low). */
function unevenness(profile: Float64Array): number {
	let [sum, squares] = [0, 0];
	for (const v of profile) [sum, squares] = [sum + v, squares + v * v];
	const mean = sum / profile.length;
	return squares / profile.length - mean * mean;
}

/** Whether the page's text runs down rather than across: its columns' ink more uneven than its rows'. */
export function sideways(ink: Ink): boolean {
	const rows = new Float64Array(ink.height);
	const cols = new Float64Array(ink.width);
	for (let y = 0; y < ink.height; y++)
		for (let x = 0; x < ink.width; x++)
			if (ink.data[y * ink.width + x]) {
				rows[y]++;
				cols[x]++;
			}
	// Per pixel of the other side, so a landscape page and a portrait one compare alike.
	return unevenness(cols) / ink.height ** 2 > unevenness(rows) / ink.width ** 2;
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

/** The picture at half size (each output pixel the darkest of its four): enough for orientation, a quarter of the work. */
function halved(g: Grey): Grey {
	const [w, h] = [g.width >> 1, g.height >> 1];
	const data = new Uint8Array(w * h);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) {
			const at = 2 * y * g.width + 2 * x;
			data[y * w + x] = Math.min(g.data[at], g.data[at + 1], g.data[at + g.width], g.data[at + g.width + 1]);
		}
	return { width: w, height: h, data };
}

/** Tesseract's OSD: the clockwise quarter turns that make the picture upright, or null where it cannot tell. */
function osdTurns(g: Grey): Promise<number | null> {
	return new Promise((resolve) => {
		const child = execFile(process.env.NIANBAO_TESSERACT || 'tesseract', ['stdin', 'stdout', '--psm', '0', '--dpi', '150', '-l', 'osd'], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (err, stdout) => {
			const rotate = /Rotate:\s*(\d+)/.exec(stdout ?? '');
			const confidence = Number(/Orientation confidence:\s*([\d.]+)/.exec(stdout ?? '')?.[1] ?? 0);
			// OSD's "Rotate" is the clockwise turn that makes the page upright; a low confidence is no answer.
			resolve(err || !rotate || confidence < 2 ? null : Number(rotate[1]) / 90);
		});
		child.stdin!.end(pgm(g));
	});
}

const HAN = /[\u3400-\u9fff]/u;

/** How sure Tesseract is of the Chinese it reads in the picture: the sum of its Chinese words' confidence. */
async function chineseScore(g: Grey): Promise<number> {
	const words = await recognise(g, { psm: 3 });
	return words.filter((w) => HAN.test(w.text)).reduce((s, w) => s + w.conf, 0);
}

/** The page turned upright: unchanged unless it lies on its side. */
export async function upright(g: Grey, ink: Ink = inkOf(g)): Promise<Grey> {
	if (!sideways(ink)) return g;
	engineVersion();
	const small = halved(g);
	let turns = await osdTurns(small);
	if (turns === null) {
		const scores = await Promise.all([0, 1, 3].map((q) => chineseScore(quarterTurned(small, q))));
		turns = [0, 1, 3][scores.indexOf(Math.max(...scores))];
	}
	return quarterTurned(g, turns);
}
