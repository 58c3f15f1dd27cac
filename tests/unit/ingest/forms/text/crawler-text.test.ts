import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseReport } from '../../../../../src/lib/parse';
import type { Report } from '../../../../../src/lib/types';
import { MODEL } from '../../../../fixtures/template2019/model';
import { shiliQu2019 } from '../../../../fixtures/template2019/golden';
import { renderCrawler, type CrawlerShape } from '../../../../helpers/crawler';
import { renderText } from '../../../../helpers/forms';
import { letterBalance } from '../../../../helpers/accounting';
import { compareCells } from '../../../../../scripts/golden/compare';
import { walk } from '../../../../helpers/seed';
import { renderSeed } from '../../../../helpers/forms2008';
import { seedReport } from '../../../../helpers/search';
import { outline } from '../../../../helpers/same-report';

const OUTLINE = ['s1 总体情况', 's1-1 主动公开', 's1-2 依申请公开', 's2 主动公开政府信息情况', 's3 收到和处理政府信息公开申请情况', 's4 政府信息公开行政复议、行政诉讼情况', 's5 存在的主要问题及改进情况', 's6 其他需要报告的事项'];

/** What a crawler's text of the made-up page must give: the page's own title and issuer, never its chrome. */
function expectFront(report: Report) {
	expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: MODEL.agency, year: 2023, published: '2024-01-20', format: '2019' });
	expect(outline(report)).toEqual(OUTLINE);
	// Chrome is no section and no part of a section's text.
	const text = walk(report.sections).map((s) => `${s.title} ${s.text}`).join('\n');
	expect(text).not.toMatch(/打印本页|关闭窗口|纠错|分享到|字体|首页|浏览次数|上一篇|网站标识码/);
	expect(report.sections.at(-1)!.text).toBe('本年度未收取信息处理费。');
}

describe("a crawler's text of a whole page, its whitespace collapsed", () => {
	it("a Scrapy item as Python printed it (single quotes, get_text('\\n') with its line breaks as \\n escapes): every cell, the title from its field", () => {
		const { report } = parseReport(renderCrawler(MODEL, 'python-dict'), 'shili-2023.txt');
		expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: MODEL.agency, year: 2023, published: '2024-01-20' });
		expect(outline(report)).toEqual(OUTLINE);
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
	});

	it.each<CrawlerShape>(['soup-space', 'csv-cell', 'json', 'chrome'])('%s: title, agency and date from the page, chrome dropped, every cell', (shape) => {
		const { report } = parseReport(renderCrawler(MODEL, shape), 'shili-2023.txt');
		expectFront(report);
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
		expect(report.dropped.join(' ')).toMatch(/打印本页/);
	});

	it.each<[CrawlerShape, string]>([
		['reader', 'shili-2023.md'],
		['reader', 'shili-2023.txt'],
		['reader-collapsed', 'shili-2023.txt']
	])("a reader service's Markdown (%s as %s): the title from its Title: field, the date from Published Time:, every cell", (shape, file) => {
		const { report } = parseReport(renderCrawler(MODEL, shape), file);
		expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: MODEL.agency, year: 2023, published: '2024-01-20' });
		expect(outline(report)).toEqual(OUTLINE);
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
	});
});

describe("a crawler that kept the page's navigation on lines of its own and collapsed the article", () => {
	it('the body line is read as collapsed text: title, outline and every cell', () => {
		const nav = ['首页', '政务公开', '信息公开目录', '政府信息公开年报', '部门动态', '政策文件', '互动交流', '扫一扫在手机打开当前页'];
		const { report } = parseReport([...nav, renderCrawler(MODEL, 'soup-space'), '网站地图', '联系我们'].join('\n'), 'shili-2023.txt');
		expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: MODEL.agency, year: 2023 });
		expect(outline(report)).toEqual(OUTLINE);
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
	});
});

describe('what only looks like chrome stays the report\'s text', () => {
	it('a title inside a title ("《上海市贯彻<示例区域发展规划纲要>实施方案》") is no breadcrumb; a subsection title with a comma is cut from its text at the space', () => {
		const text = renderText(MODEL, 'collapsed')
			.replace('全年主动公开各类政府信息1200条', '全年主动公开《示例市贯彻<示例区域发展规划纲要>实施方案》等各类政府信息1200条')
			.replace('(二)依申请公开', '(二)规范依申请公开,提升答复质量');
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.dropped).toEqual([]);
		expect(report.sections[0].children.map((s) => s.title)).toEqual(['主动公开', '规范依申请公开,提升答复质量']);
		expect(report.sections[0].children[0].text).toContain('《示例市贯彻<示例区域发展规划纲要>实施方案》');
	});
});

