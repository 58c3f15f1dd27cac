import { describe, expect, it } from 'vitest';
import { alignedGrids } from '../../../../../src/lib/ingest/forms/ocr/aligned';
import { spans, type Ink } from '../../../../../src/lib/ingest/forms/ocr/image';
import type { OcrWord } from '../../../../../src/lib/ingest/forms/ocr/engine';

/** A made-up page: each line a row of text blocks (x, width) 30 px tall, lines 70 px apart, with the page pass's word for each block. */
function page(lines: [number, number, string][][]): { ink: Ink; words: OcrWord[] } {
	const [width, height] = [1200, 100 + 70 * lines.length];
	const data = new Uint8Array(width * height);
	const words: OcrWord[] = [];
	lines.forEach((blocks, i) => {
		const y = 50 + 70 * i;
		for (const [x, w, text] of blocks) {
			for (let r = y; r < y + 30; r++) data.fill(1, r * width + x, r * width + x + w);
			words.push({ text, x, y, width: w, height: 30, conf: 90, line: `1.${i}.1` });
		}
	});
	return { ink: { width, height, data }, words };
}

const row = (label: string, unit: string, value: string): [number, number, string][] => [[100, 300, label], [700, 30, unit], [1000, 60, value]];

describe('tables without rulings, by their columns\' alignment', () => {
	it('cuts a run of lines whose gaps line up into a grid of rows and columns, a group heading of one column among them', () => {
		const { ink, words } = page([[[100, 500, '本年度情况见下表。']], [[100, 80, '指标'], [700, 60, '单位'], [1000, 60, '数量']], row('(一)收到申请数', '件', '149'), [[100, 260, '(二)申请办结数']], row('1.按时办结数', '件', '149'), row('2.延期办结数', '件', '0')]);
		const grids = alignedGrids(ink, [], words);
		expect(grids).toHaveLength(1);
		// The prose line above is not the table's; the header and every row after it are, one column or three.
		expect(grids[0].rows).toHaveLength(5);
		expect(grids[0].rows.every((r) => r.length === 3)).toBe(true);
		// Each cell holds its column's text, clear of the cell's borders.
		const [, unit, value] = grids[0].rows[1];
		expect(unit.x).toBeLessThan(700);
		expect(unit.x + unit.width).toBeGreaterThan(730);
		expect(value.x).toBeLessThan(1000);
		expect(value.x + value.width).toBeGreaterThan(1060);
		expect(grids[0].rules).toEqual([]);
	});

	it('finds no table in prose, nor in one line of two columns', () => {
		const prose = page([[[100, 1000, '正文']], [[100, 1000, '正文']], [[100, 600, '正文']], [[100, 400, '示例市测试局'], [900, 200, '2024年1月20日']]]);
		expect(alignedGrids(prose.ink, [], prose.words)).toEqual([]);
	});

	it('takes no speck of dust beside a line of prose for a column (a scan at 100 dpi, its specks enlarged threefold)', () => {
		const prose = page([[[300, 800, '正文']], [[300, 800, '正文']], [[300, 600, '正文']], [[300, 700, '正文']]]);
		// Specks of 4 × 4 pixels far left and far right of each line, a line height and a half and more from its ink.
		for (let i = 0; i < 4; i++)
			for (const x of [40, 1150]) for (let r = 60 + 70 * i; r < 64 + 70 * i; r++) prose.ink.data.fill(1, r * prose.ink.width + x, r * prose.ink.width + x + 4);
		expect(alignedGrids(prose.ink, [], prose.words)).toEqual([]);
	});

	it('starts another table at a header after rows (表二\'s blocks one under another, each with its own columns)', () => {
		const { ink, words } = page([
			[[100, 120, '信息内容'], [500, 180, '本年制发件数'], [750, 180, '本年废止件数'], [1000, 180, '现行有效件数']],
			[[100, 60, '规章'], [580, 20, '0'], [830, 20, '0'], [1080, 20, '3']],
			[[100, 220, '第二十条第(五)项']],
			[[100, 120, '信息内容'], [650, 240, '本年处理决定数量']],
			[[100, 120, '行政许可'], [730, 80, '1234']]
		]);
		const grids = alignedGrids(ink, [], words);
		expect(grids.map((g) => [g.rows.length, g.rows[0].length])).toEqual([
			[2, 4],
			[2, 2]
		]);
	});

	it('takes a group heading atop a run of rows for the table\'s (the table runs on from the page before), a title above its header not', () => {
		const continued = page([[[100, 300, '三、依申请公开情况']], row('(一)收到申请数', '件', '149'), row('1.当面申请数', '件', '10')]);
		expect(alignedGrids(continued.ink, [], continued.words)[0].rows).toHaveLength(3);
		const titled = page([[[100, 400, '二、政府信息公开情况统计表']], [[100, 80, '指标'], [700, 60, '单位'], [1000, 60, '数量']], row('(一)收到申请数', '件', '149')]);
		expect(alignedGrids(titled.ink, [], titled.words)[0].rows).toHaveLength(2);
	});
});

describe('spans: runs of positions, joined across short gaps', () => {
	it('joins a position at most `join` past the last one of a run, and starts a new run past that', () => {
		const on = (xs: number[]) => (i: number) => xs.includes(i);
		expect(spans(12, on([1, 2, 4, 8, 9, 11]), 2)).toEqual([[1, 4], [8, 11]]);
		expect(spans(12, on([1, 2, 4, 8, 9, 11]), 1)).toEqual([[1, 2], [4, 4], [8, 9], [11, 11]]);
		expect(spans(5, () => false, 3)).toEqual([]);
	});
});
