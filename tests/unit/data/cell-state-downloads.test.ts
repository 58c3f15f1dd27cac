import { afterAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import Database from 'better-sqlite3';
import { readFileSync, rmSync } from 'node:fs';
import { siteFilesFrom } from '../../../src/lib/server/downloads';
import { parseReport } from '../../../src/lib/parse';

/** Made-up reports: 表三 not found (175 cells unread), and a 表三 row whose digits no sum can cut. */
const text = (name: string) => readFileSync(`tests/fixtures/reports/${name}.txt`, 'utf8');
const zhen = parseReport(text('shili-zhen-2021'), 'shili-zhen-2021.txt').report;
const xiang = parseReport(text('shili-xiang-2023'), 'shili-xiang-2023.txt').report;
async function* stream() {
	yield zhen;
	yield xiang;
}
const data = await siteFilesFrom(stream());
afterAll(() => rmSync(data.dir, { recursive: true, force: true }));
const csv = (name: string) => csvParse(readFileSync(data.files.get(name)!.path, 'utf8'));

describe('downloads say which cells were read, blank or not read', () => {
	it('gives every cell of the long CSV a state and every read value its source line', () => {
		const rows = csv('indicators.csv');
		const zhenT3 = rows.filter((r) => r.report_id === zhen.id && r.template_key.startsWith('t3.'));
		expect(zhenT3).toHaveLength(175);
		expect(new Set(zhenT3.map((r) => `${r.state} ${r.value}`))).toEqual(new Set(['unread ']));
		const rules = rows.find((r) => r.report_id === zhen.id && r.template_key === 't2.i1.rules.issued')!;
		expect([rules.state, rules.value]).toEqual(['blank', '']);
		const granted = rows.find((r) => r.report_id === xiang.id && r.template_key === 't3.outcome.granted.total')!;
		expect(granted).toMatchObject({ state: 'read', value: '15', source_line: String(text('shili-xiang-2023').split('\n').findIndex((l) => l.startsWith('(一)予以公开')) + 1) });
	});

	it('counts read, blank and unread cells in the catalogue', () => {
		const row = csv('reports.csv').find((r) => r.id === xiang.id)!;
		expect(row).toMatchObject({ unread_values: '7', blank_values: '0' });
		expect(Number(row.read_values) + 7).toBe(Number(row.values));
	});

	it('leaves unread cells empty in the wide CSV and names them in its unread_cells column', () => {
		const wide = csv('wide-2019.csv');
		const row = wide.find((r) => r.report_id === xiang.id)!;
		const unread = row.unread_cells.split(' ');
		expect(unread).toHaveLength(7);
		expect(unread.every((k) => k.startsWith('t3.outcome.withheld.') && row[k] === '')).toBe(true);
		expect(wide.find((r) => r.report_id === zhen.id)!.unread_cells.split(' ')).toContain('t3.received.total');
	});

	it('carries state and source line in the SQLite cells table', () => {
		const db = new Database(data.files.get('nianbao.sqlite')!.path, { readonly: true });
		try {
			const counts = db.prepare('SELECT state, COUNT(*) AS n FROM cells WHERE report_id = ? GROUP BY state ORDER BY state').all(zhen.id);
			expect(counts).toContainEqual({ state: 'unread', n: 176 });
			expect(db.prepare("SELECT COUNT(*) AS n FROM cells WHERE state = 'read' AND source_line IS NULL").get()).toEqual({ n: 0 });
		} finally {
			db.close();
		}
	});
});
