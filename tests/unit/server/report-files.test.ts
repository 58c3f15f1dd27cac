import { describe, expect, it } from 'vitest';

// The made-up reports of tests/fixtures/reports, parsed in this process: no stored catalogue.
process.env.REPORTS_DIR = 'tests/fixtures/reports';
delete process.env.NIANBAO_CATALOGUE;
const { reportFile, reportFileNames, reportFiles } = await import('../../../src/lib/server/downloads');
const { getReport } = await import('../../../src/lib/server/reports');
const { sourceOf } = await import('../../../src/lib/server/sources');

// Site order is newest year first (2023, 2021, 2020, 2019, 2018, 2010), then agency in pinyin order (平潭 before 示例).
const ids = ['shili-xiang-2023', 'shili-zhen-2021', 'ceshi-xss-2020', 'shiyan-pingtan-2019', 'shili-xian-2019', 'shiyan-huangyan-2018', 'shili-zhan-2010'];
const expected = async (id: string) => {
	const loaded = await getReport(id);
	return reportFiles({ ...loaded.report, source: sourceOf(loaded) });
};

describe('per-report data files as the prerender asks for them', () => {
	it('lists three files per report, reports in site order (newest year first)', async () => {
		expect(await reportFileNames()).toEqual(ids.flatMap((id) => [`${id}.json`, `${id}.csv`, `${id}-excel.csv`]));
	});

	it('gives each report its own files in any order, one report after another or interleaved', async () => {
		const order = ['ceshi-xss-2020.json', 'ceshi-xss-2020.csv', 'shili-xian-2019.csv', 'ceshi-xss-2020-excel.csv', 'shili-xian-2019.json', 'shili-xian-2019-excel.csv', 'ceshi-xss-2020.json'];
		for (const name of order) {
			const id = ids.find((i) => name.startsWith(i))!;
			const file = await reportFile(name);
			expect(file, name).not.toBeNull();
			expect(file!.body).toBe((await expected(id)).get(name)!.body);
		}
		expect((await reportFile('ceshi-xss-2020.json'))!.body).toContain('"id": "ceshi-xss-2020"');
	});

	it('says there is no such file for a name of no report', async () => {
		expect(await reportFile('nobody.json')).toBeNull();
		expect(await reportFile('ceshi-xss-2020.txt')).toBeNull();
	});
});
