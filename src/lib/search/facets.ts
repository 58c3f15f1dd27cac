import type { ReportEntry } from './format';
import type { ReportMatch } from './ranking';

export interface Filters {
	report: string | null;
	agency: string | null;
	year: string | null;
}

export interface Facet {
	value: string;
	label: string;
	count: number;
}

/** A facet's values, the most frequent first, cut to a fixed number so the list does not grow with the corpus. */
export interface FacetList {
	shown: Facet[];
	/** Values left out of `shown`, and the matches they hold. */
	hiddenValues: number;
	hiddenCount: number;
}

export const FACET_LIMIT = 10;

/** Catalogue entries by report number: a report not yet described passes no filter that is set. */
type Catalogue = Map<number, ReportEntry>;

const keyOf = (name: keyof Filters, r: ReportEntry | undefined): string | undefined =>
	r && (name === 'report' ? r.id : name === 'agency' ? (r.agency ?? '') : String(r.year ?? ''));

/** Matched reports that pass every filter that is set. */
export function applyFilters(matches: ReportMatch[], filters: Filters, reports: Catalogue): ReportMatch[] {
	const set = (Object.keys(filters) as (keyof Filters)[]).filter((k) => filters[k] !== null);
	return set.length ? matches.filter((m) => set.every((k) => keyOf(k, reports.get(m.report)) === filters[k])) : matches;
}

/**
 * Counts of reports per value of one facet, over the matched reports that pass the other filters: picking a value then
 * shows exactly that count. At most `limit` values are listed (the chosen one always among them).
 */
export function facet(name: keyof Filters, matches: ReportMatch[], filters: Filters, reports: Catalogue, limit = FACET_LIMIT): FacetList {
	const counts = new Map<string, { count: number; entry: ReportEntry }>();
	for (const m of applyFilters(matches, { ...filters, [name]: null }, reports)) {
		const entry = reports.get(m.report);
		const k = keyOf(name, entry);
		if (k === undefined || !entry) continue;
		const seen = counts.get(k);
		if (seen) seen.count++;
		else counts.set(k, { count: 1, entry });
	}
	const all = [...counts]
		.map(([value, { count, entry }]) => {
			const label = name === 'report' ? `${entry.agency ?? entry.title ?? value} ${entry.year ?? ''}` : value || '不详';
			return { value, label, count };
		})
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'));
	const shown = all.slice(0, limit);
	const chosen = all.find((f) => f.value === filters[name]);
	if (chosen && !shown.includes(chosen)) shown.push(chosen);
	const hidden = all.filter((f) => !shown.includes(f));
	return { shown, hiddenValues: hidden.length, hiddenCount: hidden.reduce((n, f) => n + f.count, 0) };
}
