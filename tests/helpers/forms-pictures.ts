/**
 * Tables pasted as pictures, as agencies paste screenshots into Word and web pages: a table of the made-up
 * report typeset by pdf-lib (forms-scan.ts paper, ruled), rasterised by poppler at a given resolution,
 * cropped to its ink, and written as PNG.
 */
import { execFileSync } from 'node:child_process';
import { encodePng, paperPdf, readPpm, type PaperBlock, type Rgb } from './forms-scan';
import { modelPaper } from './model-paper';
import type { Model } from './forms';

/** Whether a paper block is 表三 as modelPaper prints it (its first column 229 points wide). */
export const isT3 = (b: PaperBlock) => 'rows' in b && b.widths[0] === 229;

/** 表三 of the model as a paper block. */
export const t3Block = (m: Model): PaperBlock => modelPaper(m).find(isT3)!;

/**
 * A table as a spreadsheet shows it on screen, to be screenshot: column letters over it and row numbers down
 * its left (the sheet's own headers, shaded), its pale grey gridlines (a screenshot cropped to the table's
 * text cuts through them, so they run to the picture's edges).
 */
export function spreadsheetBlock(b: PaperBlock): PaperBlock {
	if (!('rows' in b)) return b;
	const letters = ['', ...b.rows[0].map((_, k) => String.fromCharCode(65 + k))];
	return { rows: [letters, ...b.rows.map((r, i) => [String(i + 1), ...r])], widths: [28, ...b.widths], size: b.size, look: { rule: 0.8, shade: 0.9 } };
}

/** The model on paper as text (a text PDF) with 表三 a picture, `width` points wide. */
export const modelPaperWithT3Picture = (m: Model, t3png: Uint8Array): PaperBlock[] => modelPaper(m).map((b) => (isT3(b) ? { png: t3png, width: 509 } : b));

/** The blocks' first page rasterised at `dpi`, cropped to its ink with a small margin. */
export async function tablePicture(blocks: PaperBlock[], dpi: number): Promise<Rgb> {
	const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-'], { input: await paperPdf(blocks), maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
	return cropped(readPpm(ppm), Math.round(dpi / 15));
}

/**
 * The blocks' first page, whole, as a JPEG screenshot of it at `dpi` and JPEG `quality` (web pages keep
 * small screenshots so: ringing and blocks around every stroke); `serif` sets it in Noto Serif CJK (宋体-like, thin strokes).
 */
export async function pageJpeg(blocks: PaperBlock[], dpi: number, quality: number, options: { serif?: boolean } = {}): Promise<Uint8Array> {
	return execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-jpeg', '-jpegopt', `quality=${quality}`, '-'], { input: await paperPdf(blocks, undefined, options), maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
}

/** The picture cut to the box of its ink, `margin` pixels of paper around it. */
function cropped(img: Rgb, margin: number): Rgb {
	let [x0, y0, x1, y1] = [img.width, img.height, -1, -1];
	for (let y = 0; y < img.height; y++)
		for (let x = 0; x < img.width; x++)
			if (img.data[(y * img.width + x) * 3] < 128) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
	[x0, y0] = [Math.max(0, x0 - margin), Math.max(0, y0 - margin)];
	[x1, y1] = [Math.min(img.width - 1, x1 + margin), Math.min(img.height - 1, y1 + margin)];
	const [width, height] = [x1 - x0 + 1, y1 - y0 + 1];
	const data = new Uint8Array(width * height * 3);
	for (let y = 0; y < height; y++) data.set(img.data.subarray(((y0 + y) * img.width + x0) * 3, ((y0 + y) * img.width + x1 + 1) * 3), y * width * 3);
	return { width, height, data };
}

export const png = (img: Rgb): Uint8Array => encodePng(img);

/**
 * The picture as a DIB, as Word stores a pasted bitmap: BITMAPINFOHEADER, then its rows bottom up, each
 * padded to 4 bytes: 24-bit BGR, or 8-bit grey through a palette of 256 greys.
 */
export function dib(img: Rgb, bits: 8 | 24 = 24): Uint8Array {
	const stride = Math.ceil((img.width * (bits / 8)) / 4) * 4;
	const palette = bits === 8 ? 256 * 4 : 0;
	const out = Buffer.alloc(40 + palette + stride * img.height);
	out.writeUInt32LE(40, 0);
	out.writeInt32LE(img.width, 4);
	out.writeInt32LE(img.height, 8);
	out.writeUInt16LE(1, 12);
	out.writeUInt16LE(bits, 14);
	out.writeUInt32LE(stride * img.height, 20);
	for (let i = 0; i < palette / 4; i++) out.fill(i, 40 + i * 4, 40 + i * 4 + 3);
	for (let y = 0; y < img.height; y++)
		for (let x = 0; x < img.width; x++) {
			const [r, g, b] = img.data.subarray((y * img.width + x) * 3, (y * img.width + x) * 3 + 3);
			const row = 40 + palette + (img.height - 1 - y) * stride;
			if (bits === 8) out[row + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
			else [out[row + x * 3], out[row + x * 3 + 1], out[row + x * 3 + 2]] = [b, g, r];
		}
	return new Uint8Array(out);
}
