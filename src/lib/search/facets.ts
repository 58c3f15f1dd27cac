import type { SearchCatalogueEntry } from '../types';
import type { Hit } from './query';

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

const keyOf = (name: keyof Filters, r: SearchCatalogueEntry | undefined, hit: Hit): string =>
	name === 'report' ? hit.report : name === 'agency' ? (r?.agency ?? '') : String(r?.year ?? '');

/** Hits that pass every filter that is set. */
export function applyFilters(hits: Hit[], filters: Filters, reports: Map<string, SearchCatalogueEntry>): Hit[] {
	return hits.filter((h) =>
		(Object.keys(filters) as (keyof Filters)[]).every((k) => filters[k] === null || keyOf(k, reports.get(h.report), h) === filters[k])
	);
}

/**
 * Counts per value of one facet, over the hits that pass the other filters: picking a value then
 * shows exactly that count.
 */
export function facet(name: keyof Filters, hits: Hit[], filters: Filters, reports: Map<string, SearchCatalogueEntry>): Facet[] {
	const counts = new Map<string, number>();
	for (const h of applyFilters(hits, { ...filters, [name]: null }, reports)) {
		const k = keyOf(name, reports.get(h.report), h);
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	return [...counts]
		.map(([value, count]) => {
			const r = name === 'report' ? reports.get(value) : undefined;
			const label = name === 'report' ? `${r?.agency ?? value} ${r?.year ?? ''}` : value || '不详';
			return { value, label, count };
		})
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'));
}
