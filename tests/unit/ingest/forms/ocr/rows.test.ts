import { describe, expect, it } from 'vitest';
import { withCutCells } from '../../../../../src/lib/ingest/forms/ocr/rows';
import type { Box, Grid } from '../../../../../src/lib/ingest/forms/ocr/grid';

/** A row of cells at the given left edges and widths, `y` its top. */
const row = (y: number, cells: [number, number][]): Box[] => cells.map(([x, width]) => ({ x, y, width, height: 40 }));
const grid = (rows: Box[][]): Grid => ({ box: { x: 0, y: 0, width: 1000, height: 400 }, rows, rules: [] });
const columns: [number, number][] = [[0, 400], [405, 95], [505, 95], [605, 95]];

describe('a table\'s rows cut short of its edge', () => {
	it('are given the cells they lost, each named as cut', () => {
		const { grid: padded, cut } = withCutCells(grid([row(0, columns), row(45, columns.slice(0, 3)), row(90, columns.slice(0, 2))]));
		expect(padded.rows.map((r) => r.map((c) => c.x))).toEqual([[0, 405, 505, 605], [0, 405, 505, 605], [0, 405, 505, 605]]);
		// The lost cells stand in their own row's band, and only they are cut.
		expect([...cut].map((c) => [c.x, c.y])).toEqual([[605, 45], [505, 90], [605, 90]]);
	});

	it('leave a table whose rows all reach its edge as it was, merged cells and a ruling\'s width short included', () => {
		const rows = [row(0, [[0, 400], [405, 295]]), row(45, columns), row(90, [[0, 400], [405, 95], [505, 95], [605, 88]])];
		const { grid: same, cut } = withCutCells(grid(rows));
		expect(same.rows).toEqual(rows);
		expect(cut.size).toBe(0);
	});
});
