import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText } from '../../../../helpers/forms';

/** The made-up 2019-format model as a crawler saves a page: its header block, then the body, on one line. */
const crawled = (body: string) =>
	`示例市测试局2023年政府信息公开工作年度报告-示例市测试局 标题: 示例市测试局2023年政府信息公开工作年度报告 单位: 示例市测试局 来源: http://www.example.org/gknb/2024/1.shtml 采集时间: 2025-12-30T21:37:37+08:00 首页 政务公开 ${body}`;

describe('collapsed crawler text', () => {
	it("cuts a crawler's header block field by field, so the title, year and agency are found", () => {
		// The page's body starts after its title: the header block is where the title is.
		const body = renderText(MODEL, 'collapsed').replace(`${MODEL.agency} ${MODEL.title} `, '');
		const { report } = parseReport(crawled(body), 'shili-2023.txt');
		expect(report.title).toBe('示例市测试局2023年政府信息公开工作年度报告');
		expect(report.year).toBe(2023);
		expect(report.agency).toBe(MODEL.agency);
		expect(report.tables.map((t) => t.anchor)).toContain('t3');
	});

	it('finds a part whose title a stray space broke, and reads its table', () => {
		// Collapsed, a title ends at its first space: "三、收到和处理" would be the title and the rest its body.
		for (const spaced of ['三、收到和处理 政府信息公开申请情况', '三、 收到和处理政府信息公开申请 情况']) {
			const text = renderText(MODEL, 'collapsed').replace('三、收到和处理政府信息公开申请情况', spaced);
			const { report } = parseReport(text, 'shili-2023.txt');
			expect(report.sections.map((s) => s.title)).toContain('收到和处理政府信息公开申请情况');
			expect(report.problems).toEqual([]);
			const t3 = report.tables.find((t) => t.anchor === 't3')!;
			expect(t3.rows.find((r) => r.anchor === 't3-r1')!.values).toEqual(MODEL.golden.t3[0]);
			expect(t3.rows.find((r) => r.anchor === 't3-r4')!.values).toEqual(MODEL.golden.t3.at(-1));
		}
	});

	it('cuts before a 第二十条 item heading with a stray space, so the row before it keeps its values', () => {
		// Uncut, "行政规范性文件 6 2 41 第二十条 第(五)项" would open item (五) and the row would go with it, unnamed.
		const text = renderText(MODEL, 'collapsed').replace(/第二十条第/g, '第二十条 第');
		const { report } = parseReport(text, 'shili-2023.txt');
		const t2 = report.tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.rows);
		for (const [label, values] of Object.entries(MODEL.golden.t2)) expect(t2.find((r) => r.label === label)?.values, label).toEqual(values);
		expect(report.problems).toEqual([]);
	});

	it('names a 2019 table whose part it cannot find instead of passing over it in silence', () => {
		// A title the template does not know ("三、依申请公开情况") reads as a part of prose.
		const text = renderText(MODEL, 'collapsed').replace('三、收到和处理政府信息公开申请情况', '三、依申请公开情况');
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.problems).toContainEqual(expect.objectContaining({ code: 'part-not-found', detail: { table: '表三', part: '三、收到和处理政府信息公开申请情况' } }));
		expect(JSON.stringify(report.sections)).toContain('本年新收政府信息公开申请数量');
	});
});
