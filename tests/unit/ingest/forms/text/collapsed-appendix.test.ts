import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { cuts, settleBySums } from '../../../../../src/lib/ingest/tables/run-together';
import { unbar } from '../../../../../src/lib/ingest/forms/text/collapsed';
import { row } from '../../../../helpers/seed';

/**
 * A made-up 2008-format report (示例镇, 2012) as a crawler's plain text: the body on one line, the appendix's
 * cells joined by `join` (" " when tags became spaces, "" when they were stripped). Values are made up so
 * that the template's sums hold: 收到申请数 12 = 5 + 0 + 7 + 0, 行政复议数量 3 = 2 + 1 + 0.
 */
const APPENDIX: string[][] = [
	['一、主动公开情况', '—', ''],
	['(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)', '条', '86'],
	['其中:主动公开规范性文件数', '条', '4'],
	['三、依申请公开情况', '—', ''],
	['(一)收到申请数', '件', '12'],
	['1.当面申请数', '件', '5'],
	['2.传真申请数', '件', '0'],
	['3.网络申请数', '件', '7'],
	['4.信函申请数', '件', '0'],
	['四、行政复议数量', '件', '3'],
	['(一)维持具体行政行为数', '件', '2'],
	['(二)被依法纠错数', '件', '1'],
	['(三)其他情形数', '件', '0'],
	['六、举报投诉数量', '件', '2']
];

function collapsedReport(rows: string[][], join: string, header = '指 标 单位 数量', after = '示例镇人民政府办公室 2013年1月20日'): string {
	return [
		'示例镇人民政府 2012年政府信息公开年度报告',
		'一、概述 2012年,示例镇人民政府认真贯彻《中华人民共和国政府信息公开条例》,全年主动公开政府信息86条。镇政府调整了政府信息公开工作领导小组,明确一名工作人员具体负责日常工作,并把政府信息公开纳入年度目标考核。全年通过镇政府网站、公开栏和便民服务中心发布财政预算、惠农补贴、民政救助、征地补偿等群众关心的信息,更新公开指南和公开目录,在便民服务中心设置查阅点,方便群众就近查阅。镇政府还组织机关干部学习《条例》和省、市有关规定,提高依法公开的意识和能力。',
		'二、依申请公开情况 全年收到申请12件,均按时答复。',
		'三、附表',
		header,
		rows.map((r) => r.filter(Boolean).join(join)).join(join === '' ? '' : ' '),
		after
	].join(' ');
}

const values = (text: string) => {
	const { report } = parseReport(text, 'shili-zhen-2012.txt');
	return { report, of: (label: string, under?: string) => row(report, label, under).values };
};

describe('the 2008 appendix in collapsed text is read by the template labels', () => {
	it('finds every row when one space separates the cells, with the outline before it intact', () => {
		const { report, of } = values(collapsedReport(APPENDIX, ' '));
		expect(report.problems).toEqual([]);
		expect(report.sections.map((s) => s.title)).toEqual(['概述', '依申请公开情况', '附表']);
		expect(report.tables).toHaveLength(1);
		expect(report.tables[0].rows.map((r) => r.label)).toEqual(APPENDIX.map((r) => r[0]));
		expect(of('收到申请数')).toEqual([12]);
		expect(of('网络申请数')).toEqual([7]);
		expect(of('其他情形数')).toEqual([0]);
		expect(report.checks.find((c) => c.id === 'applications.received=channels')?.status).toBe('pass');
	});

	it('finds labels whatever the spaces inside them and the bars between cells', () => {
		const spaced = APPENDIX.map(([label, ...rest]) => [label.replace(/(申请)/g, '$1 '), ...rest]);
		const { report, of } = values(collapsedReport(spaced, ' | ', '指 标 | 单位 | 数量 |'));
		expect(report.problems).toEqual([]);
		expect(of('当面申请数')).toEqual([5]);
		expect(of('举报投诉数量')).toEqual([2]);
	});

	it('reads a number stuck to its unit as the row value when the table has one value column', () => {
		const { report, of } = values(collapsedReport(APPENDIX, ''));
		expect(report.problems).toEqual([]);
		expect(of('主动公开政府信息数')).toEqual([86]);
		expect(of('维持具体行政行为数')).toEqual([2]);
	});

	it('does not read the next row numbering as part of a value (件01.当面申请数 is 0, then row 1.)', () => {
		const rows = APPENDIX.map((r) => (r[0] === '(一)收到申请数' ? [r[0], r[1], '0'] : r));
		const { of } = values(collapsedReport(rows, ''));
		expect(of('收到申请数')).toEqual([0]);
		expect(of('当面申请数')).toEqual([5]);
	});

	it('keeps a blank cell blank (null), never 0', () => {
		const rows = APPENDIX.map((r) => (r[0] === '2.传真申请数' ? [r[0], r[1], ''] : r));
		const { of } = values(collapsedReport(rows, ' '));
		expect(of('传真申请数')).toEqual([null]);
		expect(of('网络申请数')).toEqual([7]);
	});

	it('keeps words between rows that no template row explains as text of the part, and names them in problems', () => {
		const rows = APPENDIX.map((r) => (r[0] === '2.传真申请数' ? [...r, '(传真号码已停用)'] : r));
		const { report, of } = values(collapsedReport(rows, ' '));
		expect(of('传真申请数')).toEqual([0]);
		expect(of('网络申请数')).toEqual([7]);
		expect(report.problems).toContainEqual(expect.objectContaining({ code: 'appendix-stray-text', detail: { row: '2.传真申请数', text: '(传真号码已停用)' } }));
		expect(report.sections.find((s) => s.title === '附表')!.text).toContain('(传真号码已停用)');
	});

	it('keeps the text after the last row as text, not a cell', () => {
		const { report } = values(collapsedReport(APPENDIX, ''));
		expect(row(report, '举报投诉数量').values).toEqual([2]);
		expect(report.sections.find((s) => s.title === '附表')!.text + report.preamble).not.toContain('举报投诉');
		expect(JSON.stringify(report)).toContain('示例镇人民政府办公室');
	});
});

