/**
 * What a metafile draws, as the PDF reader's positioned text runs (pdf/lines.ts Item: points, y up the
 * picture, at the baseline), shared by the EMF and WMF players.
 */
import type { Item } from '../pdf/lines';

/** A font as the metafile created it: its height in logical units, its angle in tenths of a degree, its character set. */
export interface Font {
	height: number;
	escapement: number;
	charset: number;
}

/** A metafile's text runs (but those at an angle); how many runs it draws as font glyph numbers, not characters; the bitmaps it draws, as picture files. */
export interface Drawn {
	items: Item[];
	glyphs: number;
	rasters: Uint8Array[];
}

/** The code page of a LOGFONT's character set ([MS-WMF] 2.1.1.5); a Chinese document's default (DEFAULT_CHARSET, 1) is GBK. */
const CODE_PAGES: Record<number, string> = { 0: 'windows-1252', 128: 'shift_jis', 129: 'euc-kr', 134: 'gbk', 136: 'big5', 161: 'windows-1253', 162: 'windows-1254', 177: 'windows-1255', 178: 'windows-1256', 186: 'windows-1257', 204: 'windows-1251', 222: 'windows-874', 238: 'windows-1250' };

/** Bytes of an ANSI string in the font's character set. */
export const decodeAnsi = (raw: Uint8Array, charset: number): string => new TextDecoder(CODE_PAGES[charset] ?? 'gbk').decode(raw);

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60\u3000-\u303f]/u;
const TA_RIGHT = 2;
const TA_CENTER = 6;
const TA_BOTTOM = 8;
const TA_BASELINE = 24;

/**
 * A run of text drawn at (x, y) in device points (y down) by a font `size` points high, `width` points
 * wide where its advances say (else a wide character an em, another half), placed by the text alignment
 * (TA_LEFT/RIGHT/CENTER, TA_TOP/BOTTOM/BASELINE) as a run in the PDF reader's frame. Null where it has no text.
 */
export function itemAt(str: string, x: number, y: number, size: number, width: number | null, align: number): Item | null {
	const chars = [...str.replace(/[\u0000-\u001f\u007f]/g, '')];
	const text = chars.join('').trim();
	if (!text) return null;
	const estimate = (cs: string[]) => cs.reduce((n, ch) => n + (WIDE.test(ch) ? size : size / 2), 0);
	const full = width ?? estimate(chars);
	// Spaces a spreadsheet pads a cell's text with are no part of it: the run starts at its first character.
	const lead = chars.findIndex((ch) => ch.trim() !== '');
	const before = (full * estimate(chars.slice(0, lead))) / (estimate(chars) || 1);
	const w = (full * estimate([...text])) / (estimate(chars) || 1);
	const start = (align & TA_CENTER) === TA_CENTER ? x - full / 2 : (align & TA_CENTER) === TA_RIGHT ? x - full : x;
	const left = start + before;
	const vertical = align & TA_BASELINE;
	// A baseline stands about 0.85 of the font's height below its top and 0.15 above its bottom.
	const baseline = vertical === TA_BASELINE ? y : vertical === TA_BOTTOM ? y - 0.15 * size : y + 0.85 * size;
	return { str: text, x: left, y: -baseline, width: w, size };
}
