import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { siteFilesFrom } from '../../../src/lib/server/downloads';
import { datasetteMetadata } from '../../../src/lib/data/datasette';
import { DATASETS } from '../../../src/lib/data/datasets';
import { parseReport } from '../../../src/lib/parse';
import type { Report } from '../../../src/lib/types';
import { browserEngine, corpusReports, searchAll, seedReport } from '../../helpers/search';
import { report2019Text } from '../../helpers/template2019-text';

const reports: Report[] = [seedReport(), parseReport(report2019Text('2021', '洪泽区人民政府'), 'hongze-2023.txt').report, ...corpusReports()];
async function* stream(list: Report[]) {
	for (const r of list) yield r;
}
const data = await siteFilesFrom(stream(reports));
const db = new Database(data.files.get('nianbao.sqlite')!.path, { readonly: true });
const { engine } = await browserEngine(reports);
afterAll(() => {
	db.close();
	rmSync(data.dir, { recursive: true, force: true });
});

/** The sections plain SQLite finds for a MATCH, as report#anchor. */
const sqliteFinds = (match: string) =>
	new Set(
		(db.prepare('SELECT s.report_id, s.anchor FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid WHERE sections_fts MATCH ?').all(match) as { report_id: string; anchor: string }[]).map(
			(r) => `${r.report_id}#${r.anchor}`
		)
	);
/** The sections the site's search finds whole for the same query (its table rows and preambles are not sections). */
const siteFinds = async (q: string) =>
	new Set((await searchAll(engine, q)).hits.filter((h) => h.exact && h.kind === 's' && h.anchor !== 'preamble').map((h) => h.id));

describe(`the SQLite full-text table answers Chinese queries as typed (${reports.length} reports)`, () => {
	it.each(['行政复议', '复议', '信息公开', '申请', '政府信息', '不予公开'])("MATCH '%s' finds the sections the site's search finds whole", async (q) => {
		const site = await siteFinds(q);
		expect(site.size).toBeGreaterThan(0);
		expect(sqliteFinds(q)).toEqual(site);
	});

	it("MATCH with two words separated by a space finds the sections holding both, as the site's AND does", async () => {
		expect(sqliteFinds('行政复议 申请')).toEqual(await siteFinds('行政复议 申请'));
	});

	it('finds a string longer than four characters by its overlapping four-character pieces, a superset the text then narrows', async () => {
		const site = await siteFinds('依申请公开');
		expect(site.size).toBeGreaterThan(0);
		const pieces = sqliteFinds('依申请公 申请公开');
		for (const id of site) expect(pieces).toContain(id);
		const narrowed = db
			.prepare(
				"SELECT s.report_id, s.anchor FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid WHERE sections_fts MATCH '依申请公 申请公开' AND (s.title || s.text) LIKE '%依申请公开%'"
			)
			.all() as { report_id: string; anchor: string }[];
		expect(new Set(narrowed.map((r) => `${r.report_id}#${r.anchor}`))).toEqual(site);
	});

	it("answers a quoted term as Datasette's search box sends it", () => {
		expect(sqliteFinds('"行政复议"')).toEqual(sqliteFinds('行政复议'));
		expect(sqliteFinds('"行政复议"').size).toBeGreaterThan(0);
	});

	it("tells Datasette to search sections through sections_fts, and says how to query it", () => {
		const sections = datasetteMetadata(DATASETS).databases.nianbao.tables.sections;
		expect(sections).toMatchObject({ fts_table: 'sections_fts', fts_pk: 'id' });
		expect(datasetteMetadata(DATASETS).databases.nianbao.tables.sections_fts.description).toContain("MATCH '行政复议'");
	});
});
