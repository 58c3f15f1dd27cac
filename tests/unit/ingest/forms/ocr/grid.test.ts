import { describe, expect, it } from 'vitest';
import { findGrids } from '../../../../../src/lib/ingest/forms/ocr/grid';
import type { Ink } from '../../../../../src/lib/ingest/forms/ocr/image';

/** Ink of a page with a ruled table: rulings 3 pixels thick at `ys` across and `xs` down, and other ink boxes [x, y, width, height]. */
function table(xs: number[], ys: number[], extra: [number, number, number, number][] = []): Ink {
	const [width, height] = [800, 1000];
	const data = new Uint8Array(width * height);
	const paint = (x: number, y: number, w: number, h: number) => {
		for (let yy = y; yy < y + h; yy++) data.fill(1, yy * width + x, yy * width + x + w);
	};
	for (const y of ys) paint(xs[0], y, xs[xs.length - 1] - xs[0] + 3, 3);
	for (const x of xs) paint(x, ys[0], 3, ys[ys.length - 1] - ys[0] + 3);
	for (const b of extra) paint(...b);
	return { width, height, data };
}

describe('tables found by their rulings', () => {
	const xs = [20, 420, 520, 620, 720];
	const ys = [20, 90, 160, 230, 300];

	it('cuts each row of a ruled table into its cells', () => {
		const [grid] = findGrids(table(xs, ys));
		expect(grid.rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
	});

	it('does not cut a row where only that row is dark from top to bottom (a digit between JPEG\'s blocks): its values keep their columns', () => {
		// A column of ink down the whole of the third row, inside its second cell.
		const [grid] = findGrids(table(xs, ys, [[470, 163, 4, 67]]));
		expect(grid.rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
		expect(grid.rows[2].map((c) => c.x)).toEqual(grid.rows[1].map((c) => c.x));
		// Nor is it erased as a ruling before recognition: it may be a stroke.
		expect(grid.rules.some((r) => r.width < 20 && r.x <= 471 && r.x + r.width >= 473)).toBe(false);
	});

	it('finds a thin ruling the text ink broke into dashes in ink a little darker than its paper', () => {
		const faint = table(xs, ys);
		const ink = table(xs, ys);
		// The ruling under the second row scanned faint: dashes of 12 pixels every 20 in the text ink.
		for (let x = xs[0] + 4; x < xs[4]; x += 20) for (let y = ys[2]; y < ys[2] + 3; y++) ink.data.fill(0, y * ink.width + x, y * ink.width + Math.min(x + 8, xs[4]));
		expect(findGrids(ink).flatMap((g) => g.rows).length).toBeLessThan(4);
		expect(findGrids(ink, faint)[0].rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
	});

	it('takes no ruling from the fainter ink where it is no line: a row of small dense text (ink above and below it)', () => {
		const ink = table(xs, ys);
		// A line of text across the third row: strokes 20 pixels tall, 6 apart; in the faint ink one row of it runs unbroken.
		for (let x = xs[0] + 10; x < xs[4] - 10; x += 10) for (let y = 185; y < 205; y++) ink.data.fill(1, y * ink.width + x, y * ink.width + x + 4);
		const faint = { ...ink, data: ink.data.slice() };
		faint.data.fill(1, 195 * faint.width + xs[0] + 10, 195 * faint.width + xs[4] - 10);
		expect(findGrids(ink, faint)[0].rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
	});

	it('keeps a merged cell\'s fewer cuts: a header over two columns', () => {
		const ink = table(xs, ys);
		// The ruling between the last two columns erased in the first row (a header merged across them).
		for (let y = ys[0] + 3; y < ys[1]; y++) ink.data.fill(0, y * ink.width + 620, y * ink.width + 623);
		const [grid] = findGrids(ink);
		expect(grid.rows.map((r) => r.length)).toEqual([3, 4, 4, 4]);
	});
});
