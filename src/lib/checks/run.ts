import type { Check, Report, TableRow } from '../types';
import type { Rule } from './rules2008';

/** Sums without binary fractions creeping in (万元 values carry decimals). */
const add = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;

/**
 * Evaluates keyed rules on a report's first value column. A rule whose rows the report lacks is
 * skipped; a null among its values makes it "unverifiable", never a failure.
 */
export function runKeyedRules(report: Report, rules: Rule[], names: (key: string) => string): Check[] {
	const byKey = new Map<string, TableRow>();
	for (const t of report.tables) for (const r of t.rows) if (r.keys?.[0] && !byKey.has(r.keys[0])) byKey.set(r.keys[0], r);
	const checks: Check[] = [];
	for (const rule of rules) {
		const total = byKey.get(rule.total);
		const parts = rule.parts.map((k) => byKey.get(k));
		if (!total || parts.some((p) => !p)) continue;
		const rows = parts as TableRow[];
		const tv = total.values[0];
		const pv = rows.map((r) => r.values[0]);
		const known = tv !== null && pv.every((v) => v !== null);
		let expected: number | null;
		let actual: number | null;
		let ok: boolean;
		if (rule.relation === 'sum') {
			expected = pv.every((v) => v !== null) ? add(pv as number[]) : null;
			actual = tv;
			ok = known && expected === actual;
		} else {
			expected = tv;
			actual = pv[0];
			ok = known && (actual as number) <= (expected as number);
		}
		const description =
			rule.relation === 'sum'
				? `${names(rule.total)} = ${rule.parts.map(names).join(' + ')}`
				: `${names(rule.parts[0])} ≤ ${names(rule.total)}`;
		checks.push({
			id: rule.id,
			status: !known ? 'unverifiable' : ok ? 'pass' : 'fail',
			relation: rule.relation,
			description,
			total: total.anchor,
			parts: rows.map((r) => r.anchor),
			expected,
			actual,
			reason: rule.reason
		});
	}
	return checks;
}
