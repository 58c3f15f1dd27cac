import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { pairCuts, settlePairs, MAX_STEPS } from '../../../../../src/lib/ingest/tables/2008/two-column-split';
import { PROVINCE_GOLDEN, provinceReport } from '../../../../fixtures/collapsed2008/province';
import { walk } from '../../../../helpers/seed';

const parse = (text: string) => parseReport(text, 'shili-sheng-2009.txt').report;

describe('a 2008-era table of two value columns (年度 | 历年累计) in collapsed text, cells run together', () => {
	it('reads every row the sums and 历年累计 ≥ 年度 leave one cut for, in both columns', () => {
		const report = parse(provinceReport());
		expect(report.tables).toHaveLength(1);
		const [table] = report.tables;
		expect(table.columns).toEqual(['年度', '历年累计']);
		expect(table.title).toBe('政府信息公开情况统计表');
		expect(table.rows.map((r) => [r.label, r.values])).toEqual(PROVINCE_GOLDEN);
	});

	it('leaves a row no sum decides unread, never a guess, and names it in the problems', () => {
		const report = parse(provinceReport());
		const row = report.tables[0].rows.find((r) => r.label === '行政诉讼数')!;
		expect(row.values).toEqual([null, null]);
		expect(report.problems.map((p) => [p.code, p.detail.row, p.detail.text])).toEqual([['row-cells-run-together', '行政诉讼数', '1234']]);
	});

	it("never makes the table's rows into headings of the outline", () => {
		const titles = walk(parse(provinceReport()).sections).map((s) => `${s.number}${s.title}`);
		expect(titles).toEqual(['一、概述', '二、主动公开政府信息情况', '三、依申请公开政府信息情况', '四、政府信息公开的收费及减免情况', '五、因政府信息公开申请行政复议、提起行政诉讼的情况', '六、存在的主要问题及改进措施', '七、其他需要报告的事项']);
	});

	it('leaves a whole group unread when its sums allow two cuts', () => {
		const rows = '主动公开文件数条3456其中：1、政府网站公开数条1223 2、政府公报公开数条2233 收到申请数件12 行政复议数件02 行政诉讼数件01';
		const report = parse(provinceReport(rows));
		const values = Object.fromEntries(report.tables[0].rows.map((r) => [r.label, r.values]));
		// 3456 = 3|456 or 34|56; 1223 = 1|223, 12|23, 122|3✗; 2233 = 2|233, 22|33: 3|456 = 1|223 + 2|233, and 34|56 = 12|23 + 22|33.
		expect(values['主动公开文件数']).toEqual([null, null]);
		expect(values['其中:1、政府网站公开数']).toEqual([null, null]);
		expect(values['收到申请数']).toEqual([1, 2]);
		expect(report.problems.filter((p) => p.code === 'row-cells-run-together').map((p) => p.detail.row)).toEqual(['主动公开文件数', '其中:1、政府网站公开数', '2、政府公报公开数']);
	});
});

describe('the two-column splitter is bounded', () => {
	it('cuts a run of digits only where both parts are written numbers and 历年累计 ≥ 年度', () => {
		expect(pairCuts('120534567')).toEqual([
			[1, 20534567],
			[120, 534567],
			[1205, 34567]
		]);
		expect(pairCuts('01')).toEqual([[0, 1]]);
		expect(pairCuts('10')).toEqual([]);
	});

	it('gives up a group whose combinations pass its step cap, leaving its rows unread', () => {
		const digits = '1'.repeat(12) + '9'.repeat(12);
		const rows = Array.from({ length: 12 }, () => ({ digits }));
		// Each row has 12 cuts (1…1 | 9…9, as many ones as nines or fewer): 12^12 combinations, far past MAX_STEPS.
		expect(pairCuts(digits)).toHaveLength(12);
		expect(MAX_STEPS).toBeLessThan(12 ** 12);
		const { values, unsettled } = settlePairs(rows, [{ total: 0, parts: rows.slice(1).map((_, i) => i + 1) }]);
		expect(unsettled).toHaveLength(12);
		expect(values.every((v) => v[0] === null && v[1] === null)).toBe(true);
	});
});
