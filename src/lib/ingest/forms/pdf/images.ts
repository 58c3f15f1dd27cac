/**
 * Pictures on a PDF page that has a text layer: a web page printed to PDF whose prose is text but whose
 * tables were pasted as screenshots. pdf.js's operator list says where each image is painted (the current
 * transform maps the unit square onto the page); a picture large enough to hold a table and without a
 * text layer of its own over it (a scan with an OCR text layer already says what it shows) is a region to
 * read by OCR. A few characters over a picture are no text layer of it: a scan whose pages a tool
 * numbered (- 1 -) or a site stamped (its address as a watermark) is read all the same. Regions are given
 * in the pixels of the page rendered at `scale`, as pdftoppm's -x -y -W -H crop.
 */
import { MIN_PICTURE, MAX_PICTURE_PIXELS } from '../ocr/picture';

/**
 * Characters of the text layer over a picture, per point of its height, that make a text layer of its
 * own: one every ten points (two a 20-point line). An A4 scan would need 84; its page number has 5, a
 * site's address stamped over it 18; an OCR layer holds hundreds.
 */
const OWN_TEXT_PER_POINT = 1 / 10;

/** A picture's place on the rendered page, in pixels from its top left, and its own size in pixels. */
export interface Region {
	x: number;
	y: number;
	width: number;
	height: number;
	pixels: { width: number; height: number };
	/** The picture's lowest y on the page, in points (the user space the text layer's lines are in): its lines are placed from it. */
	base: number;
}

/** The operator numbers this reader follows (pdf.js's OPS). */
interface Ops {
	save: number;
	restore: number;
	transform: number;
	paintImageXObject: number;
	paintInlineImageXObject: number;
	paintFormXObjectBegin: number;
	paintFormXObjectEnd: number;
}

type Matrix = number[];
const times = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[2] * n[1],
	m[1] * n[0] + m[3] * n[1],
	m[0] * n[2] + m[2] * n[3],
	m[1] * n[2] + m[3] * n[3],
	m[0] * n[4] + m[2] * n[5] + m[4],
	m[1] * n[4] + m[3] * n[5] + m[5]
];

/** What of a page the reader needs: its operators and its viewport (pdf.js's page proxy has both). */
export interface ImagePage {
	getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
	getViewport(o: { scale: number }): { width: number; height: number; convertToViewportRectangle(r: number[]): number[] };
}

/**
 * The page's pictures as regions of the page rendered at `scale` (a picture too small for a table, an
 * icon or a rule, is none), with the images too large to render named apart. `texts` are the centres of
 * the text layer's runs, in the page's user space, and their characters: a picture under a text layer of
 * its own is not read again. At most `limit`
 * images large enough for a table are looked at (each is checked against every run): a page of 100,000
 * pictures costs no more than one of `limit`, and the caller reads fewer than that and names the rest.
 */
export async function pictureRegions(page: ImagePage, ops: Ops, scale: number, texts: [number, number, number][], limit: number): Promise<{ regions: Region[]; tooLarge: Region[] }> {
	const { fnArray, argsArray } = await page.getOperatorList();
	const viewport = page.getViewport({ scale });
	const stack: Matrix[] = [];
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	const regions: Region[] = [];
	const tooLarge: Region[] = [];
	let looked = 0;
	for (let i = 0; i < fnArray.length && looked < limit; i++) {
		const [fn, args] = [fnArray[i], argsArray[i]];
		if (fn === ops.save) stack.push(ctm);
		else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
		else if (fn === ops.transform) ctm = times(ctm, args as Matrix);
		else if (fn === ops.paintFormXObjectBegin) {
			stack.push(ctm);
			if (Array.isArray(args[0])) ctm = times(ctm, args[0] as Matrix);
		} else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
		else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject) {
			const image = (fn === ops.paintImageXObject ? { width: args[1], height: args[2] } : args[0]) as { width: number; height: number };
			if (!(image?.width >= MIN_PICTURE.width && image.height >= MIN_PICTURE.height)) continue;
			looked++;
			const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([u, v]) => [ctm[0] * u + ctm[2] * v + ctm[4], ctm[1] * u + ctm[3] * v + ctm[5]]);
			const [ux0, uy0, ux1, uy1] = [Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1])), Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))];
			const over = texts.reduce((n, [x, y, chars]) => (x > ux0 && x < ux1 && y > uy0 && y < uy1 ? n + chars : n), 0);
			if (over > 0 && over >= (uy1 - uy0) * OWN_TEXT_PER_POINT) continue;
			const [a, b, c, d] = viewport.convertToViewportRectangle([ux0, uy0, ux1, uy1]);
			const x = Math.max(0, Math.floor(Math.min(a, c)));
			const y = Math.max(0, Math.floor(Math.min(b, d)));
			// Whole pixels (pdftoppm's crop takes integers): a page of 595.08 points is 2479.5 pixels at 300 dpi.
			const [right, bottom] = [Math.min(Math.floor(viewport.width), Math.ceil(Math.max(a, c))), Math.min(Math.floor(viewport.height), Math.ceil(Math.max(b, d)))];
			const region = { x, y, width: right - x, height: bottom - y, pixels: image, base: uy0 };
			// Drawn too small on the page to hold a table's text (a logo scaled down) is no table either.
			if (region.width < MIN_PICTURE.width || region.height < MIN_PICTURE.height) continue;
			(image.width * image.height > MAX_PICTURE_PIXELS ? tooLarge : regions).push(region);
		}
	}
	return { regions, tooLarge };
}
