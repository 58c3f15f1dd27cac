import { siteSeries } from '$lib/server/site';
import { reportCatalogue } from '$lib/server/reports';
import { yearOf } from '$lib/data/series';
import { KEYS } from '$lib/indicators/keys';

const DEFAULT_KEY = 'applications.received';

/**
 * The indicators and the years each has values for, and the default indicator's latest year: the page
 * holds no other values (a chosen key and year are fetched as one small JSON), so it stays small.
 */
export async function load() {
	const series = await siteSeries();
	const keys = KEYS.filter((k) => series[k.key]).map((k) => ({
		key: k.key,
		name: k.name,
		unit: k.unit,
		years: [...new Set(series[k.key].map(yearOf))].sort().reverse()
	}));
	const def = keys.find((k) => k.key === DEFAULT_KEY) ?? keys[0];
	const year = def?.years[0] ?? null;
	return {
		reportCount: (await reportCatalogue()).length,
		keys,
		initial: { key: def?.key ?? null, year, points: def ? series[def.key].filter((p) => yearOf(p) === year) : [] }
	};
}
