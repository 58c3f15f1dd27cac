import { describe, expect, it } from 'vitest';
import { parseFile, parseReport } from '../../../../src/lib/parse';
import { MODEL } from '../../../fixtures/template2019/model';
import { renderDocx, renderHtml, renderText, type TextLayout } from '../../../helpers/forms';
import { renderPdf, renderTypesetPdf } from '../../../helpers/forms-pdf';
import { renderDoc } from '../../../helpers/forms-doc';
import { expectSameModelReport, modelReference, outline } from '../../../helpers/same-report';

describe('one report in every form and layout gives the same sections, anchors and cells', () => {
	it('the reference rendering (cells separated by spaces) is the model', () => {
		expect(outline(modelReference)).toEqual(['s1 总体情况', 's1-1 主动公开', 's1-2 依申请公开', 's2 主动公开政府信息情况', 's3 收到和处理政府信息公开申请情况', 's4 政府信息公开行政复议、行政诉讼情况', 's5 存在的主要问题及改进情况', 's6 其他需要报告的事项']);
		expectSameModelReport(modelReference);
	});

	const layouts: TextLayout[] = ['pipes', 'pipes-open', 'tabs', 'cell-per-line', 'markdown', 'collapsed', 'collapsed-pipes'];
	it.each(layouts)('text with tables in the %s layout', (layout) => {
		expectSameModelReport(parseReport(renderText(MODEL, layout), layout === 'markdown' ? 'shili-2023.md' : 'shili-2023.txt').report);
	});

	it('a crawled CMS page: chrome around the article, rowspan group labels, Word spans in cells, the date from the page', () => {
		const { report } = parseReport(renderHtml(MODEL), 'shili-2023.html');
		expectSameModelReport(report);
		expect(report.published).toBe('2024-01-20');
		expect(report.dropped.join('\n')).toContain('网站标识码');
	});

	it('a PDF (positioned text in a Type0 font with a ToUnicode map, table cells at column positions, long labels wrapped in their cell) read by pdf.js', async () => {
		const { report, text } = await parseFile(renderPdf(MODEL), 'shili-2023.pdf');
		expectSameModelReport(report);
		// Paragraphs typeset over several lines are joined back into one.
		expect(report.sections[0].text).toContain('《中华人民共和国政府信息公开条例》,全面推进政务公开工作。');
		// The wrapped label came out of pdf.js as two lines, and its row still got its values.
		expect(text).toMatch(/不再处理其政府信息公开(\s+0){7}\n申请\n/);
	});

	it('a PDF typeset by pdf-lib in a real CJK font (Noto Sans CJK SC, embedded as a subset, glyphs of their own widths), read by pdf.js', async () => {
		const bytes = await renderTypesetPdf(MODEL);
		// The font's glyphs are in the file (CFF, /FontFile3), not only a map from codes to characters.
		expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/BaseFont \/NotoSansCJKsc-Regular[\s\S]*\/FontFile3/);
		const { report, text } = await parseFile(bytes, 'shili-2023.pdf');
		expectSameModelReport(report);
		expect(report.sections[0].text).toContain('《中华人民共和国政府信息公开条例》,全面推进政务公开工作。');
		expect(text).toMatch(/不再处理其政府信息公开(\s+0){7}\n申请\n/);
	});

	it('a legacy Word document (.doc: a compound file with a FIB, a piece table and table-row marks, written by the tests) read by word-extractor', async () => {
		expectSameModelReport((await parseFile(renderDoc(MODEL), 'shili-2023.doc')).report);
	});

	it('a Word document (.docx) written with the docx package', async () => {
		const bytes = await renderDocx(MODEL);
		expectSameModelReport((await parseFile(bytes, 'shili-2023.docx')).report);
	});
});
