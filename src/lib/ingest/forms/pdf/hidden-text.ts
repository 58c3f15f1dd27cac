/**
 * A scanned page made "searchable": a picture of the page with another program's OCR laid over it as
 * invisible text (text rendering mode 3, or 7: clip only), as scanners, CamScanner, Acrobat and Tesseract's
 * own PDF output make them. That text is a reading nobody checked (a 0 read as 8 in it would be published
 * as the agency's number), so such a page is read by OCR like a page without text, its numbers verified.
 */

/** The operator numbers this reader follows (pdf.js's OPS). */
export interface TextOps {
	save: number;
	restore: number;
	paintFormXObjectBegin: number;
	paintFormXObjectEnd: number;
	setTextRenderingMode: number;
	showText: number;
	showSpacedText: number;
	nextLineShowText: number;
	nextLineSetSpacingShowText: number;
}

/** Rendering modes that paint nothing: 3 invisible, 7 add to the clipping path only. */
const INVISIBLE = new Set([3, 7]);

/**
 * Whether a page shows text and all of it invisibly. The mode is graphics state: saved and restored with
 * it, and a form XObject's changes end with it. One pass over the page's operators.
 */
export async function onlyHiddenText(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }> }, ops: TextOps): Promise<boolean> {
	const { fnArray, argsArray } = await page.getOperatorList();
	const shows = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
	const saved: number[] = [];
	let mode = 0;
	let shown = false;
	for (let i = 0; i < fnArray.length; i++) {
		const fn = fnArray[i];
		if (fn === ops.save || fn === ops.paintFormXObjectBegin) saved.push(mode);
		else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) mode = saved.pop() ?? mode;
		else if (fn === ops.setTextRenderingMode) mode = Number(argsArray[i][0]);
		else if (shows.has(fn)) {
			if (!INVISIBLE.has(mode)) return false;
			shown = true;
		}
	}
	return shown;
}
