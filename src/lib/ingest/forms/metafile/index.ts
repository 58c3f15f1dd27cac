/**
 * A metafile picture (EMF, WMF: a table copied from Excel or Word and pasted as a picture, the preview of
 * an embedded worksheet) is drawing commands, not pixels: the text it draws is the agency's exact text, at
 * known positions. Its runs become lines by the PDF reader's line builder (pdf/lines.ts), as a text PDF's
 * do, and no OCR is needed. One that draws only a bitmap (a screenshot saved as a metafile) gives that
 * bitmap to OCR; one whose text is drawn as font glyph numbers cannot be read and is refused whole, as
 * reading the rest would shift a row's values into the wrong cells.
 */
import { groupLines, type PdfLine } from '../pdf/lines';
import type { PictureRefusal } from '../../problems';
import { emfDrawn, isEmf } from './emf';
import { isWmf, wmfDrawn } from './wmf';

export const isMetafile = (b: Uint8Array) => isEmf(b) || isWmf(b);

/** Text runs a metafile may draw to be read: a table pasted as a picture draws a few thousand at most (one a character); lines are built from no more. */
export const MAX_RUNS = 10_000;

export type MetafileReading = { lines: PdfLine[] } | { raster: Uint8Array } | { refused: PictureRefusal };

/** A metafile's text as lines, else its largest bitmap to read by OCR, else why it is not read. */
export function readMetafile(bytes: Uint8Array): MetafileReading {
	const kind = isEmf(bytes) ? 'EMF' : 'WMF';
	const drawn = kind === 'EMF' ? emfDrawn(bytes) : wmfDrawn(bytes);
	if (drawn.glyphs) return { refused: { why: 'not-decoded', message: `${kind} 图元文件的文字以字形编号绘制` } };
	if (drawn.items.length > MAX_RUNS) return { refused: { why: 'not-decoded', message: `${kind} 图元文件的文字多于 ${MAX_RUNS} 段，不是一张表格` } };
	if (drawn.items.length) return { lines: groupLines(drawn.items) };
	const raster = drawn.rasters.reduce<Uint8Array | null>((big, r) => (!big || r.length > big.length ? r : big), null);
	if (raster) return { raster };
	return { refused: { why: 'not-decoded', message: `${kind} 图元文件中没有文字或图像` } };
}
