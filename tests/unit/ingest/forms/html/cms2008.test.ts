import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { parseReport } from '../../../../../src/lib/parse';
import { readHtml } from '../../../../../src/lib/ingest/forms/html';
import { htmlLines } from '../../../../../src/lib/ingest/forms/html/lines';
import type { Report } from '../../../../../src/lib/types';
import { AGENCY, CHROME_INSIDE, cmsPage, NARRATIVE, plainText, ROWS, textLabel, TITLE, type PageShape } from '../../../../fixtures/html/cms2008';
import { seedCmsPage } from '../../../../fixtures/html/seed-cms';
import { wordSavedPage } from '../../../../fixtures/html/word-page';
import { encodeGbk } from '../../../../fixtures/html/gbk';
import { seedReport } from '../../../../helpers/search';
import { renderSeed } from '../../../../helpers/forms2008';
import { walk } from '../../../../helpers/seed';

const cells = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ label: row.label, unit: row.unit, values: row.values, keys: row.keys ?? null, header: !!row.header })));
const gbk = (shape: PageShape) => parseReport(encodeGbk(cmsPage(shape)), 'shili-guotu-2010.html');
const base: PageShape = { charsetMeta: 'http-equiv', title: 'td', date: 'pubdate-meta', twoColumns: false };

