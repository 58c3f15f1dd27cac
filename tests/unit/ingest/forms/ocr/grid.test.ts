import { describe, expect, it } from 'vitest';
import { besideGrid, findGrids } from '../../../../../src/lib/ingest/forms/ocr/grid';
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

	it('tells a mark in the margin level with a table\'s rows (a speck OCR read as 5 beside the rows it would cut apart) from one inside it or above it', () => {
		const grids = findGrids(table(xs, ys));
		expect(besideGrid({ x: 2, y: 150, width: 12, height: 20 }, grids)).toBe(true);
		expect(besideGrid({ x: 760, y: 280, width: 12, height: 12 }, grids)).toBe(true);
		expect(besideGrid({ x: 100, y: 100, width: 40, height: 30 }, grids)).toBe(false);
		// A page number under the table, or a heading above it, is not beside it.
		expect(besideGrid({ x: 380, y: 330, width: 30, height: 20 }, grids)).toBe(false);
		expect(besideGrid({ x: 2, y: 2, width: 30, height: 14 }, grids)).toBe(false);
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

	it('keeps a table whole over a ruling that spans only some of its columns (表四: the first column\'s name merged down two rows)', () => {
		const ink = table(xs, ys);
		// The ruling under the second row erased across the first column: its cell runs down two rows.
		for (let y = ys[2]; y < ys[2] + 3; y++) ink.data.fill(0, y * ink.width + xs[0] + 3, y * ink.width + xs[1]);
		const grids = findGrids(ink);
		// One table, not two and a ruling lost between them; the merged cell one cell, whole, down two rows.
		expect(grids).toHaveLength(1);
		expect(grids[0].rows.map((r) => r.length)).toEqual([4, 4, 3, 4]);
		const [merged, next] = [grids[0].rows[1][0], grids[0].rows[2][0]];
		expect(merged.x).toBeLessThan(xs[1]);
		expect(merged.y + merged.height).toBeGreaterThan(ys[3] - 6);
		expect(next.x).toBeGreaterThan(xs[1]);
	});

	it('takes a line of text across a cell at a ruling\'s height for no ruling closing it, and a ruling for one', () => {
		const ink = table(xs, ys);
		// Under the first column, the ruling's place crossed by text (strokes 4 of every 10 pixels) instead of a line.
		for (let y = ys[2]; y < ys[2] + 3; y++) {
			ink.data.fill(0, y * ink.width + xs[0] + 3, y * ink.width + xs[1]);
			for (let x = xs[0] + 10; x < xs[1] - 10; x += 10) ink.data.fill(1, y * ink.width + x, y * ink.width + x + 4);
		}
		expect(findGrids(ink)[0].rows.map((r) => r.length)).toEqual([4, 4, 3, 4]);
		expect(findGrids(table(xs, ys))[0].rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
	});

	it('finds a short table that fills its picture: two rows whose rulings stand further apart than an eighth of the picture\'s height (表四 pasted alone)', () => {
		const ink = { width: 2000, height: 160, data: new Uint8Array(2000 * 160) };
		const paint = (x: number, y: number, w: number, h: number) => {
			for (let yy = y; yy < y + h; yy++) ink.data.fill(1, yy * ink.width + x, yy * ink.width + x + w);
		};
		for (const y of [10, 80, 150]) paint(10, y, 1980, 3);
		for (let x = 10; x <= 1990; x += 132) paint(Math.min(x, 1987), 10, 3, 143);
		const [grid] = findGrids(ink);
		expect(grid.rows.map((r) => r.length)).toEqual([15, 15]);
	});

	it('still parts two tables one above the other, a heading between them', () => {
		const ink = table(xs, [...ys, 500, 570, 640]);
		// The rulings down the table stop at its last row; a heading's line of ink stands between the tables.
		for (let y = 303; y < 500; y++) for (const x of xs) ink.data.fill(0, y * ink.width + x, y * ink.width + x + 3);
		for (let x = 40; x < 400; x += 14) for (let y = 400; y < 430; y++) ink.data.fill(1, y * ink.width + x, y * ink.width + x + 8);
		expect(findGrids(ink).map((g) => g.rows.length)).toEqual([4, 2]);
	});
});

describe('tables cut from a spreadsheet\'s screenshot through its gridlines', () => {
	/** A table whose gridlines run to the picture's edges: rulings across at `ys` and down at `xs`, from edge to edge, and text boxes. */
	function sheet(xs: number[], ys: number[], text: [number, number, number, number][], size = { width: 800, height: 400 }): Ink {
		const data = new Uint8Array(size.width * size.height);
		const paint = (x: number, y: number, w: number, h: number) => {
			for (let yy = y; yy < y + h; yy++) data.fill(1, yy * size.width + x, yy * size.width + x + w);
		};
		for (const y of ys) paint(0, y, size.width, 2);
		for (const x of xs) paint(x, 0, 2, size.height);
		for (const b of text) paint(...b);
		return { ...size, data };
	}
	const xs = [30, 330, 430, 530, 630];
	const ys = [10, 50, 90, 130, 170, 210, 250, 290, 330];
	/** A word in the middle of each cell between the given column bounds and row bounds. */
	const words = (columns: number[], rows: number[]) =>
		rows.slice(1).flatMap((bottom, i) => columns.slice(1).map((right, k): [number, number, number, number] => [(columns[k] + right) / 2 - 10, (rows[i] + bottom) / 2 - 8, 20, 16]));

	it('finds a ruling that runs to the picture\'s edge, and reads the strip past the last ruling down, and the band below the last across, as a column and a row', () => {
		const [grid] = findGrids(sheet(xs, ys, words([...xs, 800], [...ys, 400])));
		// Five columns (the last closed by the edge), nine rows (the last by the bottom edge).
		expect(grid.rows.map((r) => r.length)).toEqual(Array(9).fill(5));
		expect(grid.rows.at(-1)![0].y).toBeGreaterThan(330);
	});

	it('takes no column where the strip past the last ruling is empty, and no row where the band below is', () => {
		const [grid] = findGrids(sheet(xs, ys, words(xs, ys)));
		expect(grid.rows.map((r) => r.length)).toEqual(Array(8).fill(4));
	});
});
