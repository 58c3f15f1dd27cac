import { describe, expect, it } from 'vitest';
import { runKeyedRules } from '../../../src/lib/checks/run';
import { RULES_2008 } from '../../../src/lib/checks/rules2008';
import { seedReport } from '../../helpers/search';
import type { Report } from '../../../src/lib/types';

const report = seedReport();
const byId = (r: Report, id: string) => r.checks.find((c) => c.id === id)!;

describe('arithmetic checks on the seed', () => {
	it('flags 申请答复数: 149 reported, 152 from its items 1–8', () => {
		const c = byId(report, 'applications.answered=outcomes');
		expect(c).toMatchObject({ status: 'fail', expected: 152, actual: 149, total: 't1-r3-3' });
		expect(c.parts).toHaveLength(8);
	});

	it('flags nothing else that fails', () => {
		expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['applications.answered=outcomes']);
	});

	it('passes the relations that add up in the source', () => {
		expect(byId(report, 'applications.received=channels')).toMatchObject({ status: 'pass', expected: 149, actual: 149 });
		expect(byId(report, 'review.total=outcomes')).toMatchObject({ status: 'pass', expected: 3, actual: 3 });
		expect(byId(report, 'litigation.total=outcomes')).toMatchObject({ status: 'pass', expected: 17, actual: 17 });
		expect(byId(report, 'staff.total=kinds')).toMatchObject({ status: 'pass', expected: 1, actual: 1 });
	});

	it('calls a relation with a blank cell unverifiable, not failed: 申请办结数 is blank', () => {
		expect(byId(report, 'applications.completed=timing')).toMatchObject({ status: 'unverifiable', expected: 149, actual: null });
	});

	it('does not treat the channels of 主动公开 as parts of its total (3356 vs 371)', () => {
		expect(report.checks.some((c) => c.total === 't1-r1-1' && c.relation === 'sum')).toBe(false);
	});

	it('gives every rule a reason, and skips rules whose rows a report lacks', () => {
		expect(RULES_2008.every((r) => r.reason.length > 5)).toBe(true);
		const partial = structuredClone(report);
		partial.tables[0].rows = partial.tables[0].rows.filter((r) => r.keys?.[0] !== 'staff.part_time');
		expect(runKeyedRules(partial, RULES_2008, (k) => k).some((c) => c.id === 'staff.total=kinds')).toBe(false);
	});

	it('fails a 其中 row that exceeds its total', () => {
		const broken = structuredClone(report);
		broken.tables[0].rows.find((r) => r.keys?.[0] === 'publish.normative')!.values = [4000];
		const c = runKeyedRules(broken, RULES_2008, (k) => k).find((x) => x.id === 'publish.normative<=total')!;
		expect(c).toMatchObject({ status: 'fail', expected: 3356, actual: 4000 });
	});
});
