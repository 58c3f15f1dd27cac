import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';

/** A made-up 2010 report whose appendix is a province's own table: unnumbered top rows, numbered rows under them. */
const ROWS = [
	['主动公开信息数', '条', '1250'],
	['其中：1.网站公开', '条', '1100'],
	['2.政府公报公开', '条', '50'],
	['3.其他方式公开', '条', '100'],
	['受理依申请公开信息总数', '件', '36'],
	['其中：1.当面申请', '件', '10'],
	['2.网上申请', '件', '26'],
	['对申请的答复数', '件', '36'],
	['行政复议数', '件', '1'],
	['收取费用', '元', '']
];
const report = (separator: string) =>
	[
		'示例市教育局2010年政府信息公开工作年度报告',
		'一、概述',
		'2010年，我局认真贯彻落实政府信息公开条例。',
		'二、附表',
		'2010年政府信息公开情况统计表',
		['指标名称', '单位', '数量'].join(separator),
		...ROWS.map((cells) => cells.join(separator))
	].join('\n');

describe("a province's own 2008-era table", () => {
	it.each([
		['tabs', '\t'],
		['bars', ' | '],
		['runs of spaces', '   ']
	])('with cells between %s keeps its outline: unnumbered rows on top, "其中：1." and "2." under the row before', (_, separator) => {
		const { report: parsed, problems } = parseReport(report(separator), 'shili-2010.txt');
		expect(problems).toEqual([]);
		const [table] = parsed.tables;
		expect(table.title).toBe('2010年政府信息公开情况统计表');
		expect(table.rows.map((r) => [r.anchor, r.path.join('/'), r.unit, r.values[0]])).toEqual([
			['t1-r0-q1', '', '条', 1250],
			['t1-r0-q1-1', '主动公开信息数', '条', 1100],
			['t1-r0-q1-2', '主动公开信息数', '条', 50],
			['t1-r0-q1-3', '主动公开信息数', '条', 100],
			['t1-r0-q2', '', '件', 36],
			['t1-r0-q2-1', '受理依申请公开信息总数', '件', 10],
			['t1-r0-q2-2', '受理依申请公开信息总数', '件', 26],
			['t1-r0-q3', '', '件', 36],
			['t1-r0-q4', '', '件', 1],
			// A blank cell is no value, not 0.
			['t1-r0-q5', '', '元', null]
		]);
	});

	it('rows worded as known indicators carry their keys under the new outline', () => {
		const { report: parsed } = parseReport(report('\t'), 'shili-2010.txt');
		const keyed = parsed.tables[0].rows.filter((r) => r.keys?.[0]).map((r) => [r.label, r.keys![0]]);
		expect(keyed).toEqual([
			['主动公开信息数', 'publish.total'],
			['其中:1.网站公开', 'publish.channel.website'],
			['2.政府公报公开', 'publish.channel.gazette'],
			['3.其他方式公开', 'publish.channel.other'],
			['受理依申请公开信息总数', 'applications.received'],
			['其中:1.当面申请', 'applications.channel.in_person'],
			['2.网上申请', 'applications.channel.online'],
			['对申请的答复数', 'applications.answered'],
			['行政复议数', 'review.total']
		]);
	});
});
