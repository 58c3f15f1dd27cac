import type { Report } from '../types';
import { bareLabel } from './labels';
import { KEYS } from './keys';

/** Whether the row's bare path ends with the key's path (each step compared on its bare label). */
function endsWith(full: string[], tail: string[]): boolean {
	if (tail.length > full.length) return false;
	const off = full.length - tail.length;
	return tail.every((t, i) => full[off + i] === t);
}

/** Gives each 2008 table row its canonical key, where the template defines one. Mutates and returns. */
export function assignKeys2008(report: Report): Report {
	const taken = new Set<string>();
	for (const table of report.tables) {
		for (const row of table.rows) {
			if (row.header) continue;
			const full = [...row.path, row.label].map(bareLabel);
			const def = KEYS.find((k) => k.in2008 && !taken.has(k.key) && endsWith(full, k.in2008));
			if (def) {
				row.keys = row.values.map((_, i) => (i === 0 ? def.key : null));
				taken.add(def.key);
			}
		}
	}
	return report;
}