describe('a 2008-era report as a TRS-like CMS page (GBK, layout tables, Word-exported province table)', () => {
	it.each([false, true])('reads the province table as written, 其中 cells merged down their rows and 指标 across two label columns (two value columns: %s)', (twoColumns) => {
		const { report } = gbk({ ...base, twoColumns });
		const [table] = report.tables;
		expect(report.tables).toHaveLength(1);
		expect(table.columns).toEqual(twoColumns ? ['2010年度', '历年累计'] : ['数量']);
		// The golden values are the numbers the fixture wrote, row by row.
		expect(table.rows.map((r) => [r.label, r.unit, r.values])).toEqual(ROWS.map((r, i) => [textLabel(ROWS, i), r.unit, twoColumns ? [r.year, r.total] : [r.year]]));
		expect(report.problems).toEqual([]);
	});

	it.each([false, true])('gives the same sections, rows, keys and checks as the plain text of the same report (two value columns: %s)', (twoColumns) => {
		const { report: text } = parseReport(plainText(twoColumns), 'shili-guotu-2010.txt');
		const { report } = gbk({ ...base, twoColumns, fullWidth: true });
		expect(walk(report.sections).map((s) => [s.anchor, s.title])).toEqual(walk(text.sections).map((s) => [s.anchor, s.title]));
		expect(cells(report)).toEqual(cells(text));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(text.checks.map((c) => `${c.id}:${c.status}`));
	});

	it('keys the rows that match a known indicator in the annual column only, and keeps the 申诉数 cell blank', () => {
		const { report } = gbk({ ...base, twoColumns: true });
		const rows = report.tables[0].rows;
		expect(rows.filter((r) => r.keys?.[0]).map((r) => [r.label, r.keys])).toEqual(
			[
				['一、主动公开信息数', 'publish.total'],
				['其中:1.网站公开', 'publish.channel.website'],
				['2.政府公报公开', 'publish.channel.gazette'],
				['3.其他方式公开', 'publish.channel.other'],
				['二、受理依申请公开信息总数', 'applications.received'],
				['其中:1.当面申请', 'applications.channel.in_person'],
				['2.网络申请', 'applications.channel.online'],
				['3.信函申请', 'applications.channel.letter'],
				['三、对申请的答复数', 'applications.answered'],
				['其中:1.同意公开', 'applications.outcome.granted'],
				['2.同意部分公开', 'applications.outcome.partly_granted'],
				['3.不予公开', 'applications.outcome.refused'],
				['4.信息不存在', 'applications.outcome.not_exist'],
				['四、行政复议数', 'review.total'],
				['五、行政诉讼数', 'litigation.total']
			].map(([label, key]) => [label, [key, null]])
		);
		// 收取费用 is in 元 where the indicator is in 万元, and 申诉数 is no known indicator: neither is keyed.
		expect(rows.find((r) => r.label === '七、收取费用')!.keys).toBeUndefined();
		expect(rows.find((r) => r.label === '六、申诉数')!.values).toEqual([null, null]);
	});

	it.each(['td', 'h1', 'div'] as const)('keeps a title printed above the article (%s) as the report\'s first line', (title) => {
		const { report, text } = gbk({ ...base, title });
		expect(text.split('\n')[0]).toBe(TITLE);
		expect([report.title, report.agency, report.year]).toEqual([TITLE, AGENCY, 2010]);
		expect(report.titleLines).toEqual([TITLE]);
		expect(report.dropped).not.toContain(TITLE);
	});

	it('never takes a menu\'s link to another year\'s report for the title above the article', () => {
		const menu = '<tr><td><a href="/2009.html">示例县国土资源局2009年政府信息公开工作年度报告</a></td></tr>';
		const page = cmsPage({ ...base, title: 'title-only', box: false }).replace('<table width="100%" border="0">', `<table width="100%" border="0">${menu}`);
		const { report, text } = parseReport(encodeGbk(page), 'x.html');
		expect([report.title, report.year]).toEqual([TITLE, 2010]);
		expect(text).not.toContain('2009年');
		expect(report.dropped).toContain('示例县国土资源局2009年政府信息公开工作年度报告');
	});

	it('takes the title from <title> (the site name cut off) when the page prints none, and keeps it out of the text', () => {
		const { report, text } = gbk({ ...base, title: 'title-only' });
		expect([report.title, report.agency, report.year]).toEqual([TITLE, AGENCY, 2010]);
		expect(text.split('\n')[0]).toBe(NARRATIVE[0].heading);
	});

	it('takes the title from the ArticleTitle meta tag where <title> holds only the site\'s name', () => {
		const page = cmsPage({ ...base, title: 'title-only' }).replace(`<title>${TITLE}_示例县人民政府门户网站</title>`, `<title>示例县人民政府门户网站</title><meta name="ArticleTitle" content="${TITLE}">`);
		const { report } = parseReport(encodeGbk(page), 'x.html');
		expect([report.title, report.agency, report.year]).toEqual([TITLE, AGENCY, 2010]);
	});

	it('takes the agency from TRS\'s ContentSource meta tag where neither the title nor a box names it', () => {
		const page = cmsPage({ ...base, title: 'title-only', box: false }).replace(`<title>${TITLE}`, '<title>2010年政府信息公开工作年度报告');
		const { report } = parseReport(encodeGbk(page), 'x.html');
		expect([report.agency, report.year]).toEqual([AGENCY, 2010]);
		const { report: ours } = parseReport(encodeGbk(page.replace(`content="${AGENCY}"`, 'content="本网"')), 'x.html');
		expect(ours.agency).toBeNull();
	});

	it.each(['pubdate-meta', 'publishdate-meta', 'firstpublishedtime-meta', 'line-time', 'line-chinese'] as const)('reads the publication date from %s', (date) => {
		expect(gbk({ ...base, date, box: false }).report.published).toBe('2011-03-30');
	});

	it('reads the 生成日期 of the 索引号 box, and its 发布机构 where the title names no agency', () => {
		const page = cmsPage({ ...base, title: 'title-only', date: 'line-time' })
			.replace('发布时间：2011-03-30 10:20', '')
			.replace('<td>2011-03-30</td>', '<td>2011-03-29</td>')
			.replace(`<title>${TITLE}`, '<title>2010年政府信息公开工作年度报告');
		const { report } = parseReport(encodeGbk(page), 'x.html');
		expect(report.published).toBe('2011-03-29');
		expect(report.agency).toBe(AGENCY);
	});

	it('leaves the page chrome out of the text, listed as dropped: menus, breadcrumbs, the 索引号 box, print/close, the footer', () => {
		const { report, text } = gbk(base);
		expect(text).not.toMatch(/当前位置|索引号|打印本页|关闭窗口|网站标识码|政府信息公开指南|浏览次数|doZoom|_hmt/);
		for (const line of ['当前位置:首页 > 政务公开 > 政府信息公开年度报告', '【打印本页】 【关闭窗口】', '政府信息公开指南']) expect(report.dropped).toContain(line);
		// The layout table holding the article is read as its blocks, never as one row of the whole page.
		expect(report.dropped.every((d) => d.length < 200)).toBe(true);
		expect(report.sections.map((s) => s.title)).toEqual(NARRATIVE.map((p) => p.heading.replace(/^.、/, '')));
	});

	it('drops the CMS\'s own lines inside the article container (size switch, hit counter, share bar, print/close), listing them', () => {
		const { report: clean } = gbk(base);
		const { report } = gbk({ ...base, chromeInside: true });
		expect(report.dropped).toEqual(expect.arrayContaining(CHROME_INSIDE.map((l) => l.replace('：', ':'))));
		expect(cells(report)).toEqual(cells(clean));
		expect(report.sections).toEqual(clean.sections);
		expect([report.preamble, report.titleLines]).toEqual([clean.preamble, clean.titleLines]);
	});

	it.each(['td', 'h1', 'title-only'] as const)('loses no line of the page (title %s): each is in the article read or in dropped, once', (title) => {
		const html = cmsPage({ ...base, title, chromeInside: true });
		const { lines, hints } = readHtml(html);
		const page = htmlLines(parse(html)).lines.map((l) => l.text);
		expect([...lines.map((l) => l.text), ...hints.dropped].sort()).toEqual([...page].sort());
	});

	it('reads a UTF-8 page that still declares gb2312 (a crawler re-saved it) as UTF-8', () => {
		const { report } = parseReport(new TextEncoder().encode(cmsPage(base)), 'x.html');
		expect(report.title).toBe(TITLE);
		expect(report.tables[0].rows[0].values).toEqual([356]);
	});
});

