import { describe, expect, it } from 'vitest';
import { bowOf, unbowed } from '../../../../../src/lib/ingest/forms/ocr/bow';
import { inkOf, type Grey } from '../../../../../src/lib/ingest/forms/ocr/image';
import { findGrids } from '../../../../../src/lib/ingest/forms/ocr/grid';

const [W, H] = [1600, 1200];

/**
 * A page of a ruled table (rulings 3 px thick every 60 px, cells with a block of "text" in each) and lines
 * of prose above it, each column moved down by `depth` × sin(π x / W): a sheet bowed on the glass.
 */
function page(depth: number): Grey {
	const data = new Uint8Array(W * H).fill(255);
	const ink = (x: number, y: number) => {
		const yy = y + Math.round(depth * Math.sin((Math.PI * x) / W));
		if (yy >= 0 && yy < H) data[yy * W + x] = 0;
	};
	for (let line = 0; line < 4; line++) for (let y = 80 + line * 50; y < 104 + line * 50; y++) for (let x = 200; x < 1400; x++) if ((x >> 4) % 3 !== 2 && (x + y) % 3) ink(x, y);
	for (let r = 0; r <= 12; r++) for (let y = 400 + r * 60; y < 403 + r * 60; y++) for (let x = 150; x < 1450; x++) ink(x, y);
	for (const x0 of [150, 600, 850, 1100, 1447]) for (let y = 400; y < 1123; y++) for (let x = x0; x < x0 + 3; x++) ink(x, y);
	for (let r = 0; r < 12; r++) for (const x0 of [200, 680, 930, 1180]) for (let y = 420 + r * 60; y < 440 + r * 60; y++) for (let x = x0; x < x0 + 60; x++) ink(x, y);
	return { width: W, height: H, data };
}

/** The rows a horizontal ruling of the picture covers at column x, near y. */
const ruleRowsAt = (g: Grey, x: number, near: number) => Array.from({ length: 41 }, (_, i) => near - 20 + i).filter((y) => g.data[y * W + x] === 0 && g.data[y * W + x + 5] === 0 && g.data[y * W + x - 5] === 0);

describe('bowOf and unbowed: a page bowed on the glass made straight', () => {
	it('finds no bow on a flat page, and leaves it as it is', () => {
		expect(bowOf(inkOf(page(0)))).toBeNull();
	});

	it('measures a bow of 20 px and moves each column back: every ruling lies along the same rows again, and the table is found', () => {
		const bowed = page(20);
		// Bowed, a ruling is a run of ink along two rows only mid-page, where it is near level: the table is found
		// as its middle two columns, its label column and its last lost.
		expect(findGrids(inkOf(bowed)).map((g) => g.rows[0].length)).toEqual([2]);
		const found = bowOf(inkOf(bowed));
		expect(found).not.toBeNull();
		const bow = found!.shift;
		// Measured from the middle strip: a quarter of the way in, the lines lie 20 × (1 − sin(π / 4)) ≈ 6 px above it.
		for (const x of [400, 1200]) expect(Math.abs(bow[x] - bow[800] + 20 * (1 - Math.sin(Math.PI / 4)))).toBeLessThanOrEqual(1);
		const straight = unbowed(bowed, bow, 255);
		const rows = [160, 500, 800, 1100, 1440].map((x) => ruleRowsAt(straight, x, 400 + Math.round(20 * Math.sin((Math.PI * 800) / W))));
		for (const r of rows) expect(Math.max(...r) - Math.min(...r)).toBeLessThanOrEqual(4);
		expect(Math.max(...rows.map((r) => r[0])) - Math.min(...rows.map((r) => r[0]))).toBeLessThanOrEqual(2);
		const grids = findGrids(inkOf(straight));
		expect(grids).toHaveLength(1);
		expect(grids[0].rows.map((r) => r.length)).toEqual(Array(12).fill(4));
		expect(grids[0].box).toMatchObject({ x: 150, width: 1299 });
	});

	it('bends nothing it did not measure: a page of scattered specks has no bow', () => {
		const data = new Uint8Array(W * H).fill(255);
		let seed = 3;
		for (let i = 0; i < 20000; i++) data[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % data.length] = 0;
		expect(bowOf(inkOf({ width: W, height: H, data }))).toBeNull();
	});
});
