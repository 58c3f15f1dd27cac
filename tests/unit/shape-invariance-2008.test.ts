import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse';
import type { Report } from '../../src/lib/types';
import { renderSeed, type Layout2008 } from '../helpers/forms2008';
import { seedReport } from '../helpers/search';
import { walk } from '../helpers/seed';

const reference = seedReport();
const rows = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ anchor: row.anchor, label: row.label, unit: row.unit, value: row.values[0], key: row.keys?.[0] ?? null, header: !!row.header })));

describe('the seed report with its 2008 appendix laid out as other sources print it gives the same rows, keys and checks', () => {
	const layouts: [Layout2008, string][] = [
		['tabs-fullwidth', 'x.txt'],
		['markdown', 'x.md'],
		['html', 'x.html'],
		['spaces', 'x.txt'],
		['two-columns', 'x.txt'],
		['broken-labels', 'x.txt']
	];
	it.each(layouts)('%s', (layout, file) => {
		const { report } = parseReport(renderSeed(layout), file);
		expect(report.problems).toEqual([]);
		expect(walk(report.sections).map((s) => s.anchor)).toEqual(walk(reference.sections).map((s) => s.anchor));
		expect(rows(report)).toEqual(rows(reference));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(reference.checks.map((c) => `${c.id}:${c.status}`));
	});

	it('keeps both value columns of 指标名称 | 计量单位 | 2018年度 | 历年累计, the annual one keyed', () => {
		const { report } = parseReport(renderSeed('two-columns'), 'x.txt');
		const t = report.tables[0];
		expect(t.columns).toEqual(['2018年度', '历年累计']);
		const received = t.rows.find((r) => r.keys?.[0] === 'applications.received')!;
		expect(received.values).toEqual([149, 447]);
		expect(received.keys).toEqual(['applications.received', null]);
	});
});
