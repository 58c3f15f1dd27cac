import type { Report } from '../types';
import { KEYS } from '../indicators/keys';
import { cellFlags } from '../checks/flags';

export interface SeriesPoint {
	report: string;
	agency: string | null;
	year: number | null;
	value: number | null;
	unit: string | null;
	anchor: string;
	label: string;
	/** Id of the report's failing check that disputes this number (its entry is #check-<id>), if any. */
	failing?: string;
}

/** Every keyed value of every report, by key, reports ordered by year then agency. */
export function seriesByKey(reports: Report[]): Record<string, SeriesPoint[]> {
	const out: Record<string, SeriesPoint[]> = {};
	const ordered = [...reports].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.agency ?? '').localeCompare(b.agency ?? '', 'zh'));
	for (const r of ordered)
		for (const t of r.tables) {
			const flags = cellFlags(r.checks, t);
			for (const row of t.rows)
				row.keys?.forEach((key, i) => {
					const flag = flags.get(`${row.anchor}|${i}`);
					if (key)
						(out[key] ??= []).push({
							report: r.id,
							agency: r.agency,
							year: r.year,
							value: row.values[i] ?? null,
							unit: row.unit,
							anchor: row.anchor,
							label: t.columns.length > 1 ? `${row.label}(${t.columns[i]})` : row.label,
							...(flag ? { failing: flag.anchor } : {})
						});
				});
		}
	return Object.fromEntries(KEYS.filter((k) => out[k.key]).map((k) => [k.key, out[k.key]]));
}
