import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse';
import { row, seedBytes, walk } from '../../helpers/seed';

const { report, problems } = parseReport(seedBytes(), 'data/reports/hengyang-guotu-2018.txt');

describe('the seed report, read as published', () => {
	it('takes its id from the file name', () => {
		expect(report.id).toBe('hengyang-guotu-2018');
	});

	it('reads agency, the year reported on, and the publication date', () => {
		expect(report.agency).toBe('衡阳市国土资源局');
		expect(report.year).toBe(2018);
		expect(report.published).toBe('2019-02-26');
		expect(report.title).toBe('衡阳市国土资源局2018年政府信息公开年度报告');
		expect(report.format).toBe('2008');
		expect(report.template).toBeNull();
	});

	it('finds all eleven parts with their titles', () => {
		expect(report.sections.map((s) => s.number + s.title)).toEqual([
			'一、概述',
			'二、主动公开政府信息情况',
			'三、政策解读和回应关切情况',
			'四、依申请公开政府信息情况',
			'五、咨询处理情况',
			'六、复议、诉讼和申诉情况',
			'七、政府信息公开收费和减免情况',
			'八、机构建设和经费保障情况',
			'九、政府信息公开会议和培训情况',
			'十、主要存在的问题及改进措施',
			'十一、附表'
		]);
	});

	it('gives anchors that follow the outline numbers', () => {
		const anchors = walk(report.sections).map((s) => s.anchor);
		expect(anchors).toContain('s1-4-1');
		expect(anchors).toContain('s4-2');
		expect(anchors).toContain('s11');
		expect(new Set(anchors).size).toBe(anchors.length);
		const s42 = walk(report.sections).find((s) => s.anchor === 's4-2')!;
		expect(s42.title).toBe('办理情况');
		expect(s42.text).toContain('当面依申请公开10条');
	});

	it('does not take 一是/二是 inside a paragraph for headings', () => {
		const s11 = walk(report.sections).find((s) => s.anchor === 's1-1')!;
		expect(s11.children).toEqual([]);
		expect(s11.text).toMatch(/^一是机构健全。.*二是责任落实。.*三是监督到位。/);
	});

	it('keeps the text before the first part as the preamble', () => {
		expect(report.preamble).toMatch(/^编制说明:本年度报告根据国、省、市政府信息公开相关法律/);
	});

	it('drops only recognised page chrome, and lists it', () => {
		expect(report.dropped).toEqual(['扫一扫在手机打开当前页']);
		expect(walk(report.sections).some((s) => s.text.includes('扫一扫'))).toBe(false);
	});

	it('reads the appendix without problems, into one table placed in 十一、附表', () => {
		expect(problems).toEqual([]);
		expect(report.tables).toHaveLength(1);
		expect(report.tables[0].section).toBe('s11');
		expect(report.tables[0].columns).toEqual(['数量']);
	});

	// Values read off the source document's appendix, cell by cell.
	it.each([
		['(一)主动公开政府信息数', '条', 3356],
		['其中:主动公开规范性文件数', '条', 465],
		['制发规范性文件总数', '件', 0],
		['2.政府网站公开政府信息数', '条', 158],
		['3.政务微博公开政府信息数', '条', 213],
		['(一)回应公众关注热点或重大舆情数', '次', 6],
		['3.政策解读稿件发布数', '篇', 4],
		['(一)收到申请数', '件', 149],
		['1.当面申请数', '件', 10],
		['3.网络申请数', '件', 139],
		['1.按时办结数', '件', 149],
		['(三)申请答复数', '件', 149],
		['6.申请信息不存在数', '件', 3],
		['四、行政复议数量', '件', 3],
		['五、行政诉讼数量', '件', 17],
		['(一)维持具体行政行为或者驳回原告诉讼请求数', '件', 14],
		['六、举报投诉数量', '件', 18],
		['七、依申请公开信息收取的费用', '万元', 0],
		['(二)设置政府信息公开查阅点数', '个', 2],
		['(三)接受培训人员数', '人次', 20]
	])('reads %s as %s %d', (label, unit, value) => {
		const r = row(report, label);
		expect(r.unit).toBe(unit);
		expect(r.values).toEqual([value]);
	});

	it('reads the blank 申请办结数 as null, not 0', () => {
		expect(row(report, '(二)申请办结数').values).toEqual([null]);
	});

	it('marks rows whose cells are "—" as group headers with no value', () => {
		const r = row(report, '一、主动公开情况');
		expect(r.header).toBe(true);
		expect(r.values).toEqual([null]);
		expect(r.unit).toBeNull();
	});

	it('places every row in the hierarchy of the template', () => {
		expect(row(report, '其中:涉及国家秘密').path).toEqual(['三、依申请公开情况', '(三)申请答复数', '4.不同意公开答复数']);
		expect(row(report, '涉及商业秘密').path).toEqual(['三、依申请公开情况', '(三)申请答复数', '4.不同意公开答复数']);
		expect(row(report, '1.当面申请数').path).toEqual(['三、依申请公开情况', '(一)收到申请数']);
		expect(row(report, '四、行政复议数量').path).toEqual([]);
	});

	it('gives every row a unique anchor that follows its outline number', () => {
		const anchors = report.tables[0].rows.map((r) => r.anchor);
		expect(new Set(anchors).size).toBe(anchors.length);
		expect(row(report, '1.当面申请数').anchor).toBe('t1-r3-1-1');
		expect(row(report, '其中:涉及国家秘密').anchor).toBe('t1-r3-3-4-q1');
		// 198 pipe-ended lines in the source: a header of 3 cells, then 65 rows of 3.
		expect(anchors).toHaveLength(65);
	});
});
