import type { Report } from '../types';
import { bareLabel } from './labels';
import { KEYS, KEY_BY_NAME } from './keys';
import { TABLE2_KEYS, TABLE3_KEYS, TABLE4_KEYS } from './keys2019';
import { RULES_2008 } from '../checks/rules2008';
import { runKeyedRules } from '../checks/run';
import { tableChecks2019 } from '../checks/rules2019';
import { assignTemplateKeys } from './template-keys';

/**
 * Enrichment, the one step after parsing: each cell gets its canonical key where its template defines
 * one, then the checks its template states are run, then every cell gets its template key. Mutates and returns the report.
 */
export function enrich(report: Report): Report {
	if (report.format === '2008') {
		assignKeys2008(report);
		report.checks = runKeyedRules(report, RULES_2008, (k) => KEY_BY_NAME.get(k)?.name ?? k);
	} else {
		assignKeys2019(report);
		report.checks = tableChecks2019(report);
	}
	// Every cell gets its template key too, canonical or not, so no downloaded cell is without a key.
	return assignTemplateKeys(report);
}

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
	// Provinces' own tables: a key no row took by the national wording goes to a row worded as one of its aliases.
	for (const table of report.tables) {
		for (const row of table.rows) {
			if (row.header || row.keys?.some((k) => k)) continue;
			const full = [...row.path, row.label].map(bareLabel);
			const def = KEYS.find((k) => !taken.has(k.key) && k.aliases2008?.some((alias) => endsWith(full, alias)));
			if (def) {
				row.keys = row.values.map((_, i) => (i === 0 ? def.key : null));
				taken.add(def.key);
			}
		}
	}
	return report;
}

/** 表三 and 表四 cells by template row and column; 表二 cells by row label and column name. */
export function assignKeys2019(report: Report): Report {
	for (const table of report.tables) {
		const byRow = table.anchor === 't3' ? TABLE3_KEYS : table.anchor === 't4' ? TABLE4_KEYS : null;
		for (const row of table.rows) {
			if (row.header) continue;
			if (byRow) {
				const keys = byRow[row.anchor.slice(table.anchor.length + 1)];
				if (keys) row.keys = table.columns.map((_, i) => keys[i] ?? null);
			} else if (table.anchor.startsWith('t2-')) {
				const keys = TABLE2_KEYS[row.label];
				if (keys) row.keys = table.columns.map((c) => keys[c] ?? null);
			}
		}
	}
	return report;
}
