/**
 * Reports as a stamped, scanned paper copy (盖章扫描件): the model typeset on paper by pdf-lib, its tables
 * ruled as a grid, a red seal over the date; each page rasterised by poppler (pdftoppm), turned a little,
 * speckled with noise, and put back into a PDF as one picture per page, with no text layer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { BlendMode, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { notoSansSC, notoSerifSC } from './pdf-typeset';
import { PAGE } from './pdf-writer';

/**
 * A paragraph, a table as rows of cells with its column widths in points, or a picture (PNG) shown `width`
 * points wide. In a table, a cell '<' is merged into the cell on its left and '^' into the cell above (as
 * Word merges the template's group labels): the merged cell is drawn once, its text centred in it. A
 * `bare` table is set without rulings: its columns stand by alignment alone. A table's first `repeat` rows
 * are its header, drawn again at the top of each page it runs onto (Word's 重复标题行).
 */
export type PaperBlock = { text: string; size?: number; x?: number } | { rows: string[][]; widths: number[]; size?: number; bare?: boolean; look?: TableLook; repeat?: number } | { png: Uint8Array; width: number };

/**
 * How a table is drawn where it is not black rules on white: `rule`, its rulings' grey (0 black … 1 white:
 * a spreadsheet's pale grid is 0.8); `shade`, its first row's fill (Word's and WPS's grey header shading, 0.85).
 */
export interface TableLook {
	rule?: number;
	shade?: number;
	/** Its rulings' thickness in points (0.8 unless given; Word's thinnest line is 0.25). */
	weight?: number;
}

/** The page's margin and the body's size in points: the model's paper (model-paper.ts) is set to them. */
export const MARGIN = 43;
export const BODY = 10.5;
const LINE = 1.6;

/** Characters of `size` that fit in `width` points (every CJK glyph an em; digits count as an em too, to be safe). */
const fit = (width: number, size: number) => Math.max(1, Math.floor(width / size) - 1);
const wrap = (text: string, n: number) => (text === '' ? [''] : Array.from({ length: Math.ceil(text.length / n) }, (_, i) => text.slice(i * n, (i + 1) * n)));

/**
 * The blocks typeset top to bottom on A4 pages; a table row never splits, a table may run onto the next
 * page. With `folios`, each page numbered at its foot as official documents are (— 2 —); with `serif`,
 * set in Noto Serif CJK SC (宋体-like, serif digits) instead of Noto Sans; with `font`, in that font.
 */
