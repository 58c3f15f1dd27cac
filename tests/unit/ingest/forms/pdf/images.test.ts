import { describe, expect, it } from 'vitest';
import { pictureRegions, type ImagePage } from '../../../../../src/lib/ingest/forms/pdf/images';

/** pdf.js's operator numbers, as the reader is given them. */
const OPS = { save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageXObject: 85, paintInlineImageXObject: 86 };

/** An A4 page (595×842 points, unrotated) painting what `ops` say, as pdf.js's page proxy gives it. */
function page(ops: [number, unknown[]][]): ImagePage {
	return {
		getOperatorList: async () => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }),
		getViewport: ({ scale }) => ({ width: 595 * scale, height: 842 * scale, convertToViewportRectangle: ([x0, y0, x1, y1]) => [x0 * scale, (842 - y0) * scale, x1 * scale, (842 - y1) * scale] })
	};
}

/** An image of `w`×`h` pixels drawn `width`×`height` points with its lower left corner at (x, y). */
const drawn = (x: number, y: number, width: number, height: number, w: number, h: number): [number, unknown[]][] => [
	[OPS.save, []],
	[OPS.transform, [width, 0, 0, height, x, y]],
	[OPS.paintImageXObject, ['img', w, h]],
	[OPS.restore, []]
];

describe('pictures on a text PDF page: where OCR should look', () => {
	it('finds a table picture\'s crop at 300 dpi through the transforms (a form XObject\'s too), and its lowest y on the page', async () => {
		const ops: [number, unknown[]][] = [
			...drawn(43, 300, 509, 400, 1442, 1133),
			// Inside a form XObject moved 100 points up: its image lands higher on the page.
			[OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, 100], [0, 0, 595, 842]]],
			...drawn(43, 0, 300, 100, 900, 300),
			[OPS.paintFormXObjectEnd, []]
		];
		const { regions, tooLarge } = await pictureRegions(page(ops), OPS, 300 / 72, [], 31);
		expect(tooLarge).toEqual([]);
		const s = 300 / 72;
		expect(regions[0]).toEqual({ x: Math.floor(43 * s), y: Math.floor((842 - 700) * s), width: Math.ceil(552 * s) - Math.floor(43 * s), height: Math.ceil((842 - 300) * s) - Math.floor((842 - 700) * s), pixels: { width: 1442, height: 1133 }, base: 300 });
		expect(regions[1].base).toBe(100);
	});

	it('leaves a logo, a picture drawn too small, a picture under the text layer (a scan with OCR text), and names one over 40 megapixels', async () => {
		const ops = [...drawn(43, 780, 60, 40, 120, 80), ...drawn(43, 600, 40, 8, 1000, 200), ...drawn(0, 0, 595, 842, 2480, 3508), ...drawn(43, 100, 509, 300, 9000, 6000)];
		const { regions, tooLarge } = await pictureRegions(page(ops), OPS, 300 / 72, [[300, 400]], 31);
		expect(regions).toEqual([]);
		expect(tooLarge.map((r) => r.pixels)).toEqual([{ width: 9000, height: 6000 }]);
	});

	it('looks at no more pictures than it is asked for, however many the page paints (each is checked against every text run)', async () => {
		const ops = Array.from({ length: 100_000 }, (_, i) => drawn(43, 100 + (i % 500), 509, 300, 1442, 1133)).flat();
		const texts = Array.from({ length: 10_000 }, (_, i): [number, number] => [i % 40, 5]);
		const { regions } = await pictureRegions(page(ops), OPS, 300 / 72, texts, 31);
		expect(regions).toHaveLength(31);
	});
});
