import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureHead, pngGrey } from '../../../../../src/lib/ingest/forms/ocr/picture-formats';
import { pictureGrey, readPictures, MAX_PICTURES } from '../../../../../src/lib/ingest/forms/ocr/picture';
import { quarterTurned, sideways } from '../../../../../src/lib/ingest/forms/ocr/upright';
import { inkOf, type Grey } from '../../../../../src/lib/ingest/forms/ocr/image';
import { encodePng, paperPdf, rgbPng, type Rgb } from '../../../../helpers/forms-scan';
import { tempFolders } from '../../../../helpers/temp-folders';
import { parseFile } from '../../../../../src/lib/parse';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderDocx, renderHtml } from '../../../../helpers/forms';
import { modelReference, outline } from '../../../../helpers/same-report';
import { modelPaperWithT3Picture, png, t3Block, tablePicture } from '../../../../helpers/forms-pictures';

/** Picture formats decoded, budgets kept and pictures turned upright: no recognition needed, so no Tesseract. */
const folder = tempFolders('nianbao-picture-budgets-');
process.env.NIANBAO_OCR_QUIET = '1';

/** A white RGB picture with a black bar: something to decode and compare. */
function bars(width: number, height: number): Rgb {
	const data = new Uint8Array(width * height * 3).fill(255);
	for (let y = Math.floor(height / 3); y < Math.floor(height / 2); y++) data.fill(0, y * width * 3 + 30, y * width * 3 + (width - 30) * 3);
	return { width, height, data };
}

/** A PNG's header alone, claiming a size: the budgets must refuse it before anything is decoded. */
function pngClaiming(width: number, height: number): Uint8Array {
	const head = Uint8Array.from(encodePng(bars(1, 1)).subarray(0, 33));
	new DataView(head.buffer).setUint32(16, width);
	new DataView(head.buffer).setUint32(20, height);
	return head;
}

/** A 24-bit BMP of the picture, rows bottom up. */
function bmp(img: Rgb): Uint8Array {
	const stride = Math.ceil((img.width * 3) / 4) * 4;
	const out = new Uint8Array(54 + stride * img.height);
	const v = new DataView(out.buffer);
	out.set([0x42, 0x4d]);
	[[2, out.length], [10, 54], [14, 40], [18, img.width], [22, img.height]].forEach(([at, n]) => v.setUint32(at, n, true));
	[[26, 1], [28, 24]].forEach(([at, n]) => v.setUint16(at, n, true));
	for (let y = 0; y < img.height; y++)
		for (let x = 0; x < img.width; x++) {
			const [at, from] = [54 + (img.height - 1 - y) * stride + 3 * x, 3 * (y * img.width + x)];
			[out[at], out[at + 1], out[at + 2]] = [img.data[from + 2], img.data[from + 1], img.data[from]];
		}
	return out;
}

/** A GIF of a black and white picture, LZW without growing its table (a clear code every few pixels), as simple encoders write. */
function gif(img: Rgb): Uint8Array {
	const codes: number[] = [];
	for (let i = 0; i < img.width * img.height; i++) {
		if (i % 2 === 0) codes.push(4);
		codes.push(img.data[3 * i] < 128 ? 1 : 0);
	}
	codes.push(5);
	const bytes: number[] = [];
	let [acc, bits] = [0, 0];
	for (const c of codes) {
		acc |= c << bits;
		bits += 3;
		for (; bits >= 8; bits -= 8, acc >>= 8) bytes.push(acc & 0xff);
	}
	if (bits) bytes.push(acc);
	const blocks: number[] = [];
	for (let i = 0; i < bytes.length; i += 255) blocks.push(Math.min(255, bytes.length - i), ...bytes.slice(i, i + 255));
	const [w, h] = [img.width, img.height];
	return new Uint8Array([...new TextEncoder().encode('GIF89a'), w & 255, w >> 8, h & 255, h >> 8, 0x81, 0, 0, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, w & 255, w >> 8, h & 255, h >> 8, 0, 2, ...blocks, 0, 0x3b]);
}

/**
 * The picture as an interlaced PNG (Adam7: seven passes, each a small picture of its own rows), each row
 * filtered by Up against the row above it in its own pass, as image libraries write "progressive" PNGs.
 */
