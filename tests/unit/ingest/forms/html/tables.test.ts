import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { htmlLines } from '../../../../../src/lib/ingest/forms/html/lines';
import { isElement, walkTree, type Node } from '../../../../../src/lib/ingest/forms/html/dom';
import { parseReport } from '../../../../../src/lib/parse';

const report = (table: string) =>
	`<html><body><div class="article"><p>示例镇示例办2011年政府信息公开工作年度报告</p><p>一、概述</p><p>本办依法公开政府信息。</p><p>二、统计表</p>${table}<p>三、存在的问题</p><p>公开内容有待深化。</p></div></body></html>`;
const rows = (html: string) => parseReport(html, 'x.html').report.tables[0].rows.map((r) => [r.label, r.unit, r.values, !!r.header]);

describe('HTML tables', () => {
	it('a table laying out a page (a cell holding a table, or prose) is read as its blocks, a data table as rows of cells', () => {
		const prose = '本办依法公开政府信息，'.repeat(25);
		const page = (inner: string) => parse(`<html><body><table><tr><td>菜单</td><td>${inner}</td></tr></table></body></html>`);
		const read = (inner: string) => htmlLines(page(inner)).lines.map((l) => l.cells ?? l.text);
		expect(read(`<p>${prose}</p>`)).toEqual(['菜单', prose]);
		expect(read('<p>概述</p><table><tr><td>主动公开信息数</td><td>条</td><td>12</td></tr></table>')).toEqual(['菜单', '概述', ['主动公开信息数', '条', '12']]);
		expect(read('主动公开信息数')).toEqual([['菜单', '主动公开信息数']]);
	});

	it('a table with a picture in a cell (pages posted as pictures, a screenshot framed by a one-cell table) is read as its blocks, the picture\'s lines where it stands', () => {
		const doc = parse('<html><body><table><tr><td>示例市2023年报告</td></tr><tr><td><p><img src="t3.png"></p></td></tr><tr><td>版权所有</td></tr></table></body></html>');
		let img: Node | undefined;
		walkTree(doc, (n) => !(img ??= isElement(n) && n.tagName === 'img' ? n : undefined));
		const picture = [{ text: '(一)予以公开 3', cells: ['(一)予以公开', '3'] }];
		expect(htmlLines(doc, undefined, new Map([[img as Node, picture]])).lines.map((l) => l.cells ?? l.text)).toEqual(['示例市2023年报告', ['(一)予以公开', '3'], '版权所有']);
	});

	it('a group cell merged down its rows becomes a group row of its own, as a text table prints it', () => {
		const html = report(`<table><tr><td colspan=2>指标</td><td>单位</td><td>数量</td></tr>
<tr><td rowspan=2>一、主动公开情况</td><td>主动公开信息数</td><td>条</td><td>12</td></tr><tr><td>其中:网站公开</td><td>条</td><td>9</td></tr>
<tr><td colspan=2>二、行政复议数</td><td>件</td><td>0</td></tr></table>`);
		expect(rows(html)).toEqual([
			['一、主动公开情况', null, [null], true],
			['主动公开信息数', '条', [12], false],
			['其中:网站公开', '条', [9], false],
			['二、行政复议数', '件', [0], false]
		]);
	});

	it('a header with an empty second label column: each row\'s two label cells are one label, an empty cell stays blank', () => {
		const html = report(`<table><tr><td>指标</td><td></td><td>单位</td><td>数量</td></tr>
<tr><td>一、主动公开信息数</td><td></td><td>条</td><td>12</td></tr><tr><td>其中</td><td>1.网站公开</td><td>条</td><td>&nbsp;</td></tr><tr><td></td><td>2.政府公报公开</td><td>条</td><td>3</td></tr></table>`);
		expect(rows(html)).toEqual([
			['一、主动公开信息数', '条', [12], false],
			['其中:1.网站公开', '条', [null], false],
			['2.政府公报公开', '条', [3], false]
		]);
	});

	it('a header over two rows (数量 merged over 2011年度 | 历年累计) keeps both value columns, in HTML as in tab-separated text', () => {
		const html = report(`<table><tr><td rowspan=2>指标名称</td><td rowspan=2>计量单位</td><td colspan=2>数量</td></tr><tr><td>2011年度</td><td>历年累计</td></tr>
<tr><td>一、主动公开信息数</td><td>条</td><td>12</td><td>40</td></tr><tr><td>二、行政复议数</td><td>件</td><td>0</td><td>1</td></tr></table>`);
		const expected = [
			['一、主动公开信息数', '条', [12, 40], false],
			['二、行政复议数', '件', [0, 1], false]
		];
		expect(rows(html)).toEqual(expected);
		const text = ['示例镇示例办2011年政府信息公开工作年度报告', '一、概述', '本办依法公开政府信息。', '二、统计表', '指标名称\t计量单位\t数量\t', '\t\t2011年度\t历年累计', '一、主动公开信息数\t条\t12\t40', '二、行政复议数\t件\t0\t1', '三、存在的问题', '公开内容有待深化。'].join('\n');
		const { report: fromText } = parseReport(text, 'x.txt');
		expect(fromText.tables[0].columns).toEqual(['2011年度', '历年累计']);
		expect(fromText.tables[0].rows.map((r) => [r.label, r.unit, r.values, !!r.header])).toEqual(expected);
	});

	it('a 序号 column is part of the label: "1" and 主动公开信息数 read "1.主动公开信息数", keyed as a known indicator', () => {
		const html = report(`<table><tr><th>序号</th><th>统计指标</th><th>单位</th><th>2011年</th></tr><tr><td>1</td><td>主动公开信息数</td><td>条</td><td>12</td></tr><tr><td>2</td><td>行政复议数</td><td>件</td><td>0</td></tr></table>`);
		const { report: parsed } = parseReport(html, 'x.html');
		expect(parsed.tables[0].columns).toEqual(['2011年']);
		expect(parsed.tables[0].rows.map((r) => [r.label, r.unit, r.values, r.keys])).toEqual([
			['1.主动公开信息数', '条', [12], ['publish.total']],
			['2.行政复议数', '件', [0], ['review.total']]
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('a table split in two at a page break, each part with its header, is one table and the repeated header no row', () => {
		const head = '<tr><td>指标</td><td>单位</td><td>数量</td></tr>';
		const html = report(`<table>${head}<tr><td>一、主动公开信息数</td><td>条</td><td>12</td></tr><tr><td>其中:网站公开</td><td>条</td><td>9</td></tr></table>
<table>${head}<tr><td>二、行政复议数</td><td>件</td><td>0</td></tr><tr><td>三、行政诉讼数</td><td>件</td><td>1</td></tr></table>`);
		const { report: parsed } = parseReport(html, 'x.html');
		expect(parsed.tables).toHaveLength(1);
		expect(rows(html)).toEqual([
			['一、主动公开信息数', '条', [12], false],
			['其中:网站公开', '条', [9], false],
			['二、行政复议数', '件', [0], false],
			['三、行政诉讼数', '件', [1], false]
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('a table\'s caption is a line of the text before its rows; a header 类别 | 统计数 is a header', () => {
		const html = report(`<table><caption>附表：示例镇示例办2011年政府信息公开情况统计表</caption><tr><td>类别</td><td>统计数</td></tr><tr><td>一、主动公开信息数(条)</td><td>12</td></tr><tr><td>二、行政复议数(件)</td><td>0</td></tr></table>`);
		const { report: parsed, text } = parseReport(html, 'x.html');
		expect(text).toContain('附表:示例镇示例办2011年政府信息公开情况统计表\n类别 统计数');
		expect(parsed.sections[1].text).toContain('附表:示例镇示例办2011年政府信息公开情况统计表');
		expect(parsed.tables[0].columns).toEqual(['统计数']);
		expect(rows(html)).toEqual([
			['一、主动公开信息数(条)', null, [12], false],
			['二、行政复议数(件)', null, [0], false]
		]);
	});

	it('a national appendix label cut over two rows anywhere is joined where together the parts are the template\'s row', () => {
		const tr = (...c: string[]) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
		const html = report(`<table>${tr('指标', '单位', '数量')}${tr('五、行政诉讼数量', '件', '3')}${tr('(一)维持具体行政行为或者', '', '')}${tr('驳回原告诉讼请求数', '件', '2')}${tr('(二)被依法纠错数', '件', '1')}${tr('(三)其他情形数', '件', '0')}
${tr('六、举报投诉数量', '件', '0')}${tr('八、机构建设和保障经费情况', '—', '')}${tr('(一)政府信息公开工作专门机构数', '个', '1')}</table>`);
		expect(rows(html)).toEqual([
			['五、行政诉讼数量', '件', [3], false],
			['(一)维持具体行政行为或者驳回原告诉讼请求数', '件', [2], false],
			['(二)被依法纠错数', '件', [1], false],
			['(三)其他情形数', '件', [0], false],
			['六、举报投诉数量', '件', [0], false],
			['八、机构建设和保障经费情况', null, [null], true],
			['(一)政府信息公开工作专门机构数', '个', [1], false]
		]);
	});
});
