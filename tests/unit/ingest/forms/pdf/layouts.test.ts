import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../src/lib/parse';
import { readPdf } from '../../../../../src/lib/ingest/forms/pdf';
import type { Report } from '../../../../../src/lib/types';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText } from '../../../../helpers/forms';
import { seedAppendix } from '../../../../helpers/forms2008';
import { renderPostedPdf, renderPostedTypesetPdf, renderSeedPostedPdf, type PostedShape } from '../../../../helpers/forms-pdf-posted';
import { compareCells } from '../../../../../scripts/golden/compare';
import { seedReport } from '../../../../helpers/search';
import { walk } from '../../../../helpers/seed';
import { parseReport } from '../../../../../src/lib/parse';
import { outline, rowAnchors } from '../../../../helpers/same-report';

/**
 * PDFs laid out as agencies post them (Word's tables saved as PDF) give the same report as the plain
 * text: page furniture between table rows, labels wrapped in their cells, merged cells, headers on
 * several lines, a landscape page, a letter-spaced title, a seal.
 */
const reference = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt').report;

const SHAPES: [string, PostedShape, string[]][] = [
	['footer “— k —”, cells centred on their row', { footer: (k) => `— ${k} —`, align: 'middle' }, ['— 1 —', '— 2 —']],
	['footer “第k页 共n页”, values on a wrapped row’s first line, tables in 10.5 pt, a letter-spaced title', { footer: (k, n) => `第${k}页 共${n}页`, align: 'top', spacedTitle: true, tableSize: 10.5 }, ['第1页 共3页']],
	['footer “- k -”, 表三 on a landscape page turned by /Rotate 90', { footer: (k) => `- ${k} -`, align: 'middle', t3Turn: 'rotate', tableSize: 10.5 }, ['- 1 -', '- 4 -']],
	['footer “k / n”, 表三 printed sideways on a portrait page', { footer: (k, n) => `${k} / ${n}`, align: 'middle', t3Turn: 'sideways', tableSize: 10.5 }, ['1 / 4', '4 / 4']]
];

/** Page numbers, the running header, 表三's header printed again on its next page, and the seal are furniture: listed, not text. */
function expectSameReport(report: Report, numbers: string[]) {
	for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
	expect(report.problems).toEqual([]);
	expect(outline(report)).toEqual(outline(reference));
	expect(rowAnchors(report)).toEqual(rowAnchors(reference));
	expect(report).toMatchObject({ agency: MODEL.agency, year: 2023, title: `${MODEL.agency}${MODEL.title}` });
	expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
	for (const n of numbers) expect(report.dropped.map((d) => d.replace(/\s+/g, ' '))).toContain(n);
	expect(report.dropped).toContain('示例市测试局  2023年政府信息公开工作年度报告');
	expect(report.dropped).toContain('自然人  法人或其他组织  总计');
	expect(walk(report.sections).map((s) => s.text).join('\n')).not.toContain('工作年度报告');
	expect(report.sections.find((s) => s.anchor === 's4')!.text).toContain('表四所列复议案件均已审结');
	// The signature stays at the end of the last part; the seal's ring of characters does not.
	expect(report.sections.at(-1)!.text).toMatch(/本年度未收取信息处理费。\s*示例市测试局\s*2024年1月20日$/);
}

describe('a 2019-format report as agencies post it in PDF gives the same sections, anchors and cells as its text', () => {
	it.each(SHAPES)('%s', async (_, shape, numbers) => {
		expectSameReport((await parseFile(renderPostedPdf(MODEL, shape), 'shili-2023.pdf')).report, numbers);
	});

	it.each([SHAPES[0], SHAPES[2]])('typeset by pdf-lib in Noto Sans CJK (glyphs of their own widths): %s', async (_, shape, numbers) => {
		expectSameReport((await parseFile(await renderPostedTypesetPdf(MODEL, shape), 'shili-2023.pdf')).report, numbers);
	});

	it('reads 表三 the way it was printed: the first printing of its header kept, the label written down its edge one line, headers on several lines as one row', async () => {
		const { lines, dropped } = await readPdf(renderPostedPdf(MODEL, SHAPES[0][1]));
		const text = lines.map((l) => l.text);
		expect(text.filter((t) => t === '自然人  法人或其他组织  总计')).toHaveLength(1);
		expect(dropped.filter((t) => t === '自然人  法人或其他组织  总计')).toHaveLength(1);
		expect(text).toContain('三、本年度办理结果');
		expect(text).toContain('商业企业  科研机构  社会公益组织  法律服务机构  其他');
		expect(text).toContain('结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计');
		// A label over two lines with its values centred between them is one row.
		expect(text).toContain('行政规范性文件  6  2  41');
	});
});

describe('the seed’s 2008 appendix as a posted PDF table', () => {
	const rows = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ anchor: row.anchor, label: row.label, unit: row.unit, value: row.values[0], key: row.keys?.[0] ?? null })));
	it('crossing pages with its header row repeated, a running header, “第k页 共n页”, labels wrapped with unit and value centred: the same rows, keys and checks', async () => {
		const reference2008 = seedReport();
		const { before, header, rows: cells } = seedAppendix();
		const { report } = await parseFile(renderSeedPostedPdf(before, header, cells, (k, n) => `第${k}页 共${n}页`), 'x.pdf');
		expect(report.problems).toEqual([]);
		expect(walk(report.sections).map((s) => s.anchor)).toEqual(walk(reference2008.sections).map((s) => s.anchor));
		expect(rows(report)).toEqual(rows(reference2008));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference2008.checks.map((c) => `${c.id}:${c.status}`));
		expect(report.dropped).toContain('指  标  单位  数量');
		expect(report.dropped.filter((d) => /^第\d页\s+共\d页$/.test(d)).length).toBeGreaterThan(1);
	});
});
