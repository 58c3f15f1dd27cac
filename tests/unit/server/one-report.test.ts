import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolders } from '../../helpers/temp-folders';

// The parse cache of this file's builds stays in a folder of its own.
const folder = tempFolders('nianbao-one-report-');
process.env.NIANBAO_CACHE_DIR = folder();
const { loadCorpus, parseAll } = await import('../../../src/lib/server/reports');
const { formsLine } = await import('../../../src/lib/server/same-report');
const { withSource } = await import('../../../src/lib/server/downloads');
const { renderText } = await import('../../helpers/forms');
const { misread, worsePage, threeEncodings } = await import('../../helpers/one-report');
const { MODEL } = await import('../../fixtures/template2019/model');
const { compareCells } = await import('../../../scripts/golden/compare');

const folderOf = (files: Record<string, string | Uint8Array>) => {
	const dir = folder();
	for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
	return dir;
};

describe('one report, however many files carry it', () => {
	it('reads every form of a name: the form that read more gives the outline, each table and the date, not the one first by extension', async () => {
		const dir = folderOf({ 'shili-2023.html': worsePage(MODEL), 'shili-2023.txt': renderText(MODEL, 'spaces') });
		const { reports, failures } = await loadCorpus(dir);
		expect(failures).toEqual([]);
		expect(reports).toHaveLength(1);
		const [loaded] = reports;
		expect(loaded.file).toBe(join(dir, 'shili-2023.txt'));
		expect(loaded.also).toEqual([join(dir, 'shili-2023.html')]);
		expect(loaded.report.published).toBe('2024-01-20');
		for (const c of compareCells(loaded.report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(loaded.report.problems).toEqual([]);
	});

	it('gives a cell the reading the sums confirm, over the forms that outnumber it, and names the forms that disagree with both values', async () => {
		const dir = folderOf({ 'shili-2023.html': worsePage(misread(MODEL)), 'shili-2023.md': renderText(misread(MODEL), 'markdown'), 'shili-2023.txt': renderText(MODEL, 'spaces') });
		const [loaded] = (await loadCorpus(dir)).reports;
		expect(loaded.also).toHaveLength(2);
		expect(loaded.report.tables.find((t) => t.anchor === 't3')!.rows.find((r) => !r.header)!.values[0]).toBe(40);
		const disagree = loaded.report.problems.filter((p) => p.code === 'forms-disagree');
		expect(disagree).toHaveLength(1);
		expect(disagree[0].detail).toMatchObject({ column: '自然人', chosen: 40, readings: expect.arrayContaining([{ value: 40, files: ['shili-2023.txt'] }, { value: 41, files: ['shili-2023.html', 'shili-2023.md'] }]) });
		expect(disagree[0].message).toContain('41');
		expect(loaded.report.checks.filter((c) => c.status === 'fail')).toEqual([]);
	});

	it('keeps the reading most forms agree on where no sum confirms any', async () => {
		const dir = folderOf({ 'shili-2023.html': worsePage(misread(MODEL)), 'shili-2023.md': renderText(misread(MODEL), 'markdown'), 'shili-2023.txt': renderText(misread(MODEL, 42), 'spaces') });
		const [loaded] = (await loadCorpus(dir)).reports;
		expect(loaded.report.tables.find((t) => t.anchor === 't3')!.rows.find((r) => !r.header)!.values[0]).toBe(41);
		expect(loaded.report.problems.find((p) => p.code === 'forms-disagree')!.detail).toMatchObject({ chosen: 41 });
		// The sum that fails is flagged, not fixed.
		expect(loaded.report.checks.some((c) => c.status === 'fail')).toBe(true);
	});

	it('names in the build log the files of a report and the table each gave', async () => {
		const dir = folderOf({ 'shili-2023.html': worsePage(MODEL), 'shili-2023.txt': renderText(MODEL, 'spaces') });
		const [loaded] = (await loadCorpus(dir)).reports;
		const line = formsLine({ id: loaded.report.id, ...loaded });
		expect(line).toContain('one report from shili-2023.txt, shili-2023.html');
		expect(line).toMatch(/t4 from shili-2023\.txt/);
	});

	it('makes three files of one report under other names (UTF-8, UTF-16 with CRLF, re-crawled) one report with three forms', async () => {
		const [utf8, utf16, crawled] = threeEncodings(MODEL);
		const dir = folderOf({ 'shili-shi-2023.txt': utf8, '示例市测试局2023年报.txt': utf16, 'page-0120-1.txt': crawled });
		const { reports } = await loadCorpus(dir);
		expect(reports).toHaveLength(1);
		expect([reports[0].file, ...reports[0].also].map((f) => f.slice(dir.length + 1)).sort()).toEqual(['page-0120-1.txt', 'shili-shi-2023.txt', '示例市测试局2023年报.txt'].sort());
		expect(reports[0].versions).toBeUndefined();
		for (const c of compareCells(reports[0].report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
	});

	it('keeps, joining them, the id of the report that came in most forms, and the disagreements its forms had', async () => {
		const [utf8, utf16, crawled] = threeEncodings(MODEL);
		const dir = folderOf({ 'shili-shi-2023.txt': utf8, 'shili-shi-2023.html': worsePage(misread(MODEL)), '示例市测试局2023年报.txt': utf16, 'page-0120-1.txt': crawled });
		const { reports } = await loadCorpus(dir);
		expect(reports).toHaveLength(1);
		expect(reports[0].report.id).toBe('shili-shi-2023');
		expect(reports[0].also).toHaveLength(3);
		expect(reports[0].report.problems.map((p) => [p.code, p.detail.chosen])).toEqual([['forms-disagree', 40]]);
	});

	it('does the same in the build, whose workers parse each name apart: one catalogue entry, its files named in the log', async () => {
		const [utf8, utf16, crawled] = threeEncodings(MODEL);
		const dir = folderOf({ 'shili-shi-2023.txt': utf8, '示例市测试局2023年报.txt': utf16, 'page-0120-1.txt': crawled });
		const { catalogue } = await parseAll(folder(), () => {}, dir);
		expect(catalogue.reports).toHaveLength(1);
		expect(catalogue.reports[0].also).toHaveLength(2);
		expect(formsLine(catalogue.reports[0])).toMatch(/one report from .*page-0120-1\.txt/);
		// Built again from the cache, the same one entry.
		expect((await parseAll(folder(), () => {}, dir)).catalogue.reports).toHaveLength(1);
	}, 120_000);

	it('keeps reports of one agency and year whose numbers differ apart, each marked as a version of the other', async () => {
		const dir = folderOf({ 'shili-2023.txt': renderText(MODEL, 'spaces'), 'shili-2023-revised.txt': renderText(misread(MODEL, 39), 'spaces') });
		const { reports } = await loadCorpus(dir);
		expect(reports.map((r) => r.report.id).sort()).toEqual(['shili-2023', 'shili-2023-revised']);
		const byId = new Map(reports.map((r) => [r.report.id, r]));
		expect(withSource(byId.get('shili-2023')!).versions).toEqual(['shili-2023-revised']);
		expect(withSource(byId.get('shili-2023-revised')!).versions).toEqual(['shili-2023']);
	});

	it('links a version to the id a joined report takes, which may be another member\'s than the first by name', async () => {
		const model = renderText(MODEL, 'spaces');
		// a-… and z-… are one report; z-… came in two forms, so the joined report is z-…; the revision is its version.
		const files = { 'a-shili-2023.txt': model, 'z-shili-2023.txt': model, 'z-shili-2023.TXT': model, 'shili-2023-revised.txt': renderText(misread(MODEL, 39), 'spaces') };
		const check = (ids: string[], versionsOf: (id: string) => string[] | undefined) => {
			expect(ids.sort()).toEqual(['shili-2023-revised', 'z-shili-2023']);
			expect(versionsOf('shili-2023-revised')).toEqual(['z-shili-2023']);
			expect(versionsOf('z-shili-2023')).toEqual(['shili-2023-revised']);
		};
		const { reports } = await loadCorpus(folderOf(files));
		check(reports.map((r) => r.report.id), (id) => reports.find((r) => r.report.id === id)?.versions);
		const { catalogue } = await parseAll(folder(), () => {}, folderOf(files));
		check(catalogue.reports.map((r) => r.id), (id) => catalogue.reports.find((r) => r.id === id)?.versions);
	}, 120_000);
});
