import { describe, expect, it } from 'vitest';
import { flattened, inkOf, ruleInk, type Grey, type Ink } from '../../../../../src/lib/ingest/forms/ocr/image';

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
