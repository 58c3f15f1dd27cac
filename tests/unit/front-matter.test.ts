import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse';
import { MODEL } from '../fixtures/template2019/model';
import { renderText, renderHtml } from '../helpers/forms';

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

	it('the publication date from a CMS page\'s PubDate meta tag', () => {
		const html = renderHtml(MODEL).replace(/<div class="info">.*?<\/div>/, '').replace('2024-01-20 10:00', '2024-02-03 10:00');
		expect(meta(html, 'x.html')).toMatchObject({ agency: '示例市测试局', published: '2024-02-03' });
	});
});
