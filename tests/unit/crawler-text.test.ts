import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse';
import type { Report } from '../../src/lib/types';
import { MODEL } from '../fixtures/template2019/model';
import { renderCrawler, type CrawlerShape } from '../helpers/crawler';
import { compareCells } from '../../scripts/golden/compare';
import { walk } from '../helpers/seed';

const outline = (r: Report) => walk(r.sections).map((s) => `${s.anchor} ${s.title}`);
const OUTLINE = ['s1 总体情况', 's1-1 主动公开', 's1-2 依申请公开', 's2 主动公开政府信息情况', 's3 收到和处理政府信息公开申请情况', 's4 政府信息公开行政复议、行政诉讼情况', 's5 存在的主要问题及改进情况', 's6 其他需要报告的事项'];

/** What a crawler's text of the made-up page must give: the page's own title and issuer, never its chrome. */
function expectFront(report: Report) {
	expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: MODEL.agency, year: 2023, published: '2024-01-20', format: '2019' });
	expect(outline(report)).toEqual(OUTLINE);
	// Chrome is no section and no part of a section's text.
	const text = walk(report.sections).map((s) => `${s.title} ${s.text}`).join('\n');
	expect(text).not.toMatch(/打印本页|关闭窗口|分享到|字体|首页|网站标识码/);
	expect(report.sections.at(-1)!.text).toBe('本年度未收取信息处理费。');
}

describe("a crawler's text of a whole page, its whitespace collapsed", () => {
	it.each<CrawlerShape>(['soup-space', 'csv-cell', 'json', 'chrome'])('%s: title, agency and date from the page, chrome dropped, every cell', (shape) => {
		const { report } = parseReport(renderCrawler(MODEL, shape), 'shili-2023.txt');
		expectFront(report);
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
		expect(report.dropped.join(' ')).toMatch(/打印本页/);
	});
});
