/**
 * OCR results kept by what they were read from: the PDF's bytes (hashed), the page, the resolution and
 * the engine's version. The parse cache (server/parse-cache.ts) is keyed by the parser's code too, so a
 * code change re-parses every report; this one is not, so a rebuild never recognises a page twice. It
 * lives beside the parse cache (NIANBAO_CACHE_DIR) and can be shared between builds and machines.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { engineVersion } from './engine';

/** Bumped when what a page's result holds, or how it is read, changes (ocr-6: value columns at the rows' ends, labels pinned by their neighbours, digit shapes, rows placed by their centre; ocr-7: specks are no words, a doubled ruling ends no table; ocr-8: 表二's block titles read whole; ocr-9: a cell nothing read as a number is UNREAD_CELL, not "?"; labels at a table's first and last rows pinned by one neighbour, dropped text read again, digit slots wider, tables without rulings, an unread cell shown □ in its line's text, a page upside down turned; ocr-10: square and curly brackets left out of labels when matched, stray marks beside Chinese left out, a cell with a dozen stroke pixels holds ink; ocr-11: a 表二 block title with its 第 read twice, part titles a sixth off, paper flattened, pale rulings where a page has no black ones, cuts kept where half the rows have them, lines at their words' median bottom; ocr-12: paper measured on blocks, every page's rulings looked for in fainter ink too; ocr-13: a pinned label may be a stretch of the template's; ocr-14: a column its header names as a template's value column holds values; ocr-15: rulings under merged cells keep a table whole, a cell no ruling closes goes on below, value columns told by rows of numbers; ocr-16: a reading without the point its cell's ink holds stands on no confidence or shapes; ocr-17: a label read as its outline number alone is pinned by its neighbours; ocr-18: a bowed page's lines straightened; ocr-19: a picture enlarged by 1.7 or more reads its grey strokes as ink; ocr-22: no column of specks in tables without rulings, part titles a fifth off under their own number, numbered by their title or past a speck before their number, 表二's block titles through specks and cut ends; ocr-23: a word smeared over a line is no reading, its ink read again; a bracket read 《 before a numeral is round; ocr-24: rulings to the picture's edge, open sides and ends, a short table filling its picture; ocr-25: the page pass reads the ink's own greys; ocr-26: only a page out of focus so, skew to 10°, rows cut short get their lost cells; ocr-27: a number wrapped in its cell read line by line, each reading's count of glyphs; ocr-28: no mark in the margin beside a table's rows is prose, a 2008 part's row pinned under its own number). */
const FORMAT = 'ocr-28';

const dir = () => join(resolve(process.env.NIANBAO_CACHE_DIR || 'node_modules/.cache/nianbao'), 'ocr');
const hashes = new WeakMap<Uint8Array, string>();
const hashOf = (bytes: Uint8Array) => {
	if (!hashes.has(bytes)) hashes.set(bytes, createHash('sha256').update(bytes).digest('hex'));
	return hashes.get(bytes)!;
};

/** A page's OCR from the cache, or read now and stored. */
export function cachedPage<Page>(bytes: Uint8Array, page: number, read: () => Promise<Page>): Promise<{ result: Page; cached: boolean }> {
	return cached([hashOf(bytes), page], read);
}

/** A region of a page's OCR (a picture on a text page), by the PDF's hash, the page and the region. */
export function cachedRegion<Page>(bytes: Uint8Array, page: number, region: number[], read: () => Promise<Page>): Promise<{ result: Page; cached: boolean }> {
	return cached([hashOf(bytes), page, 'region', ...region], read);
}

/**
 * A picture's OCR (in a DOCX, a page, a text PDF) by its own bytes' hash: the same screenshot in two
 * documents, or a document edited around it, is recognised once.
 */
export function cachedPicture<Page>(bytes: Uint8Array, read: () => Promise<Page>): Promise<{ result: Page; cached: boolean }> {
	return cached([hashOf(bytes), 'picture'], read);
}

async function cached<Page>(what: (string | number)[], read: () => Promise<Page>): Promise<{ result: Page; cached: boolean }> {
	// Without Tesseract a blank page still reads (as blank); a page with ink then fails with its one-line error.
	const engine = (() => {
		try {
			return engineVersion();
		} catch {
			return 'none';
		}
	})();
	const key = createHash('sha256').update([FORMAT, engine, ...what].join('\n')).digest('hex').slice(0, 40);
	const file = join(dir(), key.slice(0, 2), `${key}.json`);
	try {
		return { result: JSON.parse(readFileSync(file, 'utf8')), cached: true };
	} catch {
		// not cached yet
	}
	const result = await read();
	mkdirSync(resolve(file, '..'), { recursive: true });
	const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(tmp, JSON.stringify(result));
	renameSync(tmp, file);
	return { result, cached: false };
}
