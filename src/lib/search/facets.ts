import type { ReportEntry } from './format';
import type { Match } from './query';

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

type Catalogue = Map<string, ReportEntry>;

const keyOf = (name: keyof Filters, r: ReportEntry | undefined, m: Match): string =>
	name === 'report' ? m.report : name === 'agency' ? (r?.agency ?? '') : String(r?.year ?? '');

/** Matches that pass every filter that is set. */
export function applyFilters(matches: Match[], filters: Filters, reports: Catalogue): Match[] {
	const set = (Object.keys(filters) as (keyof Filters)[]).filter((k) => filters[k] !== null);
	return matches.filter((m) => set.every((k) => keyOf(k, reports.get(m.report), m) === filters[k]));
}

/**
 * Counts per value of one facet, over the matches that pass the other filters: picking a value then
 * shows exactly that count. At most `limit` values are listed (the chosen one always among them).
 */
export function facet(name: keyof Filters, matches: Match[], filters: Filters, reports: Catalogue, limit = FACET_LIMIT): FacetList {
	const counts = new Map<string, number>();
	for (const m of applyFilters(matches, { ...filters, [name]: null }, reports)) {
		const k = keyOf(name, reports.get(m.report), m);
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const all = [...counts]
		.map(([value, count]) => {
			const r = name === 'report' ? reports.get(value) : undefined;
			const label = name === 'report' ? `${r?.agency ?? value} ${r?.year ?? ''}` : value || '不详';
			return { value, label, count };
		})
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'));
	const shown = all.slice(0, limit);
	const chosen = all.find((f) => f.value === filters[name]);
	if (chosen && !shown.includes(chosen)) shown.push(chosen);
	const hidden = all.filter((f) => !shown.includes(f));
	return { shown, hiddenValues: hidden.length, hiddenCount: hidden.reduce((n, f) => n + f.count, 0) };
}
