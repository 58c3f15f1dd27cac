/**
 * A scan made "searchable" as scanners, CamScanner, Acrobat and Tesseract's own PDF output make it:
 * another program's OCR laid over each page picture as invisible text (text rendering mode 3).
 */
import { PDFDocument, popGraphicsState, pushGraphicsState, setTextRenderingMode, TextRenderingMode } from 'pdf-lib';
import type { Model } from './forms';

/** The model as another program's OCR may read it: 表三's 0s read as 8 (a text layer no one checked). */
export const misreadModel = (m: Model): Model => ({ ...m, golden: { ...m.golden, t3: m.golden.t3.map((row) => row.map((v) => (v === 0 ? 8 : v))) } });

/** The scan with the pages of the text PDF `layer` laid over its pages, one for one, invisibly. */
export async function searchableScan(scan: Uint8Array, layer: Uint8Array): Promise<Uint8Array> {
	const doc = await PDFDocument.load(scan);
	const source = await PDFDocument.load(layer);
	const count = Math.min(doc.getPageCount(), source.getPageCount());
	const embedded = await doc.embedPdf(source, Array.from({ length: count }, (_, i) => i));
	embedded.forEach((text, i) => {
		const page = doc.getPage(i);
		page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
		page.drawPage(text, { x: 0, y: 0, xScale: page.getWidth() / text.width, yScale: page.getHeight() / text.height });
		page.pushOperators(popGraphicsState());
	});
	doc.setCreationDate(new Date(0));
	doc.setModificationDate(new Date(0));
	return doc.save();
}