export async function paperPdf(blocks: PaperBlock[], seal?: { text: string }, options: { folios?: boolean; serif?: boolean; font?: Uint8Array } = {}): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(options.font ?? (options.serif ? notoSerifSC() : notoSansSC()), { subset: true });
	let page = doc.addPage([PAGE.width, PAGE.height]);
	let y = PAGE.height - MARGIN;
	const room = (h: number) => {
		if (y - h >= MARGIN) return;
		page = doc.addPage([PAGE.width, PAGE.height]);
		y = PAGE.height - MARGIN;
	};
	let sealAt: { page: PDFPage; y: number } | null = null;
	for (const b of blocks) {
		if ('text' in b) {
			const size = b.size ?? BODY;
			for (const l of wrap(b.text, fit(PAGE.width - 2 * MARGIN, size))) {
				room(size * LINE);
				y -= size * LINE;
				page.drawText(l, { x: b.x ?? MARGIN, y, size, font });
			}
			if (b.text.startsWith('(20')) sealAt = { page, y };
			continue;
		}
		if ('png' in b) {
			const image = await doc.embedPng(b.png);
			const height = (b.width * image.height) / image.width;
			room(height + 8);
			y -= height + 4;
			page.drawImage(image, { x: MARGIN, y, width: b.width, height });
			y -= 4;
			continue;
		}
		const size = b.size ?? 8;
		y -= 4;
		if (b.rows.some((r) => r.includes('<') || r.includes('^'))) {
			const cells = mergedCells(b.rows, b.widths);
			// A row is as tall as its own cells' text needs; a cell spanning rows does not make its first row tall.
			const heights = b.rows.map((_, i) => Math.max(size * 2.2, ...cells.filter((c) => c.row === i && c.rows === 1).map((c) => wrap(c.text, fit(c.width, size)).length * size * 1.3 + size * 0.9)));
			const placed = heights.map((h) => {
				room(h);
				const at = { page, top: y, h };
				y -= h;
				return at;
			});
			for (const c of cells) drawMerged(font, c, placed.slice(c.row, c.row + c.rows), size);
		} else {
			const row = (r: string[], i: number) => {
				const lines = r.map((c, k) => wrap(c, fit(b.widths[k], size)));
				const h = Math.max(...lines.map((l) => l.length)) * size * 1.3 + size * 0.9;
				const before = page;
				room(h);
				if (page !== before && i >= (b.repeat ?? 0)) b.rows.slice(0, b.repeat ?? 0).forEach(row);
				const look = { rule: b.bare ? null : (b.look?.rule ?? 0), fill: i < Math.max(1, b.repeat ?? 0) ? b.look?.shade : undefined, weight: b.look?.weight };
				drawRow(page, font, r.length === 1 ? [b.widths.reduce((a, w) => a + w, 0)] : b.widths, lines, y, h, size, look);
				y -= h;
			};
			b.rows.forEach(row);
		}
		y -= 6;
	}
	if (seal && sealAt) drawSeal(sealAt.page, font, seal.text, sealAt.y);
	if (options.folios) doc.getPages().forEach((p, i) => p.drawText(`— ${i + 1} —`, { x: PAGE.width / 2 - 20, y: MARGIN / 2, size: 12, font }));
	doc.setCreationDate(new Date(0));
	doc.setModificationDate(new Date(0));
	return doc.save();
}

interface MergedCell {
	row: number;
	rows: number;
	x: number;
	width: number;
	text: string;
	first: boolean;
}

/** The cells of a table whose '<' and '^' cells merge into the cell on their left and above. */
function mergedCells(rows: string[][], widths: number[]): MergedCell[] {
	const origin: (MergedCell | null)[][] = rows.map(() => []);
	const cells: MergedCell[] = [];
	rows.forEach((r, i) => {
		let x = MARGIN;
		r.forEach((text, k) => {
			if (text === '<') origin[i][k] = origin[i][k - 1];
			else if (text === '^') origin[i][k] = origin[i - 1][k];
			else cells.push((origin[i][k] = { row: i, rows: 1, x, width: 0, text, first: k === 0 }));
			const o = origin[i][k]!;
			if (o.row === i) o.width = x + widths[k] - o.x;
			if (text === '^' && (k === 0 || origin[i][k - 1] !== o)) o.rows = i - o.row + 1;
			x += widths[k];
		});
	});
	return cells;
}

