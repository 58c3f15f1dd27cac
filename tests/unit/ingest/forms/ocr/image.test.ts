import { describe, expect, it } from 'vitest';
import { flattened, inkOf, outOfFocus, ruleInk, shadedInk, type Grey, type Ink } from '../../../../../src/lib/ingest/forms/ocr/image';

/** A page of paper (grey `paper`) with rectangles painted on it: [x, y, width, height, grey]. */
function page(width: number, height: number, paper: number, boxes: [number, number, number, number, number][]): Grey {
	const data = new Uint8Array(width * height).fill(paper);
	for (const [x, y, w, h, v] of boxes) for (let yy = y; yy < y + h; yy++) data.fill(v, yy * width + x, yy * width + x + w);
	return { width, height, data };
}
const inkAt = (ink: Ink, x: number, y: number) => ink.data[y * ink.width + x];

describe('ink and paper of a scanned page', () => {
	// A table's header row shaded grey (Word's 25% shading, 0.75), a character's strokes on it and on white.
	const shaded = page(400, 200, 255, [
		[50, 60, 300, 70, 190],
		[100, 80, 4, 30, 20],
		[100, 150, 4, 30, 20],
		[120, 92, 30, 4, 20]
	]);

	it('a shaded cell is paper and the strokes on it are ink, as on white', () => {
		const ink = inkOf(shaded);
		for (const [x, y] of [[60, 65], [200, 95], [340, 125], [55, 128]]) expect(inkAt(ink, x, y), `shade at ${x},${y}`).toBe(0);
		for (const [x, y] of [[101, 90], [101, 160], [130, 93]]) expect(inkAt(ink, x, y), `stroke at ${x},${y}`).toBe(1);
	});

	it('paper keeps its shade up to the shading\'s edge: no dark rim inside a shaded cell', () => {
		const flat = flattened(shaded);
		for (let x = 50; x < 350; x += 7) for (const y of [60, 61, 129]) expect(flat.data[y * 400 + x]).toBe(255);
	});

	it('a page darker towards one side, and a scanner\'s dark edge, are paper; text on them is ink', () => {
		const width = 600;
		const lit = page(width, 120, 255, [[0, 0, 30, 120, 50]]);
		for (let y = 0; y < 120; y++) for (let x = 30; x < width; x++) lit.data[y * width + x] = Math.round(255 * (1 - 0.45 * (x / width)));
		for (const x of [100, 500]) for (let y = 40; y < 80; y++) for (let dx = 0; dx < 4; dx++) lit.data[y * width + x + dx] = Math.round(lit.data[y * width + x + dx] * 0.15);
		const ink = inkOf(lit);
		for (const [x, y] of [[10, 60], [45, 10], [300, 20], [590, 100]]) expect(inkAt(ink, x, y), `paper at ${x},${y}`).toBe(0);
		for (const x of [101, 501]) expect(inkAt(ink, x, 60)).toBe(1);
	});

	it('a pale ruling (a spreadsheet\'s grey grid) is no text ink, but is ink to find rulings in', () => {
		const grid = page(300, 100, 255, [[20, 50, 260, 2, 204], [150, 10, 4, 40, 10]]);
		expect(inkAt(inkOf(grid), 100, 50)).toBe(0);
		expect(inkAt(ruleInk(grid), 100, 50)).toBe(1);
		expect(inkAt(ruleInk(grid), 151, 30)).toBe(1);
		expect(inkAt(ruleInk(grid), 100, 30)).toBe(0);
	});
});

describe('a page out of focus', () => {
	/** Strokes of black on white, 4 pixels wide with 6 between them, as a line of text at 300 dpi. */
	const sharp = page(400, 120, 255, Array.from({ length: 30 }, (_, i): [number, number, number, number, number] => [40 + 10 * i, 40, 4, 40, 0]));
	/** The same blurred: each pixel the mean of the 7 × 7 around it, so no stroke keeps a black core. */
	function blurred(g: Grey): Grey {
		const data = new Uint8Array(g.data.length);
		for (let y = 0; y < g.height; y++)
			for (let x = 0; x < g.width; x++) {
				let [sum, n] = [0, 0];
				for (let dy = -3; dy <= 3; dy++) for (let dx = -3; dx <= 3; dx++) {
					const [xx, yy] = [x + dx, y + dy];
					if (xx >= 0 && yy >= 0 && xx < g.width && yy < g.height) [sum, n] = [sum + g.data[yy * g.width + xx], n + 1];
				}
				data[y * g.width + x] = Math.round(sum / n);
			}
		return { ...g, data };
	}

	it('is told by its strokes: a sharp page\'s reach black, a blurred one\'s do not', () => {
		expect(outOfFocus(sharp, inkOf(sharp))).toBe(false);
		const soft = blurred(sharp);
		expect(outOfFocus(soft, inkOf(soft))).toBe(true);
	});

	it('is read in its ink\'s greys, its paper white: the strokes\' shading is kept where the threshold makes ink', () => {
		const g = blurred(sharp);
		const ink = inkOf(g);
		const shaded = shadedInk(g, ink);
		const flat = flattened(g);
		for (let i = 0; i < ink.data.length; i++) expect(shaded.data[i]).toBe(ink.data[i] ? flat.data[i] : 255);
		// The blur spread each stroke past its edge: that is ink, lighter than the stroke's core.
		const row = 60 * g.width;
		expect([ink.data[row + 41], ink.data[row + 44]]).toEqual([1, 1]);
		expect(shaded.data[row + 41]).toBeLessThan(shaded.data[row + 44]);
	});
});
