import type { SourceLine } from '../../source';
import { groupLines, readingFrame, type PdfLine, type RawItem } from './lines';
import { withoutFurniture } from './furniture';

export { groupLines } from './lines';

/**
 * Lines of a PDF rebuilt from text positions (pdfjs-dist), page by page (ingest/forms/pdf/lines.ts: items into their
 * reading frame, grouped into lines by baseline and ordered by x, a gap of an em or more two spaces as
 * text tables space their cells), then the page furniture taken out (ingest/forms/pdf/furniture.ts: page numbers,
 * running headers, a table's header rows repeated on the next page). Table rows come out as label and
 * numbers on one line, whatever order the PDF stored them in. `dropped` lists what was taken out.
 * A page with no text at all (a scanned picture) is given to `ocrPage` (ocr.ts), if one is given.
 */
export async function readPdf(bytes: Uint8Array, ocrPage?: (page: number, of: number) => Promise<PdfLine[]>): Promise<{ lines: SourceLine[]; dropped: string[] }> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({
		data: bytes.slice(),
		disableFontFace: true,
		isEvalSupported: false,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	const pages: (PdfLine[] | Promise<PdfLine[]>)[] = [];
	const offAxis: string[] = [];
	for (let p = 1; p <= doc.numPages; p++) {
		const page = await doc.getPage(p);
		const content = await page.getTextContent();
		const frame = readingFrame(content.items.filter((it): it is typeof it & RawItem => 'str' in it));
		pages.push(ocrPage && frame.groups.length === 0 && frame.offAxis.length === 0 ? settled(ocrPage(p, doc.numPages)) : frame.groups.flatMap(groupLines));
		for (const s of frame.offAxis) offAxis.push(s);
		page.cleanup();
	}
	await doc.destroy();
	const { lines, dropped } = withoutFurniture(await Promise.all(pages));
	return { lines: lines.map((l) => (l.cells ? { text: l.text, cells: l.cells } : { text: l.text })), dropped: offAxis.length ? [...dropped, offAxis.join('')] : dropped };
}

/** A page being read by OCR while the next pages load: its failure is awaited with the rest, not unhandled. */
function settled<T>(pending: Promise<T>): Promise<T> {
	pending.catch(() => {});
	return pending;
}
