/**
 * A picture inside a report (a table pasted into Word or a page as a screenshot, an image in a text PDF)
 * read by the same path as a scanned page (index.ts): grey, turned upright (upright.ts) and straight,
 * its ruled tables cut into cells and recognised, its lines given back to be put where the picture stood.
 * Budgets keep one file from taking the build down: a picture too large is not decoded, an icon or a logo
 * too small to hold a table is not recognised, and a document's pictures past the 30th are left. Every
 * picture that could hold content and is not read is named in a `picture-not-read` problem.
 */
import { availableParallelism } from 'node:os';
import { bmpGrey, gifGrey, pictureHead, pngGrey, type PictureHead } from './picture-formats';
import { greyOfRgb, type Grey } from './image';
import { readGrey, type OcrPage } from '.';
import { cachedPicture } from './cache';
import { isMetafile, readMetafile } from '../metafile';
import { problem, type PictureRefusal } from '../../problems';
import type { Problem } from '../../../types';

export const MAX_PICTURE_BYTES = 20 * 1048576;
export const MAX_PICTURE_PIXELS = 40_000_000;
/** Smaller than this (either side) it is an icon, a logo or a rule: no table fits. */
export const MIN_PICTURE = { width: 200, height: 40 };
export const MAX_PICTURES = 30;

/** A picture to read: its bytes and where it came from, for the problem that names it. */
export interface Picture {
	bytes: Uint8Array;
	/** The picture's name as the document gives it (a file beside the page, word/media/image1.png, data:…). */
	name: string;
}

/** The refusal of a picture of `bytes` bytes, over MAX_PICTURE_BYTES. */
export const tooManyBytes = (bytes: number): PictureRefusal => ({ why: 'too-many-bytes', mb: Math.round(bytes / 104857.6) / 10, limit: MAX_PICTURE_BYTES / 1048576 });

/** Why a picture is not read, 'icon' where it is too small to hold a table (not worth a problem), or null to read it. */
export function refusal(p: Picture, head: PictureHead | null): PictureRefusal | 'icon' | null {
	if (p.bytes.length > MAX_PICTURE_BYTES) return tooManyBytes(p.bytes.length);
	if (!head) return { why: 'not-decoded', message: 'not PNG, JPEG, GIF or BMP' };
	if (head.kind === 'tiff') return { why: 'not-decoded', message: 'TIFF is not decoded, PNG, JPEG, GIF and BMP are' };
	if (head.width * head.height > MAX_PICTURE_PIXELS) return { why: 'too-many-pixels', width: head.width, height: head.height, limit: MAX_PICTURE_PIXELS };
	if (head.width < MIN_PICTURE.width || head.height < MIN_PICTURE.height) return 'icon';
	return null;
}

/**
 * A picture is read at the size a page-wide table has at 300 dpi (about 2,000 pixels across), the size the
 * grid's and Tesseract's settings are for: a screenshot taken at 96 dpi has digits too small to read (a
 * cell's "5" a few strokes of pixels), so a narrower picture is enlarged (bilinear), at most threefold.
 */
const READING_WIDTH = 2000;

export function atReadingSize(g: Grey): Grey {
	// Never past the pixel budget: a long narrow picture is enlarged less.
	const f = Math.min(3, READING_WIDTH / g.width, Math.sqrt(MAX_PICTURE_PIXELS / (g.width * g.height)));
	if (f <= 1.1) return g;
	const [width, height] = [Math.round(g.width * f), Math.round(g.height * f)];
	const data = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		const sy = Math.min(g.height - 1, (y + 0.5) / f - 0.5);
		const y0 = Math.max(0, Math.floor(sy));
		const [y1, dy] = [Math.min(g.height - 1, y0 + 1), Math.max(0, sy - y0)];
		for (let x = 0; x < width; x++) {
			const sx = Math.min(g.width - 1, (x + 0.5) / f - 0.5);
			const x0 = Math.max(0, Math.floor(sx));
			const [x1, dx] = [Math.min(g.width - 1, x0 + 1), Math.max(0, sx - x0)];
			const top = g.data[y0 * g.width + x0] * (1 - dx) + g.data[y0 * g.width + x1] * dx;
			const bottom = g.data[y1 * g.width + x0] * (1 - dx) + g.data[y1 * g.width + x1] * dx;
			data[y * width + x] = Math.round(top * (1 - dy) + bottom * dy);
		}
	}
	return { width, height, data };
}