describe('the same report as Word\'s own "save as web page" (.htm, GB2312)', () => {
	it.each([false, true])('gives the title, date, sections and cells of its plain text (two value columns: %s)', (twoColumns) => {
		const { report: text } = parseReport(plainText(twoColumns), 'shili-guotu-2010.txt');
		const { report } = parseReport(encodeGbk(wordSavedPage(twoColumns)), 'shili-guotu-2010.htm');
		expect([report.title, report.agency, report.year, report.published]).toEqual([TITLE, AGENCY, 2010, '2011-03-30']);
		expect(walk(report.sections).map((s) => [s.anchor, s.title, s.text])).toEqual(walk(text.sections).map((s) => [s.anchor, s.title, s.text]));
		expect(cells(report)).toEqual(cells(text));
		expect(report.problems).toEqual([]);
	});
});

describe('the seed report (national 2008 appendix) as a TRS page', () => {
	const reference = seedReport();
	const rows = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ anchor: row.anchor, label: row.label, unit: row.unit, value: row.values[0], key: row.keys?.[0] ?? null, header: !!row.header })));

	it('gives the same sections, rows, keys and checks as the scraped text: 其中 merged down, labels broken over two rows, full-width digits', () => {
		const { report } = parseReport(encodeGbk(seedCmsPage()), 'hengyang-guotu-2018.html');
		expect(report.problems).toEqual([]);
		expect([report.agency, report.year, report.published]).toEqual(['衡阳市国土资源局', 2018, '2019-02-26']);
		expect(walk(report.sections).map((s) => s.anchor)).toEqual(walk(reference.sections).map((s) => s.anchor));
		expect(rows(report)).toEqual(rows(reference));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference.checks.map((c) => `${c.id}:${c.status}`));
	});
	it('with two value columns under a header over two rows (数量 over 2018年度 | 历年累计): the same cells as the tab-separated text, the annual column keyed', () => {
		const { report: text } = parseReport(renderSeed('two-columns'), 'x.txt');
		const { report } = parseReport(encodeGbk(seedCmsPage(true)), 'hengyang-guotu-2018.html');
		const values = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => [row.anchor, row.label, row.unit, row.values, row.keys ?? null]));
		expect(report.problems).toEqual([]);
		expect(report.tables[0].columns).toEqual(['2018年度', '历年累计']);
		expect(values(report)).toEqual(values(text));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(text.checks.map((c) => `${c.id}:${c.status}`));
	});
});
