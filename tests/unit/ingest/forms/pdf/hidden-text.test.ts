import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts, popGraphicsState, pushGraphicsState, setTextRenderingMode, TextRenderingMode } from 'pdf-lib';
import { onlyHiddenText } from '../../../../../src/lib/ingest/forms/pdf/hidden-text';

/** pdf.js's operator numbers, as the reader is given them. */
const OPS = { save: 10, restore: 11, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, setTextRenderingMode: 38, showText: 44, showSpacedText: 45, nextLineShowText: 46, nextLineSetSpacingShowText: 47 };
const page = (ops: [number, unknown[]][]) => ({ getOperatorList: async () => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }) });
const show: [number, unknown[]] = [OPS.showText, [[]]];
const mode = (m: number): [number, unknown[]] => [OPS.setTextRenderingMode, [m]];

describe('a page whose only text is hidden (a scan another program made searchable)', () => {
	it('is told by every shown text being invisible (mode 3, or 7: clip only)', async () => {
		expect(await onlyHiddenText(page([mode(3), show, [OPS.showSpacedText, [[]]], mode(7), show]), OPS)).toBe(true);
	});

	it('is not a page with any visible text, or with none at all', async () => {
		expect(await onlyHiddenText(page([mode(3), show, mode(0), show]), OPS)).toBe(false);
		expect(await onlyHiddenText(page([show]), OPS)).toBe(false);
		expect(await onlyHiddenText(page([]), OPS)).toBe(false);
	});

	it('follows the mode through saved and restored graphics state and form XObjects', async () => {
		// Invisible inside a saved state, visible again after it is restored.
		expect(await onlyHiddenText(page([[OPS.save, []], mode(3), show, [OPS.restore, []], show]), OPS)).toBe(false);
		// A form XObject inherits the invisible mode it is painted in.
		expect(await onlyHiddenText(page([mode(3), [OPS.paintFormXObjectBegin, []], show, [OPS.paintFormXObjectEnd, []], show]), OPS)).toBe(true);
	});

	it('reads a PDF written with invisible text as pdf.js gives its operators', async () => {
		const doc = await PDFDocument.create();
		const font = await doc.embedFont(StandardFonts.Helvetica);
		const hidden = doc.addPage([300, 300]);
		hidden.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
		hidden.drawText('2023 0 0 3', { x: 20, y: 200, size: 12, font });
		hidden.pushOperators(popGraphicsState());
		doc.addPage([300, 300]).drawText('2023 0 0 3', { x: 20, y: 200, size: 12, font });
		const { getDocument, OPS: ops } = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const pdf = await getDocument({ data: await doc.save(), verbosity: 0 }).promise;
		expect(await onlyHiddenText(await pdf.getPage(1), ops)).toBe(true);
		expect(await onlyHiddenText(await pdf.getPage(2), ops)).toBe(false);
		await pdf.destroy();
	});
});