function interlacedPng(img: Rgb): Uint8Array {
	const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
	const raw: number[] = [];
	for (const [x0, y0, dx, dy] of passes) {
		let prior: number[] = [];
		for (let y = y0; y < img.height && x0 < img.width; y += dy) {
			const row: number[] = [];
			for (let x = x0; x < img.width; x += dx) row.push(...img.data.subarray(3 * (y * img.width + x), 3 * (y * img.width + x) + 3));
			raw.push(2, ...row.map((v, i) => (v - (prior[i] ?? 0)) & 0xff));
			prior = row;
		}
	}
	return rgbPng(img.width, img.height, Uint8Array.from(raw), true);
}

const dark = (g: Grey) => g.data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);

describe('pictures in reports: formats, budgets, orientation', () => {
	it('decodes PNG, BMP and GIF here and JPEG through pdf.js to the same grey picture', async () => {
		const img = bars(240, 60);
		const dir = mkdtempSync(join(tmpdir(), 'nianbao-jpeg-'));
		let jpeg: Uint8Array;
		try {
			// poppler writes real-world PNG (filtered rows) and JPEG.
			execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-jpeg', '-', join(dir, 'p')], { input: await paperPdf([{ text: '二〇二三年' }]), stdio: ['pipe', 'ignore', 'ignore'] });
			jpeg = new Uint8Array(readFileSync(join(dir, readdirSync(dir)[0])));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		const expected = dark({ width: 240, height: 60, data: Uint8Array.from({ length: 240 * 60 }, (_, i) => img.data[3 * i]) });
		for (const bytes of [encodePng(img), bmp(img), gif(img)]) {
			const head = pictureHead(bytes)!;
			expect(head).toMatchObject({ width: 240, height: 60 });
			expect(dark(await pictureGrey(bytes, head))).toBe(expected);
		}
		const head = pictureHead(jpeg)!;
		expect(head.kind).toBe('jpeg');
		const grey = await pictureGrey(jpeg, head);
		expect([grey.width, grey.height]).toEqual([head.width, head.height]);
		expect(dark(grey)).toBeGreaterThan(0);
	});

	it('decodes an interlaced PNG (Adam7) to the same grey picture as the plain one', () => {
		// Bars and a gradient, 37 × 23 (no pass fills its last block), so each pixel's pass and place tell.
		const img = bars(37, 23);
		img.data.forEach((_, i) => i % 3 === 1 && (img.data[i] = (i * 7) & 0xff));
		const interlaced = interlacedPng(img);
		expect(pictureHead(interlaced)).toMatchObject({ kind: 'png', width: 37, height: 23 });
		expect(Array.from(pngGrey(interlaced).data)).toEqual(Array.from(pngGrey(encodePng(img)).data));
	});

	it('names every picture it does not read with a one-line reason (over 20 MB, over 40 megapixels, past the 30th, not decodable) and skips icons silently', async () => {
		process.env.NIANBAO_CACHE_DIR = folder();
		const huge = new Uint8Array(21 * 1048576);
		huge.set(encodePng(bars(300, 100)).subarray(0, 33));
		// Blank pictures are read without Tesseract (nothing on them); with deep.png, 31 pass the other budgets.
		const blank = (i: number) => encodePng({ width: 300, height: 100 + i, data: new Uint8Array(300 * (100 + i) * 3).fill(255) });
		const pictures = [
			{ name: 'huge.png', bytes: huge },
			{ name: 'vast.png', bytes: pngClaiming(8000, 6000) },
			{ name: 'icon.png', bytes: encodePng(bars(120, 30)) },
			{ name: 'note.txt', bytes: new TextEncoder().encode('not a picture') },
			// 36 megapixels of 16-bit RGBA: within the pixel budget, but 288 MB inflated.
			{ name: 'deep.png', bytes: Uint8Array.from(pngClaiming(6000, 6000), (v, i) => (i === 24 ? 16 : i === 25 ? 6 : v)) },
			...Array.from({ length: MAX_PICTURES }, (_, i) => ({ name: `blank${i}.png`, bytes: blank(i) }))
		];
		const { pages, problems } = await readPictures(pictures, 'a.html');
		expect(problems.map((p) => [p.detail.picture, p.detail.why])).toEqual([
			['huge.png', 'too-many-bytes'],
			['vast.png', 'too-many-pixels'],
			['note.txt', 'not-decoded'],
			['deep.png', 'not-decoded'],
			[`blank${MAX_PICTURES - 1}.png`, 'too-many-pictures']
		]);
		for (const p of problems) expect(p.message).not.toMatch(/\n/);
		expect(pages.filter((p) => p !== null)).toHaveLength(MAX_PICTURES - 1);
	});

	it('names a DOCX picture and a data: URI over 20 MB without decoding them, and reads the report\'s text', async () => {
		process.env.NIANBAO_CACHE_DIR = folder();
		const huge = new Uint8Array(21 * 1048576);
		huge.set(encodePng(bars(300, 100)).subarray(0, 33));
		const docx = (await parseFile(await renderDocx(MODEL, { picture: huge, width: 300, height: 100 }), 'shili-2023.docx')).report;
		const page = (await parseFile(new TextEncoder().encode(renderHtml(MODEL, `data:image/png;base64,${Buffer.from(huge).toString('base64')}`)), join(folder(), 'shili-2023.html'))).report;
		for (const report of [docx, page]) {
			expect(report.problems.filter((p) => p.code === 'picture-not-read').map((p) => p.detail.why)).toEqual(['too-many-bytes']);
			expect(outline(report)).toEqual(outline(modelReference));
		}
		// Nothing reached OCR.
		expect(readdirSync(process.env.NIANBAO_CACHE_DIR!)).not.toContain('ocr');
	});

	it('without Tesseract, a DOCX, a page and a text PDF with a table picture are still read: their text stays, the picture is named, its table unread', async () => {
		process.env.NIANBAO_CACHE_DIR = folder();
		const t3 = await tablePicture([t3Block(MODEL)], 100);
		const t3png = png(t3);
		process.env.NIANBAO_TESSERACT = '/nonexistent/tesseract';
		try {
			const reports = [
				(await parseFile(await renderDocx(MODEL, { picture: t3png, width: t3.width, height: t3.height }), 'shili-2023.docx')).report,
				(await parseFile(new TextEncoder().encode(renderHtml(MODEL, `data:image/png;base64,${Buffer.from(t3png).toString('base64')}`)), join(folder(), 'shili-2023.html'))).report,
				(await parseFile(await paperPdf(modelPaperWithT3Picture(MODEL, t3png)), 'shili-2023.pdf')).report
			];
			for (const report of reports) {
				expect(report.problems.filter((p) => p.code === 'picture-not-read').map((p) => [p.detail.why, p.message.includes('tesseract is not installed')])).toEqual([['failed', true]]);
				expect(outline(report).map((l) => l.split(' ')[0])).toEqual(outline(modelReference).map((l) => l.split(' ')[0]));
				expect(report.tables.find((t) => t.anchor === 't3')!.rows.filter((r) => !r.header).flatMap((r) => r.states ?? []).every((s) => s === 'unread')).toBe(true);
			}
		} finally {
			delete process.env.NIANBAO_TESSERACT;
		}
	});

	it('tells a page lying on its side from an upright one, and turns a picture by quarter turns without losing a pixel', () => {
		// Lines of text: characters 10 px wide 2 px apart (Chinese sets them on a grid), lines 12 px high 23 px apart.
		const page: Grey = { width: 600, height: 800, data: new Uint8Array(600 * 800).fill(255) };
		for (let line = 0; line < 20; line++) for (let y = 60 + line * 35; y < 72 + line * 35; y++) for (let x = 50; x < 550; x++) if ((x - 50) % 12 < 10) page.data[y * 600 + x] = 0;
		expect(sideways(inkOf(page))).toBe(false);
		const turned = quarterTurned(page, 1);
		expect([turned.width, turned.height]).toEqual([800, 600]);
		expect(sideways(inkOf(turned))).toBe(true);
		expect(quarterTurned(turned, 3)).toEqual(page);
	});
});
