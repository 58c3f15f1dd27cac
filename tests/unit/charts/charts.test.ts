import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../../src/lib/charts/bars';
import { chartBlocks } from '../../../src/lib/charts/blocks';
import { seedReport } from '../../helpers/search';

const round = (n: number) => Math.round(n * 1000) / 1000;

describe('bar layout', () => {
	it('scales bars to the largest value over 82% of the width', () => {
		const l = layoutBars([
			{ anchor: 'a', label: '当面', value: 10 },
			{ anchor: 'b', label: '传真', value: 0 },
			{ anchor: 'c', label: '网络', value: 139 }
		]);
		expect(l.rows.map((r) => round(r.width))).toEqual([round((10 / 139) * 0.82), 0, 0.82]);
		expect(l.rows.map((r) => r.text)).toEqual(['10', '0', '139']);
		expect(l.rows.map((r) => [r.labelY, r.barY])).toEqual([[17, 22], [65, 70], [113, 118]]);
		expect(l.height).toBe(3 * 48 - 8);
	});

	it('draws null as 未填报, never as a bar', () => {
		const l = layoutBars([
			{ anchor: 'a', label: '申请办结数', value: null },
			{ anchor: 'b', label: '申请答复数', value: 149 }
		]);
		expect(l.rows[0]).toMatchObject({ isNull: true, text: '未填报', width: 0 });
		expect(l.rows[1].width).toBe(0.82);
	});

	it('keeps an all-zero chart flat instead of dividing by zero', () => {
		const l = layoutBars([
			{ anchor: 'a', label: 'x', value: 0 },
			{ anchor: 'b', label: 'y', value: 0 }
		]);
		expect(l.rows.map((r) => r.width)).toEqual([0, 0]);
	});
});

describe('chart blocks of the seed table', () => {
	const blocks = chartBlocks(seedReport().tables[0]);
	const find = (title: string) => blocks.find((b) => b.title === title)!;

	it('draws 依申请公开 by channel, from the rows under 收到申请数', () => {
		expect(find('收到申请数').bars.map((b) => [b.label, b.value])).toEqual([
			['当面申请数', 10],
			['传真申请数', 0],
			['网络申请数', 139],
			['信函申请数', 0]
		]);
	});

	it('draws the outcomes of 申请答复数, 行政复议 and 行政诉讼', () => {
		expect(find('申请答复数').bars).toHaveLength(8);
		expect(find('行政复议数量').bars.map((b) => b.value)).toEqual([0, 3, 0]);
		expect(find('行政诉讼数量').bars.map((b) => b.value)).toEqual([14, 1, 2]);
	});

	it('splits a block whose rows have different units, and skips single bars', () => {
		const meetings = blocks.filter((b) => b.title === '政府信息公开会议和培训情况');
		expect(meetings.map((b) => [b.unit, b.bars.length])).toEqual([['次', 2]]);
		expect(blocks.every((b) => b.bars.length >= 2)).toBe(true);
	});

	it('links every bar to its row', () => {
		const anchors = new Set(seedReport().tables[0].rows.map((r) => r.anchor));
		expect(blocks.flatMap((b) => b.bars).every((b) => anchors.has(b.anchor))).toBe(true);
	});
});

describe('bar labels', () => {
	it('cut a label too long for a phone-wide chart, keeping the full one', () => {
		const label = '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
		const [row] = layoutBars([{ anchor: 'a', label, value: 1 }]).rows;
		expect([...row.shortLabel]).toHaveLength(22);
		expect(row.shortLabel.endsWith('…')).toBe(true);
		expect(row.label).toBe(label);
		expect(layoutBars([{ anchor: 'b', label: '当面申请数', value: 1 }]).rows[0].shortLabel).toBe('当面申请数');
	});
});
