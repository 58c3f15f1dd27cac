import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText, renderHtml } from '../../../../helpers/forms';

/** The model report with its first lines (agency, title, date) replaced. */
const withFront = (...front: string[]) => [...front, ...renderText(MODEL, 'spaces').split('\n').slice(3)].join('\n');
const meta = (text: string, file = 'x.txt') => {
	const { report } = parseReport(text, file);
	return { title: report.title, agency: report.agency, year: report.year, published: report.published };
};

describe('title, agency, year and date, however the front of a report is printed', () => {
	it('a title split over two lines', () => {
		expect(meta(withFront('2024 年上海市科委政府信息公开工作', '年度报告'))).toMatchObject({ agency: '上海市科委', year: 2024 });
	});

	it('"关于2024年…的年度报告" and "2024年度…"', () => {
		expect(meta(withFront('示例区人民政府关于2024年政府信息公开工作的年度报告'))).toMatchObject({ agency: '示例区人民政府', year: 2024 });
		expect(meta(withFront('2024年度示例县财政局政府信息公开工作年度报告'))).toMatchObject({ agency: '示例县财政局', year: 2024 });
	});

	it('stray lines before the title: 正文, an 索引号 box, a crawler header block', () => {
		expect(meta(withFront('正文', '示例市测试局', '2023年政府信息公开工作年度报告'))).toMatchObject({ agency: '示例市测试局', year: 2023 });
		expect(meta(withFront('索引号: 11320800/2024-00012', '发布机构: 示例市测试局', '2023年政府信息公开工作年度报告'))).toMatchObject({ agency: '示例市测试局', year: 2023 });
		expect(meta(withFront('标题: 2023年政府信息公开工作年度报告', '发布时间: 2024-01-20 09:30', '来源: 示例市测试局'))).toEqual({
			title: '2023年政府信息公开工作年度报告',
			agency: '示例市测试局',
			year: 2023,
			published: '2024-01-20'
		});
	});

	describe('no title line: the article of a page whose title stood outside it, as text or collapsed to one line', () => {
		const preamble = '根据《中华人民共和国政府信息公开条例》要求,现向社会公布示例市测试局2023年度政府信息公开年度报告。本年度报告所列数据的统计时限为2023年1月1日至12月31日。';
		const collapse = (t: string) => t.replace(/\s+/g, ' ');
		it.each([
			['as lines', (t: string) => t],
			['collapsed', collapse]
		])('the report named in the preamble\'s sentence gives year and agency (%s)', (_, form) => {
			const { report } = parseReport(form(withFront(preamble)), 'x.txt');
			expect(report).toMatchObject({ title: '示例市测试局2023年政府信息公开年度报告', agency: '示例市测试局', year: 2023 });
			// The sentence is the report's text, not a title: it stays in the preamble.
			expect(report.preamble).toContain('现向社会公布示例市测试局');
			expect(report.tables.find((t) => t.anchor === 't4')?.rows[0].values).toEqual([2, 1, 0, 1, 4]);
		});

		it('"现将我局2023年…": the year, never 我局 as the agency', () => {
			expect(meta(withFront('现将我局2023年政府信息公开工作年度报告公布如下。'))).toMatchObject({ agency: null, year: 2023 });
			expect(meta(withFront('发布机构: 示例市测试局', '现将本局2023年政府信息公开工作年度报告公布如下。'))).toMatchObject({ agency: '示例市测试局', year: 2023 });
		});

		it("a page's own title outside the article still wins over the sentence", () => {
			const body = withFront('现向社会公布测试局2023年度政府信息公开年度报告。').split('\n').map((l) => `<p>${l}</p>`).join('');
			const html = `<html><body><h1>示例市测试局2023年政府信息公开工作年度报告</h1><div class="content">${body}</div></body></html>`;
			expect(meta(html, 'x.html')).toMatchObject({ title: '示例市测试局2023年政府信息公开工作年度报告', agency: '示例市测试局', year: 2023 });
			expect(meta(body.replace(/<\/?p>/g, '\n'))).toMatchObject({ title: '测试局2023年政府信息公开年度报告', agency: '测试局', year: 2023 });
		});

		it('a sentence that only mentions reports is no title: a blank template is still refused', () => {
			expect(() => parseReport(withFront('请按照政府信息公开工作年度报告格式模板填报。'), 'x.txt')).toThrow(/no report year or agency/);
		});
	});

	it('collapsed text: a crawler header block and a page\'s date field inline, text following the date', () => {
		const collapsedFront = (...front: string[]) => withFront(...front).replace(/\s+/g, ' ');
		expect(meta(collapsedFront('标题: 示例市测试局2023年政府信息公开工作年度报告 发布时间: 2024-01-20 09:30 来源: 示例市测试局'))).toEqual({
			title: '示例市测试局2023年政府信息公开工作年度报告',
			agency: '示例市测试局',
			year: 2023,
			published: '2024-01-20'
		});
		expect(meta(collapsedFront('2023年示例市测试局政府信息公开工作年度报告', '发布日期: 2024-01-20', '本年度报告根据《条例》要求编制。'))).toEqual({
			title: '2023年示例市测试局政府信息公开工作年度报告',
			agency: '示例市测试局',
			year: 2023,
			published: '2024-01-20'
		});
	});

	it('the publication date from a CMS page\'s PubDate meta tag', () => {
		const html = renderHtml(MODEL).replace(/<div class="info">.*?<\/div>/, '').replace('2024-01-20 10:00', '2024-02-03 10:00');
		expect(meta(html, 'x.html')).toMatchObject({ agency: '示例市测试局', published: '2024-02-03' });
	});
});
