import type { Check, Report, TableRow } from '../types';
import type { Rule } from './rules2008';
import { subsetCheck, sumCheck, type CheckCell } from './sum';

/**
 * Evaluates keyed rules on a report's first value column. A rule whose rows the report lacks is
 * skipped; a null among its values makes it "unverifiable", never a failure.
 */
export function runKeyedRules(report: Report, rules: Rule[], names: (key: string) => string): Check[] {
	const byKey = new Map<string, TableRow>();
	for (const t of report.tables) for (const r of t.rows) if (r.keys?.[0] && !byKey.has(r.keys[0])) byKey.set(r.keys[0], r);
	const cell = (key: string): CheckCell | null => {
		const row = byKey.get(key);
		return row ? { anchor: row.anchor, value: row.values[0] } : null;
	};
	const checks: Check[] = [];
	for (const rule of rules) {
		const total = cell(rule.total);
		const parts = rule.parts.map(cell);
		if (!total || parts.some((p) => !p)) continue;
		const found = parts as CheckCell[];
		checks.push(
			rule.relation === 'sum'
				? sumCheck(rule.id, `${names(rule.total)} = ${rule.parts.map(names).join(' + ')}`, rule.reason, total, found)
				: subsetCheck(rule.id, `${names(rule.parts[0])} ≤ ${names(rule.total)}`, rule.reason, total, found[0])
		);
	}
	return checks;
}
