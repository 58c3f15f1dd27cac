import { afterAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import dp from 'datapackage';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { neutralise, toCsv } from '../../../src/lib/data/csv';
import { indicatorRecords } from '../../../src/lib/data/tidy';
import { reportFiles, siteFilesFrom } from '../../../src/lib/server/downloads';
import { parseFile, parseReport } from '../../../src/lib/parse';
import { corpusFile, hasCorpus } from '../../helpers/seed';
import type { Report } from '../../../src/lib/types';
import { seedReport } from '../../helpers/search';
import { report2019Text } from '../../helpers/template2019-text';

const seed = seedReport();
const reports: Report[] = [
	seed,
	parseReport(report2019Text('2021', '洪泽区人民政府'), 'hongze-2023.txt').report,
	parseReport(report2019Text('2019', '淮安市洪泽区人民政府'), 'hongze-2019.txt').report
];
async function* stream(list: Report[]) {
	for (const r of list) yield r;
}
const data = await siteFilesFrom(stream(reports));
const again = await siteFilesFrom(stream(reports));
afterAll(() => [data.dir, again.dir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const text = (name: string) => readFileSync(data.files.get(name)!.path, 'utf8');
const csv = (name: string) => csvParse(text(name));
const files = reportFiles(seed);
const BOM = '\uFEFF';

describe('CSV downloads', () => {
	it('round-trip: every value parsed back from the CSV equals the JSON', () => {
		const parsed = csvParse(files.get(`${seed.id}.csv`)!.body);
		const records = indicatorRecords(seed);
		expect(parsed).toHaveLength(records.length);
		parsed.forEach((row, i) => {
			const r = records[i];
			expect(row.row_anchor).toBe(r.row_anchor);
			expect(row.label).toBe(r.label);
			expect(row.path).toBe(r.path);
			expect(row.value === '' ? null : Number(row.value)).toBe(r.value);
			expect(Number(row.year)).toBe(r.year);
		});
	});

	it('keeps a blank cell blank: 申请办结数 has an empty value, not 0', () => {
		const parsed = csvParse(files.get(`${seed.id}.csv`)!.body);
		expect(parsed.find((r) => r.label === '(二)申请办结数')!.value).toBe('');
		expect(parsed.find((r) => r.label === '(一)收到申请数')!.value).toBe('149');
	});

	it('writes RFC 4180: CRLF between records, quotes where needed', () => {
		expect(toCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"\nthere' }])).toBe('a,b\r\n"x,y","say ""hi""\nthere"\r\n');
	});

	it('puts a BOM in the Excel variants and nowhere else, the rest byte for byte the same', () => {
		for (const [name, file] of files) expect(file.body.startsWith(BOM), name).toBe(name.endsWith('-excel.csv'));
		for (const [name, file] of data.files) {
			if (file.variant === 'sqlite') continue;
			expect(text(name).startsWith(BOM), name).toBe(name.endsWith('-excel.csv'));
			if (file.variant === 'excel') expect(text(name)).toBe(BOM + text(name.replace('-excel.csv', '.csv')));
		}
	});

	it('neutralises text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
		expect(neutralise('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
		expect(neutralise('+1')).toBe("'+1");
		expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutralise(-3)).toBe('-3');
		expect(neutralise(null)).toBe('');
		expect(csvParse(toCsv(['label', 'value'], [{ label: '=1+1', value: -2 }]))[0]).toEqual({ label: "'=1+1", value: '-2' });
	});

	it('lists one catalogue row per report with its agency id and counts', () => {
		const row = csv('reports.csv').find((r) => r.id === 'hengyang-guotu-2018')!;
		expect(row).toMatchObject({ agency_id: '430400-land-resources', agency: '衡阳市国土资源局', year: '2018', published: '2019-02-26', format: '2008', template: '', checks_failed: '1' });
		expect(Number(row.blank_values)).toBe(1);
	});

	it('publishes the checks, the failing one with expected and actual and the column of its total', () => {
		const fail = csv('checks.csv').filter((r) => r.report_id === seed.id && r.status === 'fail');
		expect(fail).toHaveLength(1);
		expect(fail[0]).toMatchObject({ check_id: 'applications.answered=outcomes', column: '数量', expected: '152', actual: '149', total_row: 't1-r3-3' });
	});

	it('writes a part the check takes away with a minus: 一 + 二 = (七)总计 + 四 is 七 = 一 + 二 − 四', () => {
		const balance = csv('checks.csv').find((r) => r.report_id === 'hongze-2023' && r.check_id === 't3.balance')!;
		expect(balance).toMatchObject({ total_row: 't3-r3-7', part_rows: 't3-r1 t3-r2 -t3-r4' });
		expect(reports[1].checks.find((c) => c.id === 't3.balance')!.subtracted).toEqual(['t3-r4']);
	});
});

describe('the long table', () => {
	const rows = csv('indicators.csv');

	it('gives every cell a template key, an agency id and the format; both spellings of 洪泽区 share one agency id', () => {
		expect(rows.filter((r) => !r.template_key || !r.agency_id || !r.format)).toEqual([]);
		const hongze = rows.filter((r) => r.report_id.startsWith('hongze'));
		expect(new Set(hongze.map((r) => `${r.agency_id} ${r.division_code}`))).toEqual(new Set(['320813-government 320813']));
		expect(new Set(hongze.map((r) => r.template))).toEqual(new Set(['2019', '2021']));
	});

	it('never repeats a report and template key', () => {
		expect(new Set(rows.map((r) => `${r.report_id} ${r.template_key}`)).size).toBe(rows.length);
	});

	it('carries the status of the check that verifies a number, and names the failing check', () => {
		const answered = rows.find((r) => r.report_id === seed.id && r.key === 'applications.answered')!;
		expect(answered).toMatchObject({ value: '149', check_status: 'fail', failed_checks: 'applications.answered=outcomes' });
		// The made-up 表四 holds 400…414: 400 + 401 + 402 + 403 is not 404, so each 总计 fails its check.
		const total = rows.find((r) => r.report_id === 'hongze-2023' && r.template_key === 't4.review.total')!;
		expect(total).toMatchObject({ check_status: 'fail', failed_checks: 't4.total:r1' });
		expect(rows.find((r) => r.report_id === 'hongze-2023' && r.template_key === 't4.review.upheld')!.check_status).toBe('');
	});

	it('is cut into one file per year with the same rows', () => {
		expect(data.years).toEqual(['2018', '2019', '2023']);
		const slices = data.years.flatMap((y) => csv(`indicators-${y}.csv`));
		expect(slices.length).toBe(rows.length);
		expect(csv('indicators-2018.csv').every((r) => r.year === '2018')).toBe(true);
	});
});

describe('the wide tables', () => {
	it('have one row per report of their regulation, a column per template key, and agree with the long table', () => {
		const long = csv('indicators.csv');
		for (const format of ['2008', '2019']) {
			const wide = csv(`wide-${format}.csv`);
			expect(wide.map((r) => r.report_id).sort()).toEqual(reports.filter((r) => r.format === format).map((r) => r.id).sort());
			for (const cell of long.filter((r) => r.format === format)) expect(wide.find((w) => w.report_id === cell.report_id)![cell.template_key], cell.template_key).toBe(cell.value);
		}
	});

	it('come with a labels file naming each column in Chinese', () => {
		const labels = csv('wide-2019-labels.csv');
		expect(labels.find((l) => l.column === 't3.outcome.withheld.state_secret.natural_person')!.title).toBe('表三 · 1.属于国家秘密 · 自然人');
		expect(labels.map((l) => l.column)).toEqual(csv('wide-2019.csv').columns.slice(7));
	});
});

describe('the SQLite database', () => {
	const db = new Database(data.files.get('nianbao.sqlite')!.path, { readonly: true });
	afterAll(() => db.close());

	it('holds every cell of the long CSV, value for value', () => {
		const rows = csv('indicators.csv');
		const cells = db.prepare('SELECT * FROM cells').all() as Record<string, unknown>[];
		expect(cells).toHaveLength(rows.length);
		const byKey = new Map(cells.map((c) => [`${c.report_id} ${c.template_key}`, c]));
		for (const row of rows) {
			const cell = byKey.get(`${row.report_id} ${row.template_key}`)!;
			for (const [column, value] of Object.entries(row)) expect([column, cell[column] === null ? '' : String(cell[column])]).toEqual([column, value]);
		}
	});

	it('answers "every agency\'s 行政复议 纠正 count by year" in one query', () => {
		const rows = db.prepare("SELECT a.id AS agency, c.year, c.value FROM cells c JOIN agencies a ON a.id = c.agency_id WHERE c.key = 'review.corrected' ORDER BY a.id, c.year").all();
		expect(rows).toEqual([
			{ agency: '320813-government', year: 2019, value: 401 },
			{ agency: '320813-government', year: 2023, value: 401 },
			{ agency: '430400-land-resources', year: 2018, value: 3 }
		]);
	});

	it('declares its keys, and every foreign key holds', () => {
		expect(db.pragma('foreign_key_check')).toEqual([]);
		expect((db.pragma('foreign_key_list(cells)') as { table: string }[]).map((f) => f.table).sort()).toEqual(['agencies', 'keys', 'reports']);
		expect((db.pragma('table_info(checks)') as { name: string; pk: number }[]).filter((c) => c.pk).map((c) => c.name)).toEqual(['report_id', 'check_id', 'column']);
	});

	it('finds Chinese text with its FTS5 index of character bigrams', () => {
		const hits = db.prepare("SELECT s.report_id, s.title FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid WHERE sections_fts MATCH '依申 申请 请公 公开'").all() as { report_id: string }[];
		expect(hits.map((h) => h.report_id)).toContain(seed.id);
	});
});

describe('the build output', () => {
	it('is the same, byte for byte, when written twice', () => {
		const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
		for (const [name, file] of data.files) expect(hash(again.files.get(name)!.path), name).toBe(hash(file.path));
	});
});

describe('the data package', () => {
	const descriptor = JSON.parse(text('datapackage.json'));

	it('is valid, every CSV fits its schema, and every foreign key resolves', async () => {
		const pkg = await dp.Package.load(descriptor, { basePath: data.dir });
		expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
		expect(pkg.valid).toBe(true);
		for (const resource of pkg.resources.filter((r: { tabular: boolean }) => r.tabular)) {
			const rows = await resource.read({ keyed: true, cast: true, relations: true });
			expect(rows.length, resource.name).toBeGreaterThan(0);
		}
		const values = await pkg.getResource('indicators').read({ keyed: true, cast: true });
		expect(values.find((r: { label: string }) => r.label === '(二)申请办结数').value).toBeNull();
	});

	it('lists Excel and JSON copies as alternates of one resource, the per-year slices and the database', () => {
		const names = descriptor.resources.map((r: { name: string }) => r.name);
		expect(names.filter((n: string) => n.includes('excel'))).toEqual([]);
		expect(names).toEqual(expect.arrayContaining(['indicators', 'agencies', 'keys', 'wide-2019', 'wide-2008', 'indicators-2018', 'indicators-2023', 'nianbao-sqlite']));
		const indicators = descriptor.resources.find((r: { name: string }) => r.name === 'indicators');
		expect(indicators.alternates.map((a: { path: string }) => a.path)).toEqual(['indicators-excel.csv', 'indicators.json']);
		expect(indicators.schema.primaryKey).toEqual(['report_id', 'template_key']);
		expect(indicators.schema.foreignKeys.map((f: { reference: { resource: string } }) => f.reference.resource)).toEqual(['reports', 'agencies', 'keys']);
	});

	it('has a licence, sources, and a unit note and missing values for the fields', () => {
		expect(descriptor.licenses[0].name).toBe('ODC-PDDL-1.0');
		expect(descriptor.sources[0].path).toBe('/reports/hengyang-guotu-2018/source.txt');
		const value = descriptor.resources[0].schema.fields.find((f: { name: string }) => f.name === 'value');
		expect(value.description).toContain('单位见 unit 列');
		expect(descriptor.resources[0].schema.missingValues).toEqual(['']);
	});
});

describe.skipIf(!hasCorpus)('the corpus downloads', async () => {
	const files = ['hongze-qzf-2023.txt', 'hongze-qzf-2024.txt', 'huaian-szf-2024.txt', 'hengyang-guotu-2018.txt', 'shuyang-fgj-2023.html', 'shanghai-szfbgt-2019.html'];
	const corpusReports = hasCorpus ? await Promise.all(files.map(async (f) => (await parseFile(new Uint8Array(readFileSync(corpusFile(f))), f)).report)) : [];
	const site = hasCorpus ? await siteFilesFrom(stream(corpusReports)) : null;
	afterAll(() => site && rmSync(site.dir, { recursive: true, force: true }));

	it('flags 洪泽区 2023 表四 行政复议 总计 0 (its parts add up to 11) and keeps 纠正 1, as SOURCES.md says', () => {
		const db = new Database(site!.files.get('nianbao.sqlite')!.path, { readonly: true });
		const cell = (key: string) => db.prepare("SELECT value, check_status, failed_checks FROM cells WHERE report_id = 'hongze-qzf-2023' AND template_key = ?").get(key);
		expect(cell('t4.review.total')).toEqual({ value: 0, check_status: 'fail', failed_checks: 't4.total:r1' });
		expect(cell('t4.review.corrected')).toEqual({ value: 1, check_status: null, failed_checks: null });
		const byYear = db.prepare("SELECT c.agency_id, c.year, c.value FROM cells c WHERE c.key = 'review.corrected' AND c.agency_id = '320813-government' ORDER BY c.year").all();
		expect(byYear.map((r) => (r as { year: number }).year)).toEqual([2023, 2024]);
		db.close();
	});

	it('gives every cell of every corpus report a template key from the templates, none derived', () => {
		const rows = csvParse(readFileSync(site!.files.get('indicators.csv')!.path, 'utf8'));
		expect(rows.filter((r) => r.template_key.startsWith('x.'))).toEqual([]);
		expect(new Set(rows.map((r) => r.agency_id)).size).toBe(5);
	});
});
if (!hasCorpus) it.skip('corpus download tests skipped: ../shared/corpus is absent', () => {});
