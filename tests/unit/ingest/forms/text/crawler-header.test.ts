import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import type { Report } from '../../../../../src/lib/types';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText } from '../../../../helpers/forms';
import { withCrawlerHeader } from '../../../../helpers/crawler';
import { walk } from '../../../../helpers/seed';
import { outline } from '../../../../helpers/same-report';
import { compareCells } from '../../../../../scripts/golden/compare';
import { sourceOf } from '../../../../../src/lib/server/sources';
import { prepareReport } from '../../../../../src/lib/server/search-docs';

const FURNITURE = /原文链接|本地目录|links\.tsv|====|栏目|发布机构|文号|微信|QQ空间|扫一扫/;
const URL_ = 'http://www.example.gov.cn/xxgk/nb/2024/0120/1.html';

/** None of the crawler's block is the report's text: not its preamble, a section, a title line or a search snippet. */
function expectNoFurniture(report: Report) {
	expect(report.preamble).not.toMatch(FURNITURE);
	expect(report.titleLines.join('\n')).not.toMatch(FURNITURE);
	for (const s of walk(report.sections)) expect(`${s.title}\n${s.text}`).not.toMatch(FURNITURE);
	expect(JSON.stringify(prepareReport(report))).not.toMatch(FURNITURE);
	expect(report.dropped.join('\n')).toMatch(/原文链接/);
}

describe("a crawler's header block is the report's metadata, never its text", () => {
	it.each([
		['on lines of its own', {}],
		['collapsed onto one line with the body', { collapsed: true }],
		['without the ==== 正文 ==== separator', { separator: false }]
	])('%s: the URL, date and title come from it, the outline and every cell from the body', (_, shape) => {
		const { report } = parseReport(withCrawlerHeader(renderText(MODEL, 'spaces'), shape), 'shili-2023.txt');
		expectNoFurniture(report);
		expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: MODEL.agency, year: 2023, published: '2024-01-20', crawledUrl: URL_ });
		expect(outline(report)[0]).toBe('s1 总体情况');
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
	});

	it('gives the report its 发布时间 as date where the body states none', () => {
		const body = renderText(MODEL, 'spaces').replace(MODEL.date, '');
		const { report } = parseReport(withCrawlerHeader(body, { published: '2024年2月3日 09:00' }), 'shili-2023.txt');
		expect(report.published).toBe('2024-02-03');
	});

	it("makes 原文链接 the report's source where no sources.csv names it, and never a link that is not http(s)", () => {
		const { report } = parseReport(withCrawlerHeader(renderText(MODEL, 'spaces')), 'shili-2023.txt');
		expect(sourceOf({ file: '/nonexistent-folder/shili-2023.txt', also: [], report })).toEqual({ url: URL_, retrieved: null });
		const bad = parseReport(withCrawlerHeader(renderText(MODEL, 'spaces'), { url: 'javascript:alert(1)' }), 'shili-2023.txt').report;
		expect(bad.crawledUrl).toBeUndefined();
		expectNoFurniture(bad);
	});

	it('leaves a CMS field box that names no crawler field to the title reader (索引号, 发布机构 only)', () => {
		const text = `索引号: 11320000-0000/2024-00001\n发布机构: 示例市测试局\n${renderText(MODEL, 'spaces')}`;
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.crawledUrl).toBeUndefined();
		expect(report.agency).toBe(MODEL.agency);
	});
});
