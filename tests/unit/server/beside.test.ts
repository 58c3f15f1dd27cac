import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogueFile } from '../../../src/lib/search/format';

// The made-up reports of tests/fixtures/reports, parsed in this process: no stored catalogue.
process.env.REPORTS_DIR = 'tests/fixtures/reports';
delete process.env.NIANBAO_CATALOGUE;
delete process.env.NIANBAO_DATA_VERSION;
const { besideSite, placeSearchIndex, writeReportFiles } = await import('../../../src/lib/server/beside');
const { reportFile, reportFileNames } = await import('../../../src/lib/server/downloads');
const { reportCatalogue } = await import('../../../src/lib/server/reports');
const { publishedNames } = await import('../../../src/lib/server/forms');
const { searchManifestName } = await import('../../../src/lib/server/search-files');
const { moveInto } = await import('../../../scripts/adapter.js');
const { tempFolders } = await import('../../helpers/temp-folders');

const folder = tempFolders('nianbao-beside-test-');

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();

describe('files written beside the prerender', () => {
	it('are exactly the per-report files the endpoints name, with the bytes they would serve', async () => {
		const site = besideSite(folder());
		expect(await writeReportFiles(site)).toBe(7);
		const forms = (await reportCatalogue()).flatMap((r) => publishedNames([r.file, ...r.also]).map((name) => `reports/${r.id}/${name}`));
		const data = (await reportFileNames()).map((name) => `data/reports/${name}`);
		expect(filesUnder(site)).toEqual([...forms, ...data].sort());
		for (const name of await reportFileNames()) expect(readFileSync(join(site, 'data/reports', name), 'utf8'), name).toBe((await reportFile(name))!.body);
		expect(readFileSync(join(site, 'reports/shili-xian-2019/source.txt'), 'utf8')).toContain('政府信息公开');
	});

	it('include the search index, whose manifest pages name before it is built', async () => {
		const site = besideSite(folder());
		const named = searchManifestName();
		expect(await placeSearchIndex(site)).toBeGreaterThan(1);
		const files = readdirSync(join(site, 'search-data'));
		expect(files).toContain(named);
		const { catalogues } = JSON.parse(readFileSync(join(site, 'search-data', named), 'utf8'));
		expect(JSON.parse(readFileSync(join(site, 'search-data', catalogueFile(catalogues[0])), 'utf8')).map((r: { id: string }) => r.id)).toEqual(['shili-xiang-2023', 'shili-zhen-2021', 'ceshi-xss-2020', 'shiyan-pingtan-2019', 'shili-xian-2019', 'shiyan-huangyan-2018', 'shili-zhan-2010']);
	});
});

describe('moving a tree into the site', () => {
	it('merges folders both have, moves the rest whole and leaves nothing behind', () => {
		const from = folder();
		const to = folder();
		mkdirSync(join(from, 'reports/a'), { recursive: true });
		mkdirSync(join(from, 'data/reports'), { recursive: true });
		writeFileSync(join(from, 'reports/a/source.txt'), 'text');
		writeFileSync(join(from, 'data/reports/a.csv'), 'csv');
		mkdirSync(join(to, 'reports/a'), { recursive: true });
		writeFileSync(join(to, 'reports/a/index.html'), 'page');
		moveInto(from, to);
		expect(filesUnder(to)).toEqual(['data/reports/a.csv', 'reports/a/index.html', 'reports/a/source.txt']);
		expect(readFileSync(join(to, 'reports/a/index.html'), 'utf8')).toBe('page');
		expect(filesUnder(from)).toEqual([]);
	});

	it('does nothing for a folder that is not there', () => {
		const to = folder();
		expect(moveInto(join(to, 'absent'), to)).toEqual([]);
		expect(existsSync(join(to, 'absent'))).toBe(false);
	});
});
