import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import dp from 'datapackage';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neutralise, toCsv } from '../../src/lib/data/csv';
import { indicatorRecords } from '../../src/lib/data/tidy';
import { reportFiles, siteFiles } from '../../src/lib/server/downloads';
import { seedReport } from '../helpers/search';

const report = seedReport();
const files = reportFiles(report);
const site = siteFiles([report]);
const BOM = '\uFEFF';

describe('CSV downloads', () => {
	it('round-trip: every value parsed back from the CSV equals the JSON', () => {
		const csv = files.get(`${report.id}.csv`)!.body;
		const parsed = csvParse(csv);
		const records = indicatorRecords(report);
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
		const parsed = csvParse(files.get(`${report.id}.csv`)!.body);
		const row = parsed.find((r) => r.label === '(二)申请办结数')!;
		expect(row.value).toBe('');
		expect(parsed.find((r) => r.label === '(一)收到申请数')!.value).toBe('149');
	});

	it('writes RFC 4180: CRLF between records, quotes where needed', () => {
		const csv = toCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"\nthere' }]);
		expect(csv).toBe('a,b\r\n"x,y","say ""hi""\nthere"\r\n');
	});

	it('puts a BOM in the Excel variants and nowhere else', () => {
		for (const [name, file] of [...files, ...site]) {
			expect(file.body.startsWith(BOM), name).toBe(name.endsWith('-excel.csv'));
		}
		expect(site.get('indicators-excel.csv')!.body).toBe(BOM + site.get('indicators.csv')!.body);
	});

	it('neutralises text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
		expect(neutralise('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
		expect(neutralise('+1')).toBe("'+1");
		expect(neutralise('-cmd')).toBe("'-cmd");
		expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutralise(-3)).toBe('-3');
		expect(neutralise('收到申请数')).toBe('收到申请数');
		expect(neutralise(null)).toBe('');
		const csv = toCsv(['label', 'value'], [{ label: '=1+1', value: -2 }]);
		expect(csvParse(csv)[0]).toEqual({ label: "'=1+1", value: '-2' });
	});

	it('lists one catalogue row per report with its counts', () => {
		const [row] = csvParse(site.get('reports.csv')!.body);
		expect(row).toMatchObject({ id: 'hengyang-guotu-2018', agency: '衡阳市国土资源局', year: '2018', published: '2019-02-26', format: '2008', checks_failed: '1' });
		expect(Number(row.blank_values)).toBe(1);
	});

	it('publishes the checks, the failing one with expected and actual', () => {
		const rows = csvParse(site.get('checks.csv')!.body);
		const fail = rows.filter((r) => r.status === 'fail');
		expect(fail).toHaveLength(1);
		expect(fail[0]).toMatchObject({ check_id: 'applications.answered=outcomes', expected: '152', actual: '149', total_row: 't1-r3-3' });
	});
});

describe('the data package', () => {
	it('is valid against the Data Package and Table Schema profiles, and every CSV fits its schema', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'nianbao-dp-'));
		for (const [name, f] of site) writeFileSync(join(dir, name), f.body);
		for (const [name, f] of files) {
			mkdirSync(join(dir, 'reports'), { recursive: true });
			writeFileSync(join(dir, 'reports', name), f.body);
		}
		const descriptor = JSON.parse(site.get('datapackage.json')!.body);
		const pkg = await dp.Package.load(descriptor, { basePath: dir });
		expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
		expect(pkg.valid).toBe(true);
		expect(pkg.resourceNames).toEqual(expect.arrayContaining(['indicators', 'indicators-excel', 'reports', 'checks', 'report-hengyang-guotu-2018']));
		for (const name of ['indicators', 'reports', 'checks', 'report-hengyang-guotu-2018']) {
			const rows = await pkg.getResource(name).read({ keyed: true, cast: true });
			expect(rows.length, name).toBeGreaterThan(0);
		}
		const values = await pkg.getResource('indicators').read({ keyed: true, cast: true });
		expect(values.find((r: { label: string }) => r.label === '(二)申请办结数').value).toBeNull();
	});

	it('has a licence, sources, and a description, unit note and missing values for the fields', () => {
		const d = JSON.parse(site.get('datapackage.json')!.body);
		expect(d.licenses[0].name).toBe('ODC-PDDL-1.0');
		expect(d.sources[0].path).toBe('/reports/hengyang-guotu-2018/source.txt');
		const value = d.resources[0].schema.fields.find((f: { name: string }) => f.name === 'value');
		expect(value).toMatchObject({ type: 'number' });
		expect(value.description).toContain('单位见 unit 列');
		expect(d.resources[0].schema.missingValues).toEqual(['']);
	});
});
