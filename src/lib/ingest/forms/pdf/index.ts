import type { SourceLine } from '../../source';
import { groupLines, readingFrame, type PdfLine, type RawItem } from './lines';
import { withoutFurniture } from './furniture';
import { pictureRegions, type Region } from './images';
import { onlyHiddenText } from './hidden-text';
import { DPI } from '../ocr';
import { MAX_PICTURE_PIXELS, MAX_PICTURES } from '../ocr/picture';
import { problem } from '../../problems';
import type { Problem } from '../../../types';

export { groupLines } from './lines';

/** What reads a PDF's pictures (ocr/index.ts OcrSession): a page without text whole, a picture on a text page by its region. */
export interface PdfOcr {
	page(p: number, of: number): Promise<PdfLine[]>;
	region(p: number, of: number, region: Region): Promise<PdfLine[]>;
}

/**
 * Lines of a PDF rebuilt from text positions (pdfjs-dist), page by page (ingest/forms/pdf/lines.ts: items into their
 * reading frame, grouped into lines by baseline and ordered by x, a gap of an em or more two spaces as
 * text tables space their cells), then the page furniture taken out (ingest/forms/pdf/furniture.ts: page numbers,
 * running headers, a table's header rows repeated on the next page). Table rows come out as label and
 * numbers on one line, whatever order the PDF stored them in. `dropped` lists what was taken out.
 * With `ocr`, a page with no text at all (a scanned picture), or only invisible text over its picture (a
 * scan another program made searchable: hidden-text.ts), is read by OCR whole, and the pictures on a
 * page with text (tables pasted as screenshots, images.ts) by their regions, their lines placed by their
 * height on the page among the text's; pictures past MAX_PICTURES, or too large, are named in `problems`.
 */
export async function readPdf(bytes: Uint8Array, ocr?: PdfOcr): Promise<{ lines: SourceLine[]; dropped: string[]; problems: Problem[] }> {
	const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({
		data: bytes.slice(),
		disableFontFace: true,
		isEvalSupported: false,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	const pages: (PdfLine[] | Promise<PdfLine[]>)[] = [];
	const offAxis: string[] = [];
	const problems: Problem[] = [];
	let pictures = 0;
	let overBudget = false;
	let hiddenPages = 0;
	// An image XObject's dictionary is never inside a compressed object stream (streams cannot be): a PDF
	// without "/Subtype /Image" in its bytes has no picture to look for, and its pages' operators are not built.
	const hasImages = ocr !== undefined && /\/Subtype\s*\/Image\b/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
	// Pictures that fail are named by page, in the document's order whichever finished first.
	const failures: Problem[][] = [];
	const failed = (p: number) => (e: Error) => (failures[p] ??= []).push(problem('picture-not-read', { picture: `page ${p}`, why: 'failed', message: e.message.split('\n')[0].replace(/^nianbao ocr: /, '') }));
	for (let p = 1; p <= doc.numPages; p++) {
		const page = await doc.getPage(p);
		const content = await page.getTextContent();
		const items = content.items.filter((it): it is typeof it & RawItem => 'str' in it);
		const frame = readingFrame(items);
		const text = frame.groups.flatMap(groupLines);
		const blank = frame.groups.length === 0 && frame.offAxis.length === 0;
		// A scan laid with another program's invisible OCR text is read as a scan: that text is nobody's checked reading.
		const hidden = ocr !== undefined && hasImages && !blank && (await onlyHiddenText(page, OPS));
		if (hidden) hiddenPages++;
		if (ocr && (blank || hidden)) pages.push(settled(ocr.page(p, doc.numPages)));
		else if (ocr && hasImages && !overBudget) {
			const centres = items.filter((it) => it.str.trim() !== '').map((it): [number, number, number] => [it.transform[4] + it.width / 2, it.transform[5], it.str.replace(/\s/g, '').length]);
			// One past what may still be read: enough to name the first picture over the budget.
			const { regions, tooLarge } = await pictureRegions(page, OPS, DPI / 72, centres, MAX_PICTURES - pictures + 1);
			for (const r of tooLarge) problems.push(problem('picture-not-read', { picture: `page ${p}`, why: 'too-many-pixels', width: r.pixels.width, height: r.pixels.height, limit: MAX_PICTURE_PIXELS }));
			const read = regions.slice(0, Math.max(0, MAX_PICTURES - pictures));
			pictures += regions.length;
			// The first picture past the budget is named; the problem says the rest are not read either.
			const first = regions[read.length];
			if (first) problems.push(problem('picture-not-read', { picture: `page ${p} (${first.pixels.width}×${first.pixels.height})`, why: 'too-many-pictures', limit: MAX_PICTURES }));
			overBudget = first !== undefined;
			pages.push(read.length ? settled(withPictures(text, frame.groups.length, read.map((r) => ocr.region(p, doc.numPages, r)), failed(p))) : text);
		} else pages.push(text);
		if (!hidden) for (const s of frame.offAxis) offAxis.push(s);
		page.cleanup();
	}
	await doc.destroy();
	const { lines, dropped } = withoutFurniture(await Promise.all(pages));
	for (const p of failures.flat()) problems.push(p);
	if (hiddenPages) problems.push(problem('hidden-text-layer', { pages: hiddenPages }));
	return { lines: lines.map((l) => (l.cells ? { text: l.text, cells: l.cells } : { text: l.text })), dropped: offAxis.length ? [...dropped, offAxis.join('')] : dropped, problems };
}

/**
 * A text page's lines with its pictures' lines among them by their height on the page (of an unrotated
 * page: on a page turned by /Rotate they may stand out of order). A page whose
 * text stands in frames turned apart (a sideways table) keeps its order and has the pictures' lines after.
 */
async function withPictures(text: PdfLine[], frames: number, pictures: Promise<PdfLine[]>[], failed: (e: Error) => void): Promise<PdfLine[]> {
	// A picture that fails (Tesseract missing) is named; the page's text stays.
	const read = (await Promise.allSettled(pictures)).flatMap((r) => (r.status === 'fulfilled' ? r.value : (failed(r.reason as Error), [])));
	return frames > 1 ? [...text, ...read] : [...text, ...read].sort((a, b) => b.y - a.y);
}

/** A page being read by OCR while the next pages load: its failure is awaited with the rest, not unhandled. */
function settled<T>(pending: Promise<T>): Promise<T> {
	pending.catch(() => {});
	return pending;
}
