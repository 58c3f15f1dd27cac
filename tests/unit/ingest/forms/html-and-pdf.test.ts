import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile, parseReport, ParseError } from '../../../../src/lib/parse';
import { readHtml } from '../../../../src/lib/ingest/forms/html';
import { groupLines } from '../../../../src/lib/ingest/forms/pdf';
import { splitLine } from '../../../../src/lib/ingest/tables/split';
import { corpusFile, hasCorpus } from '../../../helpers/seed';

const page = (body: string) => `<!doctype html><html><head><title>X-站点</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/x">无障碍</a> <a>繁體版</a></div>
<table class="meta"><tr><td>索引号</td><td>000/2024-1</td><td>发布机构</td><td>测试县测试局</td></tr>
<tr><td>公开日期</td><td>2024-01-17</td></tr></table>
<div id="zoomcon">${body}</div><div class="footer">版权所有 测试县人民政府 网站标识码 123</div></body></html>`;

const ARTICLE = `<p>测试县测试局20<span>23</span>年政府信息公开年度报告</p>
<p>一、总体情况</p><p>本局全年主动公开信息<span style="x">12</span><font>3</font>条，相关工作有序推进，取得了较好的成效，群众满意度较高。</p>
<p>二、其他需要报告的事项</p><p>本年度未收取信息处理费，相关工作按规定办理完毕，没有其他需要报告的事项。</p>
<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>&nbsp;</td></tr></table>`;

describe('HTML pages', () => {
	it('finds the article body and leaves site chrome and the metadata box out, listing them as dropped', () => {
		const { lines, hints } = readHtml(page(ARTICLE));
		const text = lines.map((l) => l.text).join('\n');
		expect(text).not.toMatch(/首页|无障碍|繁體版|索引号|版权所有/);
		expect(hints.dropped).toEqual(expect.arrayContaining(['版权所有 测试县人民政府 网站标识码 123']));
		expect(hints.dropped.some((d) => d.includes('无障碍'))).toBe(true);
	});

	it('takes the publication date and agency from the metadata box', () => {
		const { hints } = readHtml(page(ARTICLE));
		expect(hints.published).toBe('2024-01-17');
		expect(hints.agency).toBe('测试县测试局');
	});

	it('joins text across inline tags without inserting spaces', () => {
		const { report } = parseReport(page(ARTICLE), 'ceshi-2023.html');
		expect(report.year).toBe(2023);
		expect(report.sections[0].text).toContain('主动公开信息123条');
	});

	it('reads an &nbsp; cell as blank, not 0', () => {
		const { lines } = readHtml(page(ARTICLE));
		const row = lines.find((l) => l.cells?.[0] === '规章')!;
		expect(splitLine(row).values).toEqual([null]);
	});
});

describe('PDF text', () => {
	it('rebuilds a table row from positions: label and numbers on one line, in x order', () => {
		const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, width: str.length * size * 0.6, size });
		const lines = groupLines([item('21', 492, 347, 14), item('一、本年新收政府信息公开申请数量', 78, 348), item('0', 352, 347, 14), item('21', 319, 347, 14), item('二、上年结转', 78, 325)]);
		// Cells an em or more apart are spaced by two spaces, as text tables space them; words a third of an em apart by one.
		expect(lines.map((l) => l.text)).toEqual(['一、本年新收政府信息公开申请数量  21  0  21', '二、上年结转']);
		expect(groupLines([item('2023', 100, 500), item('年', 128, 500)]).map((l) => l.text)).toEqual(['2023 年']);
	});

	it.skipIf(!hasCorpus)('reads a real PDF to the same outline as its text extraction', async () => {
		const pdf = await parseFile(new Uint8Array(readFileSync(corpusFile('huaian-szf-2024.pdf'))), 'huaian-szf-2024.pdf');
		const txt = await parseFile(new Uint8Array(readFileSync(corpusFile('huaian-szf-2024.txt'))), 'huaian-szf-2024.txt');
		expect(pdf.report.sections.map((s) => s.title)).toEqual(txt.report.sections.map((s) => s.title));
		// The same cells; their source lines are each form's own (the PDF's text and the .txt differ in line breaks).
		const cells = (tables: typeof pdf.report.tables) => tables.map((t) => ({ ...t, rows: t.rows.map(({ lines, ...r }) => ({ ...r, lines: lines?.map((l) => l !== null) })) }));
		expect(cells(pdf.report.tables)).toEqual(cells(txt.report.tables).map((t) => ({ ...t, source: expect.any(String) })));
		expect(pdf.text).toContain('淮安市人民政府');
	});

	it('says so in one line when a .pdf is not a readable PDF', async () => {
		const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage');
		await expect(parseFile(broken, 'reports/broken.pdf')).rejects.toThrow(ParseError);
		await expect(parseFile(broken, 'reports/broken.pdf')).rejects.toThrow(/^nianbao: reports\/broken\.pdf: (not a readable PDF|PDF has no text layer)[^\n]*$/);
	});
});

describe('2019-format text', () => {
	it('does not take a 表三 row such as "四、结转下年度继续办理 0 0 0" for a part heading', () => {
		const text = [
			'某局2023年政府信息公开工作年度报告', '一、总体情况', '工作有序。', '三、收到和处理政府信息公开申请情况',
			'一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1', '四、结转下年度继续办理 0 0 0 0 0 0 0',
			'四、政府信息公开行政复议、行政诉讼情况', '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0'
		].join('\n');
		const { report, problems } = parseReport(text, 'x-2023.txt');
		expect(report.sections.map((s) => s.title)).toEqual(['总体情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况']);
		// This made-up report has no part 二 (表二): that is named too, not passed over in silence.
		expect(problems.map((p) => [p.code, p.detail.table ?? p.detail.found ?? p.detail.tables])).toEqual([
			['part-not-found', '表二'],
			['table3-not-placed', 2],
			// 表二 (absent) and 表三 (not placed) as the template has them, every cell unread.
			['tables-not-read', ['表二（第二十条第(一)项）', '表二（第二十条第(五)项）', '表二（第二十条第(六)项）', '表二（第二十条第(八)项）', '表三']]
		]);
		expect(report.tables.filter((t) => !t.unread).map((t) => t.anchor)).toEqual(['t4']);
		expect(report.sections[1].text).toContain('四、结转下年度继续办理 0 0 0 0 0 0 0');
	});
});
