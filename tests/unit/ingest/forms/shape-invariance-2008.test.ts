import { describe, expect, it } from 'vitest';
import { parseFile, parseReport } from '../../../../src/lib/parse';
import type { Report } from '../../../../src/lib/types';
import { renderSeed, seedAppendix, type Layout2008 } from '../../../helpers/forms2008';
import { renderSeedPdf, renderSeedTypesetPdf } from '../../../helpers/forms-pdf';
import { renderSeedDoc } from '../../../helpers/forms-doc';
import { seedReport } from '../../../helpers/search';
import { row, walk } from '../../../helpers/seed';

const reference = seedReport();
const rows = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ anchor: row.anchor, label: row.label, unit: row.unit, value: row.values[0], key: row.keys?.[0] ?? null, header: !!row.header })));

describe('the seed report with its 2008 appendix laid out as other sources print it gives the same rows, keys and checks', () => {
	const layouts: [Layout2008, string][] = [
		['tabs-fullwidth', 'x.txt'],
		['markdown', 'x.md'],
		['html', 'x.html'],
		['spaces', 'x.txt'],
		['two-columns', 'x.txt'],
		['broken-labels', 'x.txt'],
		['collapsed', 'x.txt'],
		['collapsed-spaces', 'x.txt'],
		['run-together', 'x.txt']
	];
	it.each(layouts)('%s', (layout, file) => {
		const { report } = parseReport(renderSeed(layout), file);
		expect(report.problems).toEqual([]);
		expect(walk(report.sections).map((s) => s.anchor)).toEqual(walk(reference.sections).map((s) => s.anchor));
		expect(rows(report)).toEqual(rows(reference));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference.checks.map((c) => `${c.id}:${c.status}`));
	});

	it.each([
		['the test writer', renderSeedPdf],
		['pdf-lib in an embedded Noto Sans CJK subset', renderSeedTypesetPdf]
	] as const)('a PDF (%s): paragraphs typeset over lines, the appendix as cells at column positions, long labels wrapped below their values', async (_, render) => {
		const { before, header, rows: cells } = seedAppendix();
		const { report } = await parseFile(await render(before, header, cells), 'x.pdf');
		expect(report.problems).toEqual([]);
		expect(walk(report.sections).map((s) => s.anchor)).toEqual(walk(reference.sections).map((s) => s.anchor));
		expect(rows(report)).toEqual(rows(reference));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference.checks.map((c) => `${c.id}:${c.status}`));
	});

	it('a legacy Word document (.doc, written by the tests) read by word-extractor: the appendix as a Word table', async () => {
		const { before, header, rows: cells } = seedAppendix();
		const { report } = await parseFile(renderSeedDoc(before, header, cells), 'x.doc');
		expect(report.problems).toEqual([]);
		expect(walk(report.sections).map((s) => s.anchor)).toEqual(walk(reference.sections).map((s) => s.anchor));
		expect(rows(report)).toEqual(rows(reference));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference.checks.map((c) => `${c.id}:${c.status}`));
	});

	it('keeps both value columns of 指标名称 | 计量单位 | 2018年度 | 历年累计, the annual one keyed', () => {
		const { report } = parseReport(renderSeed('two-columns'), 'x.txt');
		const t = report.tables[0];
		expect(t.columns).toEqual(['2018年度', '历年累计']);
		const received = t.rows.find((r) => r.keys?.[0] === 'applications.received')!;
		expect(received.values).toEqual([149, 447]);
		expect(received.keys).toEqual(['applications.received', null]);
	});

	it('cells of two value columns run together are recovered where the sums leave one cut, and every other cell is blank with its row named', () => {
		const { report: twoColumns } = parseReport(renderSeed('two-columns'), 'x.txt');
		const { report } = parseReport(renderSeed('two-columns-run-together'), 'x.txt');
		const cells = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ label: row.label, values: row.values })));
		const expected = cells(twoColumns);
		const actual = cells(report);
		expect(actual.map((c) => c.label)).toEqual(expected.map((c) => c.label));
		actual.forEach((cell, i) => {
			if (cell.values.every((v) => v === null) && expected[i].values.some((v) => v !== null)) {
				expect(report.problems.some((p) => p.code === 'appendix-cells-run-together' && p.detail.row === cell.label)).toBe(true);
			} else expect(cell.values).toEqual(expected[i].values);
		});
		// 五、行政诉讼数量 件1751 is 17 | 51 only because its parts 14|42, 1|3 and 2|6 must add up to it.
		expect(row(report, '五、行政诉讼数量').values).toEqual([17, 51]);
		expect(row(report, '维持具体行政行为或者驳回原告诉讼请求数').values).toEqual([14, 42]);
		// 回应公众关注热点 次618 is 6|18 or 61|8, and no sum includes it: left blank.
		expect(row(report, '回应公众关注热点').values).toEqual([null, null]);
		const recovered = actual.filter((c) => c.values.some((v) => v !== null)).length;
		expect(recovered).toBeGreaterThan(actual.filter((c) => c.values.every((v) => v === null)).length);
	});
});
