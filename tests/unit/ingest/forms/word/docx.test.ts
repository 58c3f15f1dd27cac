import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../src/lib/parse';
import { paragraphNumbers } from '../../../../../src/lib/ingest/forms/word/docx-numbering';
import { zipTexts } from '../../../../../src/lib/ingest/forms/word/zip';
import { withListNumbers } from '../../../../../src/lib/ingest/forms/word/docx';
import type { Problem } from '../../../../../src/lib/types';
import type { Report } from '../../../../../src/lib/types';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderSeedDocx, renderShapedDocx, type DocxShape } from '../../../../helpers/forms-docx';
import { seedAppendix } from '../../../../helpers/forms2008';
import { seedReport } from '../../../../helpers/search';
import { onGrid, type MammothElement } from '../../../../../src/lib/ingest/forms/word/docx-tables';
import { walk } from '../../../../helpers/seed';
import { expectSameModelReport } from '../../../../helpers/same-report';
import { pagePicturesDocx } from '../../../../helpers/page-pictures';


describe('a Word document as agencies write it gives the same sections, anchors and cells as its text', () => {
	const shapes: [string, DocxShape][] = [
		['headings as Word heading styles', { headings: 'styles' }],
		['headings as bold paragraphs', { headings: 'bold' }],
		['headings numbered by Word’s list definitions (一、 and （一） only in numbering.xml)', { headings: 'numbering' }],
		['numbered headings, the whole body inside a one-cell layout table', { headings: 'numbering', nested: true }]
	];
	it.each(shapes)('%s; 表三 and 表四 with merged cells, a footnote, a page header and footer', async (_, shape) => {
		const { report } = await parseFile(await renderShapedDocx(MODEL, shape), 'shili-2023.docx');
		expectSameModelReport(report);
		const text = walk(report.sections).map((s) => s.text);
		// The paragraph is kept whole (its footnote mark after it), the footnote's own text is kept, the page header and footer are not text.
		expect(report.sections[0].text).toContain('全面推进政务公开工作。');
		expect(text.join('\n')).toContain('数据截至2023年12月31日。');
		expect(text.join('\n')).not.toMatch(/—\s*\d+\s*—/);
		expect(report.sections.find((s) => s.anchor === 's4')!.text).toContain('表四所列复议案件均已审结');
	});
});

describe('the seed’s 2008 appendix as a Word table with merged cells', () => {
	it('units merged down runs of rows and group rows merged across give the same rows, keys and checks as the text', async () => {
		const reference2008 = seedReport();
		const rows = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ label: row.label, unit: row.unit, value: row.values[0], key: row.keys?.[0] ?? null })));
		const { before, header, rows: cells } = seedAppendix();
		const { report } = await parseFile(await renderSeedDocx(before, header, cells), 'x.docx');
		expect(report.problems).toEqual([]);
		expect(rows(report)).toEqual(rows(reference2008));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference2008.checks.map((c) => `${c.id}:${c.status}`));
	});

	it('a merged cell stands in every row it spans: words repeated, a number only in its first row', () => {
		const text = (value: string) => ({ type: 'tableCell', children: [{ type: 'paragraph', children: [{ type: 'run', children: [{ type: 'text', value }] }] }] });
		const row = (...cells: MammothElement[]) => ({ type: 'tableRow', children: cells });
		const table = { type: 'table', children: [row(text('网站'), { ...text('条'), rowSpan: 2 }, { ...text('7'), rowSpan: 2 }), row(text('微博'))] };
		const cells = onGrid(table).children!.map((r) => r.children!.map((c) => JSON.stringify(c.children).match(/"value":"([^"]*)"/)?.[1] ?? ''));
		expect(cells).toEqual([['网站', '条', '7'], ['微博', '条', '']]);
	});
});

describe('docx-numbering: the numbers Word prints for list paragraphs', () => {
	const lvl = (ilvl: number, format: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
	const numberingXml = [
		`<w:numbering><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>`,
		`<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum>`,
		`<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>`,
		'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
		'<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>'
	].join('');
	const p = (numId: string | null, ilvl = 0, style = '') =>
		`<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;

	it('counts each list in document order, restarts deeper levels, formats Chinese counting past ten, and leaves unnumbered paragraphs out', () => {
		const parts = Array.from({ length: 11 }, () => p('1')).join('');
		const doc = `<w:body>${p('1')}${p('1', 1)}${p('1', 1)}${p(null)}<w:p/>${p('1')}${p('1', 1)}${p('1', 2)}${parts}${p('0')}</w:body>`;
		expect(paragraphNumbers(doc, numberingXml)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '1.', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、', '十三、']);
	});

	it('bullets print nothing; a start override and multi-level text ("%1.%2") are Word’s; a heading style linked to a list numbers its paragraphs', () => {
		const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>';
		const doc = `${p('2')}${p('3')}${p('3', 1)}${p(null, 0, 'Heading1')}${p(null, 0, 'Heading1')}`;
		expect(paragraphNumbers(doc, numberingXml, styles)).toEqual(['', '4.', '4.1', '一、', '二、']);
		// The link may also run the other way: a list level naming its paragraph style.
		const linked = numberingXml.replace('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>', '<w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1."/>');
		expect(paragraphNumbers(`${p(null, 0, 'Heading2')}${p(null, 0, 'Heading2')}`, linked)).toEqual(['4.', '5.']);
	});

	it('numbers only when there is one for every list paragraph mammoth found; else the problem is named and the lists are left as they are', () => {
		const doc = { type: 'document', children: [{ type: 'paragraph', numbering: {}, children: [] }, { type: 'paragraph', numbering: {}, children: [] }] };
		const problems: Problem[] = [];
		const out = withListNumbers(['一、'], problems)(doc);
		expect(out.children!.every((p) => p.numbering && p.children!.length === 0)).toBe(true);
		expect(problems.map((p) => p.code)).toEqual(['docx-numbering-unread']);
		expect(withListNumbers(['一、', '二、'], problems)(doc).children!.map((p) => p.children![0].children![0].value)).toEqual(['一、', '二、']);
	});
});

describe('zip: the parts of a DOCX mammoth does not expose', () => {
	it('reads named entries of a Word document (deflated), leaves out the ones not asked for or absent, and refuses what is not a zip', async () => {
		const parts = zipTexts(await renderShapedDocx(MODEL, { headings: 'numbering' }), ['word/document.xml', 'word/numbering.xml', 'word/nothing.xml']);
		expect([...parts.keys()].sort()).toEqual(['word/document.xml', 'word/numbering.xml']);
		expect(parts.get('word/document.xml')).toContain('总体情况');
		expect(parts.get('word/numbering.xml')).toContain('chineseCounting');
		expect(() => zipTexts(new TextEncoder().encode('PK not really a zip'), ['word/document.xml'])).toThrow('no zip central directory');
	});

	it('refuses a Word document without a report in one line that names the .docx given, not the HTML it was read as', async () => {
		const docx = await pagePicturesDocx('一份通知', [], 1, 1);
		await expect(parseFile(docx, 'tongzhi.docx')).rejects.toThrow(/^nianbao: tongzhi\.docx: [^\n]+$/);
	});
});