/**
 * A picture enlarged to reading size and read. One enlarged by 1.7 or more (under about 1,180 pixels
 * across: a screenshot of a page at up to 140 dpi, of a table at up to about 180) has grey strokes
 * (`faint`, image.ts inkOf): a 宋体 page at 140 dpi read 150 of 175 without, 175 with. A page scanned at
 * 150 dpi and posted as a picture (1,240 pixels) is not: so read, it lost a part heading and 3 values.
 */
function readAtReadingSize(g: Grey): Promise<OcrPage> {
	const big = atReadingSize(g);
	return readGrey(big, 1, big.width >= 1.7 * g.width);
}

/** The picture as grey pixels (a seal's red as paper). */
export async function pictureGrey(bytes: Uint8Array, head: PictureHead): Promise<Grey> {
	if (head.kind === 'png') return pngGrey(bytes);
	if (head.kind === 'bmp') return bmpGrey(bytes);
	if (head.kind === 'gif') return gifGrey(bytes);
	const { JpegImage } = await import('pdfjs-dist/image_decoders/pdf.image_decoders.mjs');
	const jpeg = new JpegImage();
	jpeg.parse(bytes);
	return greyOfRgb(jpeg.width, jpeg.height, jpeg.getData({ width: jpeg.width, height: jpeg.height, forceRGB: true }), 3);
}

/** A picture's lines: read by OCR, or (`drawn`) the text a metafile draws, exact. */
export type ReadPicture = OcrPage & { drawn?: true };

/**
 * A document's pictures read, at most MAX_PICTURES of them by OCR, each by its bytes' hash from the OCR
 * cache or now (a metafile's text is read as drawn, not by OCR); `page` numbers them for the readings (verify.ts pairs readings within a page). Returns each
 * picture's lines (null where it is not read) and the problems naming the pictures not read; a picture
 * that fails gives its problem, never the document's failure.
 */
export async function readPictures(pictures: Picture[], file: string): Promise<{ pages: (ReadPicture | null)[]; problems: Problem[] }> {
	let read = 0;
	const turn = queue(Number(process.env.NIANBAO_OCR_JOBS) || Math.min(2, availableParallelism()));
	const notRead = (p: Picture, why: PictureRefusal) => ({ page: null, problem: problem('picture-not-read', { picture: p.name, ...why }) });
	const results = await Promise.all(
		pictures.map(async (given, i): Promise<{ page: ReadPicture | null; problem?: Problem }> => {
			let p = given;
			if (p.bytes.length <= MAX_PICTURE_BYTES && isMetafile(p.bytes)) {
				// A metafile's text is read as it is drawn, with no OCR; one that draws only a bitmap is that bitmap.
				const drawn = readMetafile(p.bytes);
				if ('refused' in drawn) return notRead(p, drawn.refused);
				if ('lines' in drawn) return { page: { lines: drawn.lines, readings: [], drawn: true } };
				p = { name: p.name, bytes: drawn.raster };
			}
			const head = pictureHead(p.bytes);
			const refused = refusal(p, head);
			if (refused) return refused === 'icon' ? { page: null } : notRead(p, refused);
			// Counted in the document's order (the map's callbacks run in turn up to their first wait); the
			// first picture past the budget is named, as the problem says the rest are not read either.
			if (++read > MAX_PICTURES) return read === MAX_PICTURES + 1 ? notRead(p, { why: 'too-many-pictures', limit: MAX_PICTURES }) : { page: null };
			try {
				const { result, cached } = await turn(() => cachedPicture(p.bytes, async () => readAtReadingSize(await pictureGrey(p.bytes, head!))));
				if (process.env.NIANBAO_OCR_QUIET !== '1') console.error(`nianbao ocr: ${file} picture ${p.name}: ${cached ? 'cached' : 'read'}, ${result.lines.length} lines`);
				// Each picture its own page for the readings, so rows of two pictures are never paired as one.
				return { page: { lines: result.lines, readings: result.readings.map((r) => ({ ...r, page: i + 1 })) } };
			} catch (e) {
				const message = (e as Error).message.split('\n')[0].replace(/^nianbao ocr: /, '');
				return notRead(p, { why: /tesseract/.test(message) ? 'failed' : 'not-decoded', message });
			}
		})
	);
	// Problems in the document's order, whichever picture finished first.
	return { pages: results.map((r) => r.page), problems: results.flatMap((r) => (r.problem ? [r.problem] : [])) };
}

/** Runs what it is given at most `jobs` at a time (Tesseract on both cores, not thirty processes at once). */
function queue(jobs: number) {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async <T>(job: () => Promise<T>): Promise<T> => {
		if (running >= jobs) await new Promise<void>((go) => waiting.push(go));
		running++;
		try {
			return await job();
		} finally {
			running--;
			waiting.shift()?.();
		}
	};
}