describe("nothing of a crawler's text is lost: every letter and digit is in a section, a table's source, the title lines or dropped", () => {
	it.each<CrawlerShape>(['soup-space', 'soup-none', 'soup-minified', 'chrome', 'reader', 'reader-collapsed'])('%s', (shape) => {
		const text = renderCrawler(MODEL, shape);
		const balance = letterBalance(text, parseReport(text, 'shili-2023.txt').report);
		expect(balance.output).toBe(balance.input);
	});
});

describe('the outline found inline in collapsed text, in the numbering styles reports use', () => {
	// A made-up 2008-style report: (1) and ① items, 一是/二是 inside sentences, numbers that look like outline marks.
	const body = [
		'示例县档案局2023年政府信息公开工作年度报告',
		'一、总体情况', '本局认真落实条例。',
		'(一)主动公开', '全年公开信息1200条,共1. 5万字,平台升级到2.0版。',
		'1.制度建设', '本年修订制度3项。',
		'2、平台建设', '一是完善栏目;二是更新目录。',
		'(1)栏目调整', '完成。',
		'(二)依申请公开', '全年收到申请5件。',
		'二、主动公开政府信息情况', '本年公开文件12件。',
		'三、存在的主要问题及改进情况', '一是解读不足;二是更新不及时。',
		'四、其他需要报告的事项', `无。${'全年工作平稳有序,各项制度落实到位。'.repeat(20)}`
	];
	const sections = (text: string) => walk(parseReport(text, 'x.txt').report.sections).map((s) => `${s.anchor} ${s.number}${s.title} | ${s.text.split(/[,。;]/)[0]}`);
	const expected = [
		's1 一、总体情况 | 本局认真落实条例',
		's1-1 (一)主动公开 | 全年公开信息1200条',
		's1-1-1 1、制度建设 | 本年修订制度3项',
		's1-1-2 2、平台建设 | 一是完善栏目',
		's1-1-2-1 (1)栏目调整 | 完成',
		's1-2 (二)依申请公开 | 全年收到申请5件',
		's2 二、主动公开政府信息情况 | 本年公开文件12件',
		's3 三、存在的主要问题及改进情况 | 一是解读不足',
		's4 四、其他需要报告的事项 | 无'
	];

	it('get_text(" "): every heading cut from its body at the space, whatever its numbering; "共1. 5万字" and "一是" stay text', () => {
		expect(sections(body.join(' '))).toEqual(expected);
		expect(parseReport(body.join(' '), 'x.txt').report.sections[0].children[0].text).toBe('全年公开信息1200条,共1. 5万字,平台升级到2.0版。');
	});

	it('get_text(""): no space anywhere, parts still found after a sentence end or the title, and known titles cut from their text', () => {
		const parts = sections(body.join('')).filter((s) => /^s\d /.test(s));
		expect(parts).toEqual(expected.filter((s) => /^s\d /.test(s)));
	});
});

describe('get_text() with no separator over a minified page: cells run together', () => {
	const { report } = parseReport(renderCrawler(MODEL, 'soup-none'), 'shili-2023.txt');

	it('finds the title, agency, date and outline through the run-together field box', () => expectFront(report));

	it('表三 and 表四: every cell, split where the template sums leave one way (row sums, then the column sums for "(一)予以公开122001015")', () => {
		const cells = compareCells(report, MODEL.golden).filter((c) => !c.where.startsWith('表二'));
		for (const c of cells) expect(c.actual, c.where).toBe(c.expected);
	});

	it('表二: "规章003" splits one way (no number starts with 0); "行政规范性文件6241" three ways, so no cell is read from it, its digits stay text and the row is named', () => {
		const t2 = report.tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.rows);
		const row = (label: string) => t2.find((r) => r.label === label)?.values;
		expect(row('规章')).toEqual([0, 0, 3]);
		// The template's row stands with its cells unread: no number, and never a blank the agency left.
		expect(row('行政规范性文件')).toEqual([null, null, null]);
		expect(t2.find((r) => r.label === '行政规范性文件')?.states).toEqual(['unread', 'unread', 'unread']);
		expect([report.sections[1].text, ...report.tables.map((t) => t.source)].join('\n')).toContain('行政规范性文件6241');
		expect(row('行政许可')).toEqual([1234]);
		expect(row('行政事业性收费')).toEqual([12.5]);
		expect(report.problems).toEqual([
			expect.objectContaining({ code: 'table2-cells-run-together', detail: { row: '行政规范性文件', text: '6241', columns: 3, splits: 2 } }),
			expect.objectContaining({ code: 'rows-not-read', detail: { rows: ['表二（第二十条第(一)项）“行政规范性文件”'] } })
		]);
	});
});

