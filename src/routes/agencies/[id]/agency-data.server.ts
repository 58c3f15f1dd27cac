import { siteCatalogue } from '$lib/server/catalogue';
import { siteSeries } from '$lib/server/site';
import type { Agency } from '$lib/agencies';
import type { CatalogueEntry } from '$lib/catalogue';
import type { SeriesPoint } from '$lib/data/series';

export interface AgencyData {
	agency: Agency;
	/** Its reports' catalogue entries, in catalogue order. */
	entries: CatalogueEntry[];
	/** Its points of each key, in series order. */
	points: Map<string, SeriesPoint[]>;
}

let cached: Promise<Map<string, AgencyData>> | null = null;

/**
 * Every agency's reports and values, sorted out in one pass per build: each agency page looking
 * through the whole catalogue and every key's series made the agency pages quadratic in the corpus.
 */
export function agencyData(): Promise<Map<string, AgencyData>> {
	cached ??= (async () => {
		const [{ entries, agencies }, series] = await Promise.all([siteCatalogue(), siteSeries()]);
		const byAgency = new Map(agencies.map((agency) => [agency.id, { agency, entries: [], points: new Map() } as AgencyData]));
		const owner = new Map(agencies.flatMap((a) => a.reports.map((r) => [r.id, byAgency.get(a.id)!] as const)));
		for (const e of entries) owner.get(e.id)?.entries.push(e);
		for (const [key, points] of Object.entries(series))
			for (const p of points) {
				const data = owner.get(p.report);
				if (data) (data.points.get(key) ?? data.points.set(key, []).get(key)!).push(p);
			}
		return byAgency;
	})();
	return cached;
}
