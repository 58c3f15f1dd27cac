import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile } from '../../../src/lib/parse';
import { GOLDEN } from '../../../scripts/golden';
import { compareCells } from '../../../scripts/golden/compare';
import { corpusFile, hasCorpus } from '../../helpers/seed';

const cases = GOLDEN.flatMap((g) => g.forms.map((form) => ({ g, form, file: `${g.name}.${form}` })));

describe.skipIf(!hasCorpus)('corpus reports against golden values typed from the source documents', () => {
	it.each(cases)('$file: agency, year and format', async ({ g, file }) => {
		const { report } = await parseFile(new Uint8Array(readFileSync(corpusFile(file))), file);
		expect(report.agency).toBe(g.agency);
		expect(report.year).toBe(g.year);
		expect(report.format).toBe('2019');
		expect(report.template).toBe(g.name === 'shanghai-szfbgt-2019' ? '2019' : '2021');
		expect(report.sections.map((s) => s.anchor)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
	});

	it.each(cases)('$file: every cell of 表二, 表三 and 表四', async ({ g, file }) => {
		const { report, problems } = await parseFile(new Uint8Array(readFileSync(corpusFile(file))), file);
		expect(problems).toEqual([]);
		const cells = compareCells(report, g);
		expect(cells.length).toBe(Object.values(g.t2).flat().length + g.t3.length * 7 + 15);
		for (const c of cells) expect(c.actual, c.where).toBe(c.expected);
	});

	it.each(cases)('$file: fails exactly the checks the source gets wrong', async ({ g, file }) => {
		const { report } = await parseFile(new Uint8Array(readFileSync(corpusFile(file))), file);
		const failing = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}/${c.column}`);
		expect(failing).toEqual(g.failing);
	});
});

describe.skipIf(!hasCorpus)('known faults of the sources come out as failing checks, not repaired', () => {
	it('hongze-qzf-2023 表四: 行政复议 维持 10 and 纠正 1 with a 总计 of 0', async () => {
		const { report } = await parseFile(new Uint8Array(readFileSync(corpusFile('hongze-qzf-2023.pdf'))), 'hongze-qzf-2023.pdf');
		const c = report.checks.find((x) => x.id === 't4.total:r1')!;
		expect(c).toMatchObject({ status: 'fail', expected: 11, actual: 0, total: 't4-r1' });
		expect(report.tables.find((t) => t.anchor === 't4')!.rows[0].values).toEqual([10, 1, 0, 0, 0]);
	});

	it('shanghai-szfbgt-2019 表三: a blank 总计 stays null and makes its row check unverifiable', async () => {
		const { report } = await parseFile(new Uint8Array(readFileSync(corpusFile('shanghai-szfbgt-2019.html'))), 'shanghai-szfbgt-2019.html');
		const granted = report.tables.find((t) => t.anchor === 't3')!.rows.find((r) => r.anchor === 't3-r3-1')!;
		expect(granted.values[6]).toBeNull();
		expect(report.checks.find((c) => c.id === 't3.row-total:r3-1')!.status).toBe('unverifiable');
	});
});

if (!hasCorpus) it.skip('corpus tests skipped: ../shared/corpus is absent', () => {});