describe("the 2008 seed as a crawler's text: the same parts, rows, keys and checks", () => {
	const reference = seedReport();
	const rows = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ anchor: row.anchor, label: row.label, unit: row.unit, values: row.values, key: row.keys?.[0] ?? null })));
	const parts = (r: Report) => r.sections.map((s) => `${s.anchor} ${s.title}`);
	const chrome = (body: string) => `您当前的位置: 首页 > 信息公开 > 年度报告 ${body} 【打印本页】 【关闭窗口】 主办单位:示例市人民政府办公室 网站标识码 0000000000`;

	it.each([
		['cells by single spaces, chrome around', () => chrome(renderSeed('collapsed-spaces'))],
		['cells run together, chrome around', () => chrome(renderSeed('run-together'))],
		['a JSON record', () => JSON.stringify({ title: reference.title, url: 'http://www.example.gov.cn/1.html', content: renderSeed('collapsed-spaces') })],
		// get_text() with no separator and no newlines in the page: not a space anywhere.
		['no space anywhere', () => renderSeed('run-together').replace(/ /g, '')]
	])('%s', (_, render) => {
		const { report } = parseReport(render(), 'x.txt');
		expect(report).toMatchObject({ title: reference.title, agency: reference.agency, year: reference.year });
		expect(report.problems).toEqual([]);
		// Part titles run into their text are cut where they end (…情况, …措施), known or not.
		expect(parts(report)).toEqual(parts(reference));
		expect(rows(report)).toEqual(rows(reference));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference.checks.map((c) => `${c.id}:${c.status}`));
	});
});

describe('a table cut row by row only where its own cells ran together', () => {
	it('prose that runs a label into a number ("规章3件") leaves a spaced 表二 as it was, and keeps its words', () => {
		const text = renderText(MODEL, 'collapsed').replace('二、主动公开政府信息情况 ', '二、主动公开政府信息情况 本年制定规章3件,均已公开。 ');
		const { report } = parseReport(text, 'shili-2023.txt');
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
		expect(report.sections[1].text).toContain('本年制定规章3件,均已公开。');
	});

	it('a run-together 表二 keeps the words before its first item', () => {
		const text = renderCrawler(MODEL, 'soup-none').replace('二、主动公开政府信息情况', '二、主动公开政府信息情况 本年制定规章3件,均已公开。');
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.sections[1].text).toContain('本年制定规章3件,均已公开。');
		expect(report.tables.find((t) => t.anchor === 't2-1')?.rows.map((r) => [r.values, r.states])).toEqual([
			[[0, 0, 3], ['read', 'read', 'read']],
			[[null, null, null], ['unread', 'unread', 'unread']]
		]);
	});
});

describe('get_text() over a page served with no whitespace between its tags: not a space in the page but inside text', () => {
	const { report } = parseReport(renderCrawler(MODEL, 'soup-minified'), 'shili-2023.txt');

	it('the title behind the navigation words, the agency from the 来源 field that runs into the title after it', () => {
		expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: MODEL.agency, year: 2023, published: '2024-01-20' });
	});

	it('every part (their titles are the template\'s); the cells as with spaces between the page\'s elements', () => {
		expect(report.sections.map((s) => `${s.anchor} ${s.title}`)).toEqual(OUTLINE.filter((s) => /^s\d /.test(s)));
		const cells = compareCells(report, MODEL.golden);
		expect(cells.filter((c) => c.actual !== c.expected).map((c) => c.where)).toEqual(['表二 行政规范性文件 [0]', '表二 行政规范性文件 [1]', '表二 行政规范性文件 [2]']);
		expect(cells.filter((c) => c.actual !== c.expected).every((c) => c.actual == null)).toBe(true);
		expect(report.problems.map((p) => p.code)).toEqual(['table2-cells-run-together', 'rows-not-read']);
	});
});

