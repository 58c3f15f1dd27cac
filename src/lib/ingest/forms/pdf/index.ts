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
 */
export async function readPdf(bytes: Uint8Array): Promise<{ lines: SourceLine[]; dropped: string[] }> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({
		data: bytes.slice(),
		disableFontFace: true,
		isEvalSupported: false,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	const pages: PdfLine[][] = [];
	const offAxis: string[] = [];
	for (let p = 1; p <= doc.numPages; p++) {
		const page = await doc.getPage(p);
		const content = await page.getTextContent();
		const frame = readingFrame(content.items.filter((it): it is typeof it & RawItem => 'str' in it));
		pages.push(frame.groups.flatMap(groupLines));
		for (const s of frame.offAxis) offAxis.push(s);
		page.cleanup();
	}
	await doc.destroy();
	const { lines, dropped } = withoutFurniture(pages);
	return { lines: lines.map((l) => ({ text: l.text })), dropped: offAxis.length ? [...dropped, offAxis.join('')] : dropped };
}
