import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseReport } from '../../../../../src/lib/parse';
import { TEMPLATE2019_FIXTURES } from '../../../../fixtures/template2019/golden';
import { compareCells } from '../../../../../scripts/golden/compare';

const fixture = (name: string) => resolve('tests/fixtures/template2019', name);

describe.each(TEMPLATE2019_FIXTURES)('the made-up 2019-format report $name', (g) => {
	const file = fixture(`${g.name}.txt`);
	const parse = () => parseReport(new Uint8Array(readFileSync(file)), file);

	it('gives its agency, year, template and six parts', () => {
		const { report } = parse();
		expect(report).toMatchObject({ agency: g.agency, year: g.year, format: '2019', template: g.name.endsWith('2019') ? '2019' : '2021' });
		expect(report.sections.map((s) => s.anchor)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
	});

	it('places every cell of 表二, 表三 and 表四 where the template puts it', () => {
		const { report, problems } = parse();
		expect(problems).toEqual([]);
		const cells = compareCells(report, g);
		expect(cells.length).toBe(Object.values(g.t2).flat().length + g.t3.length * 7 + 15);
		for (const c of cells) expect(c.actual, c.where).toBe(c.expected);
	});

	it('anchors 表三 and 表四 rows by the template', () => {
		const { report } = parse();
		const t3 = report.tables.find((t) => t.anchor === 't3')!;
		const anchors = t3.rows.map((r) => r.anchor);
		expect(anchors.slice(0, 4)).toEqual(['t3-r1', 't3-r2', 't3-r3', 't3-r3-1']);
		expect(anchors).toContain('t3-r3-5-5');
		expect(anchors.slice(-2)).toEqual(['t3-r3-7', 't3-r4']);
		expect(t3.rows.find((r) => r.anchor === 't3-r1')!.keys?.[6]).toBe('applications.received');
		expect(report.tables.find((t) => t.anchor === 't4')!.rows.map((r) => r.anchor)).toEqual(['t4-r1', 't4-r2', 't4-r3']);
	});

	it('passes every check its tables state (they add up by construction)', () => {
		const { report } = parse();
		expect(report.checks.length).toBe(7 * 2 + g.t3.length + 3);
		expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
	});
});
