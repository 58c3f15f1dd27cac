import { describe, expect, it } from 'vitest';
import type { Check, Table, TableRow } from '../../../src/lib/types';
import { chartBlocks, sharedMax } from '../../../src/lib/charts/blocks';
import { layoutBars } from '../../../src/lib/charts/bars';
import { cellFlags, checkSummary } from '../../../src/lib/checks/flags';
import { hashTarget } from '../../../src/lib/urls';

const R3 = '三、本年度办理结果';
const row = (anchor: string, label: string, path: string[], values: (number | null)[], header = false): TableRow => ({
	anchor,
	label,
	path,
	unit: header ? null : '件',
	values: header ? values.map(() => null) : values,
	...(header ? { header } : {})
});

/** A made-up 表三 with two columns (自然人, 总计): groups whose numbers sit in their sub-rows, and a 总计. */
const outcomes: Table = {
	anchor: 't3',
	title: '表三',
	columns: ['自然人', '总计'],
	section: null,
	source: '',
	rows: [
		row('t3-r3', R3, [], [], true),
		row('t3-r3-1', '(一)予以公开', [R3], [5, 6]),
		row('t3-r3-3', '(三)不予公开', [R3], [null, null], true),
		row('t3-r3-3-1', '1.属于国家秘密', [R3, '(三)不予公开'], [1, 1]),
		row('t3-r3-3-2', '2.保护第三方合法权益', [R3, '(三)不予公开'], [2, 3]),
		row('t3-r3-4', '(四)无法提供', [R3], [null, null], true),
		row('t3-r3-4-1', '1.本机关不掌握相关政府信息', [R3, '(四)无法提供'], [null, 10]),
		row('t3-r3-7', '(七)总计', [R3], [8, 20])
	]
};

describe('the outcome chart', () => {
	it('draws every group that makes up 总计, groups as the sum of their rows, and leaves 总计 out of the bars', () => {
		const [block] = chartBlocks(outcomes);
		expect(block.column).toBe('总计');
		expect(block.bars.map((b) => [b.label, b.value])).toEqual([
			['予以公开', 6],
			['不予公开（各项之和）', 4],
			['无法提供（各项之和）', 10]
		]);
		expect(block.total).toEqual({ anchor: 't3-r3-7', value: 20 });
	});

	it('shows the chosen column, and a group with a blank row as 未填报 rather than a partial sum', () => {
		const [block] = chartBlocks(outcomes, 0);
		expect(block.column).toBe('自然人');
		expect(block.bars.map((b) => b.value)).toEqual([5, 3, null]);
		expect(block.total?.value).toBe(8);
	});

	it('gives charts compared side by side one scale: a bar of 1 is not as long as a bar of 21', () => {
		const small = { id: 'a', title: 'a', unit: '件', column: '', bars: [{ anchor: 'x', label: 'x', value: 1 }, { anchor: 'y', label: 'y', value: 0 }] };
		const big = { ...small, id: 'b', bars: [{ anchor: 'z', label: 'z', value: 21 }, { anchor: 'w', label: 'w', value: 0 }] };
		const max = sharedMax([small, big]).get('件');
		expect(max).toBe(21);
		const one = layoutBars(small.bars, { max }).rows[0].width;
		const twentyOne = layoutBars(big.bars, { max }).rows[0].width;
		expect(one).toBeCloseTo(twentyOne / 21);
	});
});

describe('check status beside the number', () => {
	const fail: Check = {
		id: 't3.answered',
		status: 'fail',
		relation: 'sum',
		description: '总计 = 各项之和',
		total: 't3-r3-7',
		parts: ['t3-r3-1'],
		column: '总计',
		expected: 16,
		actual: 20,
		reason: ''
	};
	const blank: Check = { ...fail, id: 't3.blank', status: 'unverifiable', column: '自然人', expected: null };
	const pass: Check = { ...fail, id: 't3.ok', status: 'pass', column: '自然人' };

	it('flags the disputed total in its own column only', () => {
		const flags = cellFlags([fail, blank, pass], outcomes);
		expect([...flags.keys()]).toEqual(['t3-r3-7|1']);
		expect(flags.get('t3-r3-7|1')).toMatchObject({ status: 'fail', anchor: 't3.answered-总计' });
	});

	it('counts the checks that could be made and those that fail', () => {
		expect(checkSummary([fail, blank, pass])).toEqual({ total: 3, made: 2, failing: 1 });
	});
});

describe('the URL hash', () => {
	it('decodes an escaped id and takes a malformed one as written, without throwing', () => {
		expect(hashTarget('#t4-r1')).toBe('t4-r1');
		expect(hashTarget('#%E8%A1%A8')).toBe('表');
		expect(hashTarget('#%E0%A4%A')).toBe('%E0%A4%A');
		expect(hashTarget('')).toBe('');
	});
});

describe('rates in /compare/', () => {
	const point = (report: string, value: number | null) => ({ report, agency: report, agencyId: report, year: 2023, value, unit: '件', anchor: 't4-r1', label: '' });
	it('divides the part by the whole the template defines, per report, and gives null where there is no whole', async () => {
		const { rateSeries } = await import('../../../src/lib/charts/rates');
		const rates = rateSeries([point('a', 1), point('b', 0), point('c', null), point('d', 3)], [point('a', 4), point('b', 0), point('c', 5)]);
		expect(rates.map((p) => p.value)).toEqual([25, null, null, null]);
		expect(rates.every((p) => p.unit === '%')).toBe(true);
	});
});

describe('an indicator over years', () => {
	it('sums filled cells per year, counts blanks and failing checks, latest year first', async () => {
		const { yearSummaries } = await import('../../../src/lib/data/series');
		const p = (year: number, value: number | null, failing?: string) => ({ report: `r${year}${value}`, agency: null, agencyId: 'x', year, value, unit: '件', anchor: 'x', label: '', ...(failing ? { failing } : {}) });
		expect(yearSummaries([p(2023, 2), p(2023, null), p(2024, 5, 'c1')])).toEqual([
			{ year: '2024', reports: 1, filled: 1, sum: 5, failing: 1 },
			{ year: '2023', reports: 2, filled: 1, sum: 2, failing: 0 }
		]);
	});
});
