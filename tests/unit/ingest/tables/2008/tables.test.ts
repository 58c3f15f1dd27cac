import { describe, expect, it } from 'vitest';
import { parseFile, parseReport, ParseError } from '../../../../../src/lib/parse';

/** A made-up 2008-era report with a province's own table (not the 国办 appendix): two value columns. */
const province = (rows: string[]) =>
	[
		'示例省示例厅',
		'2009年政府信息公开工作年度报告',
		'一、概述',
		'本厅认真贯彻《条例》,全面推进政府信息公开。',
		'二、统计数据',
		'项目\t单位\t2009年\t累计',
		...rows,
		'三、存在的问题',
		'公开内容有待深化。'
	].join('\n');

const ROWS = ['一、主动公开情况\t\t\t', '主动公开信息数\t条\t425\t1516', '其中:1.网站公开\t条\t400\t1400', '2.公报公开\t条\t25\t116', '二、依申请公开情况\t\t\t', '受理依申请公开信息总数\t件\t12\t40', '对申请的答复数\t件\t12\t39', '三、行政复议数\t件\t0\t1'];

describe('2008-era tables that follow no known template', () => {
	it('are read as tables (header, label outline, unit, value columns) and never turned into headings', () => {
		const { report } = parseReport(province(ROWS), 'x.txt');
		expect(report.sections.map((s) => s.title)).toEqual(['概述', '统计数据', '存在的问题']);
		const [table] = report.tables;
		expect(table.columns).toEqual(['2009年', '累计']);
		expect(table.rows.find((r) => r.label === '2.公报公开')!.path).toEqual(['一、主动公开情况', '主动公开信息数']);
		expect(table.rows.map((r) => [r.anchor, r.label, r.unit, r.values, !!r.header])).toEqual([
			['t1-r1', '一、主动公开情况', null, [null, null], true],
			['t1-r1-q1', '主动公开信息数', '条', [425, 1516], false],
			// "其中：1." and "2." are parts of 主动公开信息数, the row above them, not of the group 一、.
			['t1-r1-q1-1', '其中:1.网站公开', '条', [400, 1400], false],
			['t1-r1-q1-2', '2.公报公开', '条', [25, 116], false],
			['t1-r2', '二、依申请公开情况', null, [null, null], true],
			['t1-r2-q1', '受理依申请公开信息总数', '件', [12, 40], false],
			['t1-r2-q2', '对申请的答复数', '件', [12, 39], false],
			['t1-r3', '三、行政复议数', '件', [0, 1], false]
		]);
	});

	it('rows worded as a known indicator in a province\'s own words carry its canonical key, in the annual column only', () => {
		const { report } = parseReport(province(ROWS), 'x.txt');
		const keyed = report.tables[0].rows.filter((r) => r.keys?.some((k) => k)).map((r) => [r.label, r.keys]);
		expect(keyed).toEqual([
			['主动公开信息数', ['publish.total', null]],
			['其中:1.网站公开', ['publish.channel.website', null]],
			['2.公报公开', ['publish.channel.gazette', null]],
			['受理依申请公开信息总数', ['applications.received', null]],
			['对申请的答复数', ['applications.answered', null]],
			['三、行政复议数', ['review.total', null]]
		]);
	});

	it('a row whose cells a crawler ran together ("主动公开信息数条4251516") is left blank and named when two values cannot be told apart', () => {
		const { report, problems } = parseReport(province(ROWS.map((r) => (r.startsWith('主动公开信息数') ? '主动公开信息数条4251516' : r))), 'x.txt');
		const row = report.tables[0].rows.find((r) => r.label === '主动公开信息数')!;
		expect(row.values).toEqual([null, null]);
		expect(row.unit).toBe('条');
		expect(problems.map((p) => [p.code, p.detail])).toEqual([['row-cells-run-together', { table: '统计数据', row: '主动公开信息数', text: '条4251516', values: 2 }]]);
	});
});

describe('Word documents', () => {
	it('a legacy .doc that word-extractor cannot read is one line naming the file', async () => {
		// An OLE compound-file signature with nothing valid after it. (No tool here writes a real .doc, so the
		// reader's success path is exercised through its output form, tab-separated cells: see the tabs layouts.)
		const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
		await expect(parseFile(bytes, 'reports/old.doc')).rejects.toThrow(ParseError);
		await expect(parseFile(bytes, 'reports/old.doc')).rejects.toThrow(/^nianbao: reports\/old\.doc: not a readable DOC document/);
	});

	it('a .docx that is a broken zip is one line naming the file', async () => {
		const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(100).fill(7)]);
		await expect(parseFile(bytes, 'reports/broken.docx')).rejects.toThrow(/^nianbao: reports\/broken\.docx: not a readable DOCX document/);
	});
});