/** A merged cell drawn over its rows: a box on each page it reaches, its text centred in the first. */
function drawMerged(font: PDFFont, c: MergedCell, rows: { page: PDFPage; top: number; h: number }[], size: number) {
	const pages = [...new Set(rows.map((r) => r.page))];
	pages.forEach((page, n) => {
		const on = rows.filter((r) => r.page === page);
		const [top, bottom] = [on[0].top, on[on.length - 1].top - on[on.length - 1].h];
		page.drawRectangle({ x: c.x, y: bottom, width: c.width, height: top - bottom, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
		if (n > 0) return;
		const lines = wrap(c.text, fit(c.width, size));
		lines.forEach((l, i) => {
			const lx = c.first && c.width > 3 * size ? c.x + 3 : c.x + (c.width - font.widthOfTextAtSize(l, size)) / 2;
			page.drawText(l, { x: lx, y: (top + bottom) / 2 + (lines.length * size * 1.3) / 2 - (i + 1) * size * 1.3 + size * 0.35, size, font });
		});
	});
}

/**
 * One table row: its cells' fill and borders (`rule` their grey, null for none) and their text, centred
 * (values) or from the left (the first cell).
 */
function drawRow(page: PDFPage, font: PDFFont, widths: number[], lines: string[][], top: number, h: number, size: number, look: { rule: number | null; fill?: number; weight?: number }) {
	let x = MARGIN;
	widths.forEach((w, k) => {
		const fill = look.fill === undefined ? {} : { color: rgb(look.fill, look.fill, look.fill) };
		const border = look.rule === null ? {} : { borderColor: rgb(look.rule, look.rule, look.rule), borderWidth: look.weight ?? 0.8 };
		if (look.rule !== null || look.fill !== undefined) page.drawRectangle({ x, y: top - h, width: w, height: h, ...fill, ...border });
		const text = lines[k] ?? [];
		text.forEach((l, i) => {
			const tw = font.widthOfTextAtSize(l, size);
			const lx = k === 0 && widths.length > 1 ? x + 3 : x + (w - tw) / 2;
			page.drawText(l, { x: lx, y: top - h / 2 - (text.length * size * 1.3) / 2 + (text.length - 1 - i) * size * 1.3 + size * 0.35, size, font });
		});
		x += w;
	});
}

/** A red seal: a ring with the agency's name inside, over the date line; stamped ink darkens the print under it (multiply). */
function drawSeal(page: PDFPage, font: PDFFont, text: string, y: number) {
	const red = rgb(0.85, 0.1, 0.1);
	const cx = PAGE.width / 2 + 20;
	const blendMode = BlendMode.Multiply;
	page.drawEllipse({ x: cx, y: y + 5, xScale: 48, yScale: 48, borderColor: red, borderWidth: 3, blendMode });
	page.drawText('★', { x: cx - 9, y: y - 2, size: 20, font, color: red, blendMode });
	page.drawText(text.slice(0, 8), { x: cx - 34, y: y + 24, size: 8.5, font, color: red, blendMode });
}

/** How the paper is scanned: a small turn (degrees, counter-clockwise), speckle, resolution. */
export interface ScanOptions {
	angle?: number;
	noise?: number;
	dpi?: number;
	seed?: number;
	/** Each page laid on its side on the scanner: the picture a quarter turn clockwise, the PDF page landscape. */
	sideways?: boolean;
	/** The pages stored as JPEG of this quality (1–100), as most scanners write them, instead of PNG. */
	jpeg?: number;
	/** These pages (from 1) fed into the scanner the wrong way: the picture half a turn round. */
	upsideDown?: number[];
	/**
	 * Light as a copier or a phone gives it: the page darkened towards its right side, down to `falloff` of
	 * its light there (0.6: paper 150 of 255), and a band of the scanner's dark lid `edge` points wide down its left.
	 */
	light?: { falloff?: number; edge?: number };
	/** The sheet not flat on the glass: its middle lifted this many points off the lines through its edges (a gentle bow). */
	bow?: number;
	/** Stored black and white (one bit a pixel, as copiers scan to CCITT or JBIG2): every pixel darker than this grey (0–255) black, the rest white. */
	bilevel?: number;
	/** Out of focus, as a scanner's optics or a copy of a copy leave print: a box blur of this radius in pixels, run twice (near a Gaussian). */
	blur?: number;
}

/** The paper PDF scanned: each page a picture (PNG), no text. */
export async function scanPdf(paper: Uint8Array, options: ScanOptions = {}): Promise<Uint8Array> {
	const dir = mkdtempSync(join(tmpdir(), 'nianbao-scan-'));
	try {
		const dpi = options.dpi ?? 200;
		execFileSync('pdftoppm', ['-r', String(dpi), '-', join(dir, 'p')], { input: paper, stdio: ['pipe', 'ignore', 'ignore'] });
		const files = readdirSync(dir).filter((f) => f.endsWith('.ppm')).sort();
		const doc = await PDFDocument.create();
		let seed = options.seed ?? 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		for (const [i, f] of files.entries()) {
			let img = readPpm(readFileSync(join(dir, f)));
			img = turned(img, options.angle ?? 0);
			if (options.blur) for (let pass = 0; pass < 2; pass++) boxBlur(img, options.blur);
			speckle(img, options.noise ?? 0.002, random);
			if (options.light) unevenlyLit(img, options.light, dpi);
			if (options.bow) img = bowed(img, (options.bow * dpi) / 72);
			if (options.bilevel) for (let p = 0; p < img.data.length; p += 3) img.data.fill(0.299 * img.data[p] + 0.587 * img.data[p + 1] + 0.114 * img.data[p + 2] < options.bilevel ? 0 : 255, p, p + 3);
			if (options.sideways) img = quarterTurn(img);
			if (options.upsideDown?.includes(i + 1)) img = quarterTurn(quarterTurn(img));
			const png = await doc.embedPng(encodePng(img));
			const [w, h] = [(img.width * 72) / dpi, (img.height * 72) / dpi];
			doc.addPage([w, h]).drawImage(png, { x: 0, y: 0, width: w, height: h });
		}
		doc.setCreationDate(new Date(0));
		doc.setModificationDate(new Date(0));
		return options.jpeg ? await asJpeg(await doc.save(), dpi, options.jpeg, dir) : doc.save();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A PDF of picture pages again, each page rendered by poppler to JPEG of the given quality and embedded as such. */
async function asJpeg(pdf: Uint8Array, dpi: number, quality: number, dir: string): Promise<Uint8Array> {
	execFileSync('pdftoppm', ['-r', String(dpi), '-jpeg', '-jpegopt', `quality=${quality}`, '-', join(dir, 'j')], { input: pdf, stdio: ['pipe', 'ignore', 'ignore'] });
	const source = await PDFDocument.load(pdf);
	const doc = await PDFDocument.create();
	const files = readdirSync(dir).filter((f) => f.startsWith('j') && f.endsWith('.jpg')).sort();
	for (const [i, f] of files.entries()) {
		const { width, height } = source.getPage(i).getSize();
		doc.addPage([width, height]).drawImage(await doc.embedJpg(readFileSync(join(dir, f))), { x: 0, y: 0, width, height });
	}
	doc.setCreationDate(new Date(0));
	doc.setModificationDate(new Date(0));
	return doc.save();
}

export interface Rgb {
	width: number;
	height: number;
	data: Uint8Array;
}

export function readPpm(buf: Buffer): Rgb {
	const header = buf.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
	if (!header) throw new Error('forms-scan: not a PPM');
	return { width: Number(header[1]), height: Number(header[2]), data: new Uint8Array(buf.subarray(header[0].length)) };
}

/** The picture turned by `angle` degrees about its centre (nearest pixel), white where nothing was. */
function turned(img: Rgb, angle: number): Rgb {
	if (!angle) return img;
	const { width: w, height: h, data } = img;
	const out = new Uint8Array(data.length).fill(255);
	const [c, s] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) {
			const dx = x - w / 2;
			const dy = y - h / 2;
			const sx = Math.round(c * dx - s * dy + w / 2);
			const sy = Math.round(s * dx + c * dy + h / 2);
			if (sx < 0 || sy < 0 || sx >= w || sy >= h) continue;
			out.set(data.subarray((sy * w + sx) * 3, (sy * w + sx) * 3 + 3), (y * w + x) * 3);
		}
	return { width: w, height: h, data: out };
}

/** Each channel averaged over 2r+1 pixels along rows, then along columns, in place (a running sum: linear in the pixels). */
function boxBlur(img: Rgb, r: number) {
	const { width: w, height: h, data } = img;
	const line = new Float64Array(Math.max(w, h));
	const along = (count: number, length: number, at: (i: number, k: number) => number) => {
		for (let i = 0; i < count; i++)
			for (let c = 0; c < 3; c++) {
				for (let k = 0; k < length; k++) line[k] = data[at(i, k) + c];
				let sum = 0;
				for (let k = -r; k <= r; k++) sum += line[Math.min(length - 1, Math.max(0, k))];
				for (let k = 0; k < length; k++) {
					data[at(i, k) + c] = Math.round(sum / (2 * r + 1));
					sum += line[Math.min(length - 1, k + r + 1)] - line[Math.max(0, k - r)];
				}
			}
	};
	along(h, w, (y, x) => (y * w + x) * 3);
	along(w, h, (x, y) => (y * w + x) * 3);
}

/** The picture a quarter turn clockwise: width and height swap. */
export function quarterTurn(img: Rgb): Rgb {
	const { width: w, height: h } = img;
	const data = new Uint8Array(img.data.length);
	for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set(img.data.subarray((y * w + x) * 3, (y * w + x) * 3 + 3), (x * h + (h - 1 - y)) * 3);
	return { width: h, height: w, data };
}

/** Dark and light specks, as dust and the scanner's grain leave them. */
function speckle(img: Rgb, rate: number, random: () => number) {
	const n = Math.round(img.width * img.height * rate);
	for (let i = 0; i < n; i++) {
		const at = Math.floor(random() * img.width * img.height) * 3;
		const v = random() < 0.5 ? 40 : 235;
		img.data.fill(v, at, at + 3);
	}
}

/** The picture lit unevenly (ScanOptions.light): each pixel darkened by the light falling off across the page, a dark band at its left edge. */
function unevenlyLit(img: Rgb, light: { falloff?: number; edge?: number }, dpi: number) {
	const edge = Math.round(((light.edge ?? 0) * dpi) / 72);
	for (let y = 0; y < img.height; y++)
		for (let x = 0; x < img.width; x++) {
			const at = (y * img.width + x) * 3;
			const lit = x < edge ? 0.25 : 1 - (1 - (light.falloff ?? 1)) * (x / img.width);
			for (let c = 0; c < 3; c++) img.data[at + c] = Math.round(img.data[at + c] * lit);
		}
}

/** The picture bowed: each column moved down by `depth` pixels times sin(π x / width) (nearest pixel), paper where nothing was. */
function bowed(img: Rgb, depth: number): Rgb {
	const data = new Uint8Array(img.data.length).fill(255);
	for (let x = 0; x < img.width; x++) {
		const dy = Math.round(depth * Math.sin((Math.PI * x) / img.width));
		for (let y = 0; y < img.height; y++) {
			const sy = y - dy;
			if (sy >= 0 && sy < img.height) data.set(img.data.subarray((sy * img.width + x) * 3, (sy * img.width + x) * 3 + 3), (y * img.width + x) * 3);
		}
	}
	return { ...img, data };
}

const CRC = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc32 = (b: Uint8Array) => {
	let c = 0xffffffff;
	for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};

/** An RGB picture as PNG (8-bit, no filter), for pdf-lib to embed. */
export function encodePng(img: Rgb): Uint8Array {
	const raw = new Uint8Array((img.width * 3 + 1) * img.height);
	for (let y = 0; y < img.height; y++) raw.set(img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3), y * (img.width * 3 + 1) + 1);
	return rgbPng(img.width, img.height, raw);
}

/** A PNG file of 8-bit RGB rows already filtered (each row its filter byte, then its bytes), Adam7's passes in turn where `interlaced`. */
export function rgbPng(width: number, height: number, raw: Uint8Array, interlaced = false): Uint8Array {
	const chunk = (type: string, body: Uint8Array) => {
		const out = Buffer.alloc(12 + body.length);
		out.writeUInt32BE(body.length, 0);
		out.write(type, 4, 'latin1');
		out.set(body, 8);
		out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
		return out;
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 2, 0, 0, interlaced ? 1 : 0], 8);
	return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}
