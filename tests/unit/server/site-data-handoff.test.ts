import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFilesFrom } from '../../../src/lib/server/downloads';
import { awaitSiteData, handOver, handOverFailure } from '../../../src/lib/server/site-data-handoff';
import { parseReport } from '../../../src/lib/parse';
import { report2019Text } from '../../helpers/template2019-text';
import type { Report } from '../../../src/lib/types';
import { tempFolders } from '../../helpers/temp-folders';

/** The build writes the site-wide downloads in a process of its own; the prerender takes them over by folder. */
const made = (variant: '2019' | '2021', year: number): Report => ({ ...parseReport(report2019Text(variant, '示例区人民政府'), `shili-${year}.txt`).report, year });
const reports = [made('2021', 2023), made('2019', 2019)];
async function* stream() {
	for (const r of reports) yield r;
}
const folder = tempFolders('nianbao-handoff-test-');

describe('site data handed over between processes', () => {
	it('is written into the folder it is given, and read back with the same files, datasets and reports', async () => {
		const dir = folder();
		const taken = awaitSiteData(dir); // asked for before the writer is done, as the prerender may
		const written = await siteFilesFrom(stream(), dir);
		expect(written.dir).toBe(dir);
		handOver(written);
		const read = await taken;
		expect(read.dir).toBe(dir);
		expect([...read.files.keys()]).toEqual([...written.files.keys()]);
		expect(read.files.get('indicators.csv')).toEqual(written.files.get('indicators.csv'));
		expect(read.datasets.get('indicators')!.rows).toBe(written.datasets.get('indicators')!.rows);
		expect(read.datasets.get('indicators')!.rows).toBeGreaterThan(0);
		expect(read.datasets.get('indicators-2023')!.dataset.year).toBe('2023');
		expect(read.years).toEqual(['2019', '2023']);
		expect(read.reports.map((r) => r.id)).toEqual(['shili-2023', 'shili-2019']);
		expect(readFileSync(read.files.get('reports.csv')!.path, 'utf8')).toContain('shili-2019');
	});

	it('a failed pass fails the reader with its reason instead of leaving it waiting', async () => {
		const dir = folder();
		const taken = awaitSiteData(dir);
		handOverFailure(dir, 'nianbao: writing the site-wide downloads failed: disk full');
		await expect(taken).rejects.toThrow('disk full');
	});

	it('a half-written summary is never read: only the renamed, complete one counts', async () => {
		const dir = folder();
		writeFileSync(join(dir, 'site-data.json.partial'), '{"dir":');
		const reader = awaitSiteData(dir);
		const first = await Promise.race([reader.then(() => 'read'), new Promise((done) => setTimeout(() => done('waiting'), 600))]);
		expect(first).toBe('waiting');
		handOverFailure(dir, 'test over'); // ends the reader's polling
		await expect(reader).rejects.toThrow('test over');
	});
});
