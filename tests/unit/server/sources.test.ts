import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { parseSidecar, readDate, sidecarOf, sidecarProblems, sourceOf } from '../../../src/lib/server/sources';
import { takeInventory } from '../../../src/lib/server/inventory';
import { catalogueRecord } from '../../../src/lib/data/tidy';
import { REPORT_EXTENSIONS } from '../../../src/lib/server/reports';
import { parseFile } from '../../../src/lib/parse';

const bytes = (text: string) => new TextEncoder().encode(text);
const FIXTURES = resolve('tests/fixtures/reports');

describe('the sources sidecar (sources.csv beside the reports)', () => {
	it('reads file, url and retrieved as Excel saves them: byte-order mark, CRLF, quoted cells, dates with slashes', () => {
		const { sources, problems } = parseSidecar(
			bytes('\uFEFFfile,url,retrieved\r\n"a,b.pdf",https://www.gov.cn/a.html?x=1&y=2,2024/3/5\r\nc.txt,http://example.gov.cn/c,2024年12月1日\r\n\r\n'),
			'sources.csv'
		);
		expect(problems).toEqual([]);
		expect(sources.get('a,b.pdf')).toEqual({ url: 'https://www.gov.cn/a.html?x=1&y=2', retrieved: '2024-03-05' });
		expect(sources.get('c.txt')).toEqual({ url: 'http://example.gov.cn/c', retrieved: '2024-12-01' });
	});

	it('reads a sidecar saved as GB18030 ("CSV" from Excel on Chinese Windows), columns in any order, retrieved optional', () => {
		const { sources, problems } = parseSidecar(iconv.encode('URL,File\nhttps://www.hongze.gov.cn/2023.pdf,洪泽区2023.pdf\n', 'gb18030'), 'sources.csv');
		expect(problems).toEqual([]);
		expect(sources.get('洪泽区2023.pdf')).toEqual({ url: 'https://www.hongze.gov.cn/2023.pdf', retrieved: null });
	});

	it('leaves out each bad row with one line naming the file and the row, and keeps the good ones', () => {
		const { sources, problems } = parseSidecar(
			bytes('file,url,retrieved\na.txt,javascript:alert(1),2024-01-01\n,https://x.gov.cn/,\nb.txt,https://x.gov.cn/b,2024-02-30\nb.txt,https://x.gov.cn/b2,\nsub/c.txt,https://x.gov.cn/c,\nd.txt,/relative/path,\n'),
			'data/sources.csv'
		);
		expect([...sources.keys()]).toEqual(['b.txt']);
		expect(sources.get('b.txt')).toEqual({ url: 'https://x.gov.cn/b', retrieved: null });
		expect(problems).toEqual([
			'nianbao: data/sources.csv: row 2: "javascript:alert(1)" is not an http(s) URL; left out',
			'nianbao: data/sources.csv: row 3: no file name; left out',
			'nianbao: data/sources.csv: row 4: "2024-02-30" is not a date (expected e.g. 2024-03-05); the URL is kept without it',
			'nianbao: data/sources.csv: row 5: "b.txt" is named again (the first row counts); left out',
			'nianbao: data/sources.csv: row 6: "sub/c.txt" is a path; name a file in the folder; left out',
			'nianbao: data/sources.csv: row 7: "/relative/path" is not an http(s) URL; left out'
		]);
	});

	it('without the file and url columns says so in one line and is not used', () => {
		const { sources, problems } = parseSidecar(bytes('name;link\na.txt;https://x.gov.cn/\n'), 'sources.csv');
		expect(sources.size).toBe(0);
		expect(problems).toEqual(['nianbao: sources.csv: its first row must name the columns file,url,retrieved (found: name;link); not used']);
	});

	it('reads dates only when they are real calendar days', () => {
		expect(readDate('2024-3-5')).toBe('2024-03-05');
		expect(readDate('2024.03.05')).toBe('2024-03-05');
		expect(readDate('2023-02-29')).toBeNull();
		expect(readDate('5/3/2024')).toBeNull();
	});

	it('never opens a sidecar that is not a regular file (a FIFO would hang the build)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'nianbao-sources-'));
		execFileSync('mkfifo', [join(dir, 'sources.csv')]);
		const sidecar = sidecarOf(dir);
		expect(sidecar.sources.size).toBe(0);
		expect(sidecar.problems).toEqual([`nianbao: ${join(dir, 'sources.csv')}: not a regular file; not used`]);
	});

	it('gives the fixture report its source by file name, and names a row for a file the folder does not publish', () => {
		expect(sourceOf({ file: join(FIXTURES, 'shili-xian-2019.txt'), also: [] })).toEqual({ url: 'https://shili.example.gov.cn/xxgk/ndbg/2019.html', retrieved: '2020-03-05' });
		expect(sourceOf({ file: join(FIXTURES, 'ceshi-xss-2020.txt'), also: [] })).toBeNull();
		const dir = mkdtempSync(join(tmpdir(), 'nianbao-sources-'));
		writeFileSync(join(dir, 'sources.csv'), 'file,url\nr.txt,https://x.gov.cn/r\ngone.pdf,https://x.gov.cn/gone\n');
		expect(sourceOf({ file: join(dir, 'r.pdf'), also: [join(dir, 'r.txt')] })).toEqual({ url: 'https://x.gov.cn/r', retrieved: null });
		expect(sidecarProblems(dir, [join(dir, 'r.pdf'), join(dir, 'r.txt')])).toEqual([
			`nianbao: ${join(dir, 'sources.csv')}: "gone.pdf" is not a report published from this folder; its row is not used`
		]);
	});

	it('is not taken for a report file, nor listed as skipped', () => {
		const inventory = takeInventory(FIXTURES, { extensions: REPORT_EXTENSIONS, maxBytes: 1 << 26 });
		expect(inventory.skipped.filter((s) => s.file.endsWith('sources.csv'))).toEqual([]);
		expect(inventory.groups.map((g) => g.id)).toEqual(['ceshi-xss-2020', 'shili-xian-2019', 'shili-xiang-2023', 'shili-zhan-2010', 'shili-zhen-2021', 'shiyan-huangyan-2018', 'shiyan-pingtan-2019']);
	});

	it('travels into the reports table (reports.csv, JSON, SQLite): source_url and retrieved, empty when unknown', async () => {
		const { report } = await parseFile(new Uint8Array(readFileSync(join(FIXTURES, 'shili-xian-2019.txt'))), 'shili-xian-2019.txt');
		const source = sourceOf({ file: join(FIXTURES, 'shili-xian-2019.txt'), also: [] });
		expect(catalogueRecord({ ...report, source })).toMatchObject({ source_url: 'https://shili.example.gov.cn/xxgk/ndbg/2019.html', retrieved: '2020-03-05' });
		expect(catalogueRecord(report)).toMatchObject({ source_url: null, retrieved: null });
	});
});