describe("a collapsed page's title, however the page prints it, behind its navigation words", () => {
	const page = renderCrawler(MODEL, 'soup-space');
	const h1 = '示例市测试局2023年政府信息公开工作年度报告';
	const withTitle = (title: string, box = true) => {
		const text = page.replace(`${h1} 发布时间`, `${title} 发布时间`);
		// Without the 索引号 box and 来源 field, nothing but the title names the issuer.
		return box ? text : text.replace(/(来源|发文机关)[:：]\s?示例市测试局/g, '');
	};
	const front = (text: string) => {
		const { report } = parseReport(text, 'x.txt');
		return { title: report.title, agency: report.agency, year: report.year };
	};

	it.each([
		['示例市测试局 2023 年政府信息公开工作 年度报告', '示例市测试局2023年政府信息公开工作年度报告'],
		['示例市 测试局 2023年度政府信息公开工作年度报告', '示例市测试局2023年度政府信息公开工作年度报告'],
		['示例市测试局关于2023年度政府信息公开工作的报告', '示例市测试局关于2023年度政府信息公开工作的报告'],
		['2023年示例市测试局政府信息公开工作年度报告', '2023年示例市测试局政府信息公开工作年度报告']
	])('"%s": the navigation words "首页 政务公开" are no part of title or agency', (printed, title) => {
		for (const box of [true, false]) expect(front(withTitle(printed, box))).toEqual({ title, agency: '示例市测试局', year: 2023 });
	});

	it('a line before a title that leaves out the agency names it only if it ends as bodies do (局, 街道, 海关 …), never navigation words', () => {
		const lines = renderText(MODEL, 'spaces').split('\n').slice(3);
		for (const body of ['示例区东城街道', '示例海关', '示例县残联']) expect(front([body, '2023年政府信息公开工作年度报告', ...lines].join('\n')).agency).toBe(body);
		expect(front(['首页 政务公开', '2023年政府信息公开工作年度报告', ...lines].join('\n')).agency).toBeNull();
	});

	it("a date line that runs on into the page's other fields (发布时间:2024-01-20 来源:… 浏览次数:…) gives the date", () => {
		const lines = renderText(MODEL, 'spaces').split('\n').slice(3);
		const { report } = parseReport(['示例市测试局2023年政府信息公开工作年度报告', '发布时间:2024-01-20 来源:示例市测试局 浏览次数:1024', ...lines].join('\n'), 'x.txt');
		expect(report.published).toBe('2024-01-20');
	});

	it('a title without the agency: the issuer the page\'s field box names (来源: …, collapsed onto one line with 索引号: …), else none', () => {
		expect(front(withTitle('2023年政府信息公开工作年度报告'))).toEqual({ title: '2023年政府信息公开工作年度报告', agency: '示例市测试局', year: 2023 });
		expect(front(withTitle('2023年政府信息公开工作年度报告', false)).agency).toBeNull();
	});
});

describe('the 2019 trial template with every table row run together (its 本年增/减 negative, its 金额 decimal)', () => {
	const source = readFileSync('tests/fixtures/template2019/shili-qu-2019.txt', 'utf8');
	// Tags stripped with nothing between a table's cells: each table line loses its spaces; then the crawler collapses the rest.
	const tableLine = (l: string) => /\d\s+-?\d|^(信息内容|申请人情况|结果维持|行政复议)/.test(l);
	const text = source.split('\n').map((l) => (tableLine(l) ? l.replace(/\s+/g, '') : l)).join(' ');
	const { report } = parseReport(text, 'shili-qu-2019.txt');
	const cells = compareCells(report, shiliQu2019);

	it('表三 ((六)其他处理 one row) and 表四: every cell', () => {
		for (const c of cells.filter((c) => !c.where.startsWith('表二'))) expect(c.actual, c.where).toBe(c.expected);
	});

	it('表二: a row is split only where one split exists ("行政强制303", "行政事业性收费41"); the others blank and named, none wrong', () => {
		const t2 = report.tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.rows);
		expect(t2.find((r) => r.label === '行政强制')?.values).toEqual([3, 0, 3]);
		expect(t2.find((r) => r.label === '行政事业性收费')?.values).toEqual([4, 1]);
		const named = report.problems.filter((p) => p.code === 'table2-cells-run-together').map((p) => `${p.detail.row} ${p.detail.text}`);
		expect(named).toEqual(['规章 2210', '规范性文件 5530', '行政许可 10020120', '其他对外管理服务事项 10-28', '行政处罚 50555', '政府集中采购 788.6']);
		expect(cells.filter((c) => c.actual !== c.expected).every((c) => c.actual == null)).toBe(true);
		expect(cells.filter((c) => c.actual === c.expected)).toHaveLength(198 - 17);
	});
});
