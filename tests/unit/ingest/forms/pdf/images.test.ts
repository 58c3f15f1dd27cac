import { describe, expect, it } from 'vitest';
import { pictureRegions, type ImagePage } from '../../../../../src/lib/ingest/forms/pdf/images';

/** pdf.js's operator numbers, as the reader is given them. */
const OPS = { save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageXObject: 85, paintInlineImageXObject: 86 };

/** An A4 page (595×842 points, unrotated, or as wide as `width`) painting what `ops` say, as pdf.js's page proxy gives it. */
function page(ops: [number, unknown[]][], width = 595): ImagePage {
	return {
		getOperatorList: async () => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }),
		getViewport: ({ scale }) => ({ width: width * scale, height: 842 * scale, convertToViewportRectangle: ([x0, y0, x1, y1]) => [x0 * scale, (842 - y0) * scale, x1 * scale, (842 - y1) * scale] })
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

	it('leaves a logo, a picture drawn too small, a picture under a text layer of its own (a scan with OCR text), and names one over 40 megapixels', async () => {
		const ops = [...drawn(43, 780, 60, 40, 120, 80), ...drawn(43, 600, 40, 8, 1000, 200), ...drawn(0, 0, 595, 842, 2480, 3508), ...drawn(43, 100, 509, 300, 9000, 6000)];
		const layer = Array.from({ length: 30 }, (_, i): [number, number, number] => [300, 420 + 12 * i, 20]);
		const { regions, tooLarge } = await pictureRegions(page(ops), OPS, 300 / 72, layer, 31);
		expect(regions).toEqual([]);
		expect(tooLarge.map((r) => r.pixels)).toEqual([{ width: 9000, height: 6000 }]);
	});

	it('reads a scanned page a tool numbered (- 1 -) or a site stamped (its address as a watermark): a few characters over a picture are no text layer of it', async () => {
		const scan = drawn(0, 0, 595, 842, 2480, 3508);
		for (const stamp of [[[297, 20, 3]], [[300, 400, 18]]] as [number, number, number][][]) expect((await pictureRegions(page(scan), OPS, 300 / 72, stamp, 31)).regions).toHaveLength(1);
	});

	it('crops in whole pixels on a page whose size at 300 dpi is not (595.08 points: 2479.5 pixels), as pdftoppm takes them', async () => {
		const { regions } = await pictureRegions(page(drawn(0, 0, 595.08, 842, 1653, 2339), 595.08), OPS, 300 / 72, [], 31);
		expect(regions.map((r) => [r.x, r.y, r.width, r.height].every(Number.isInteger))).toEqual([true]);
		expect(regions[0].width).toBe(2479);
	});

	it('looks at no more pictures than it is asked for, however many the page paints (each is checked against every text run)', async () => {
		const ops = Array.from({ length: 100_000 }, (_, i) => drawn(43, 100 + (i % 500), 509, 300, 1442, 1133)).flat();
		const texts = Array.from({ length: 10_000 }, (_, i): [number, number, number] => [i % 40, 5, 2]);
		const { regions } = await pictureRegions(page(ops), OPS, 300 / 72, texts, 31);
		expect(regions).toHaveLength(31);
	});
});