describe('cells of two value columns run together are cut only where the template sums leave one way', () => {
	// 2012年度 and 历年累计 run together: "件1240" is 12 | 40 once its channels (5|18, 0|0, 7|22, 0|0) must add up to it.
	const CUMULATIVE: Record<string, string> = { '(一)收到申请数': '40', '1.当面申请数': '18', '3.网络申请数': '22' };
	const twoColumns = APPENDIX.map((r) => (r[2] === '' ? r : [...r, CUMULATIVE[r[0]] ?? String(Number(r[2]) * 3)]));
	const header = '指标名称 计量单位 2012年度 历年累计';
	const text = collapsedReport(twoColumns, '', header);

	it('recovers the cuts the sums decide and names each row left blank', () => {
		const { report, of } = values(text);
		expect(report.tables[0].columns).toEqual(['2012年度', '历年累计']);
		expect(of('收到申请数')).toEqual([12, 40]);
		expect(of('当面申请数')).toEqual([5, 18]);
		expect(of('网络申请数')).toEqual([7, 22]);
		expect(of('行政复议数量')).toEqual([3, 9]);
		expect(of('维持具体行政行为数')).toEqual([2, 6]);
		// "条86258" is 8|6258, 86|258 or 862|58 and no sum includes it: never a guess.
		expect(of('主动公开政府信息数')).toEqual([null, null]);
		expect(report.problems.some((p) => p.code === 'appendix-cells-run-together' && String(p.detail.row).includes('主动公开政府信息数'))).toBe(true);
		// "件26" can only be 2 | 6 (a number never starts with 0): no sum needed.
		expect(of('举报投诉数量')).toEqual([2, 6]);
	});

	it('leaves every cell of a sum blank when two combinations of cuts both add up', () => {
		// 12|36 = 5|15 + 0|0 + 7|21 + 0|0, and also 123|6 = 51|5 + 0|0 + 72|1: "件1236", "件515", "件721" cannot be told apart.
		const twice = twoColumns.map((r) => ({ '(一)收到申请数': [r[0], r[1], '12', '36'], '1.当面申请数': [r[0], r[1], '5', '15'], '3.网络申请数': [r[0], r[1], '7', '21'] })[r[0]] ?? r);
		const { report, of } = values(collapsedReport(twice, '', header));
		expect(of('收到申请数')).toEqual([null, null]);
		expect(of('当面申请数')).toEqual([null, null]);
		expect(of('网络申请数')).toEqual([null, null]);
		expect(of('传真申请数')).toEqual([0, 0]);
		expect(report.problems.filter((p) => p.code === 'appendix-cells-run-together').length).toBeGreaterThanOrEqual(3);
	});

	it('does not let a sum the report itself breaks decide a cut', () => {
		// 收到申请数 13|41 while the channels add up to 12|40: no combination adds up, so nothing is decided by it.
		const broken = twoColumns.map((r) => (r[0] === '(一)收到申请数' ? [r[0], r[1], '13', '41'] : r));
		const { of } = values(collapsedReport(broken, '', header));
		expect(of('收到申请数')).toEqual([null, null]);
		expect(of('当面申请数')).toEqual([null, null]);
	});
});

describe('the arithmetic of run-together cells', () => {
	it('cuts a run of digits every way that writes no number with a leading zero', () => {
		expect(cuts('1030', 2)).toEqual([
			[10, 30],
			[103, 0]
		]);
		expect(cuts('00', 2)).toEqual([[0, 0]]);
		expect(cuts('05', 1)).toEqual([]);
	});

	it('settles a row when one combination of cuts makes a sum add up in every column', () => {
		const known = [null, [5, 15], null];
		const settled = settleBySums(known, new Map([[0, cuts('1236', 2)], [2, cuts('721', 2)]]), [{ total: 0, parts: [1, 2] }]);
		expect(settled.get(0)).toEqual([12, 36]);
		expect(settled.get(2)).toEqual([7, 21]);
	});

	it('leaves a row open when no sum tells its cuts apart', () => {
		// "312" is 3|12 or 31|2 and no sum names it; "22" can only be 2|2.
		const settled = settleBySums([null, [1, 10], null], new Map([[0, cuts('312', 2)], [2, cuts('22', 2)]]), []);
		expect(settled.has(0)).toBe(false);
		expect(settled.get(2)).toEqual([2, 2]);
	});
});

describe('bars of a collapsed pipe table', () => {
	it('keep an empty cell between two values as a blank and drop row ends', () => {
		expect(unbar('| 规章 | 3 | | 5 | | 行政规范性文件 | 1 | 2 | 3 |')).toBe(' 规章 3 - 5 行政规范性文件 1 2 3 ');
	});
});
