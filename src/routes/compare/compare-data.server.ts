import { siteCatalogue } from '$lib/server/catalogue';
import { siteSeries } from '$lib/server/site';
import { valuesByAgency, yearOf, type AgencyValues } from '$lib/data/series';
import { reportCatalogue } from '$lib/server/reports';
import { KEYS } from '$lib/indicators/keys';
import { agencyShards, type AgencyEntry, type Shard } from '$lib/charts/compare-agencies';

let values: Promise<Map<string, AgencyValues>> | null = null;
let shards: Promise<Map<string, Shard>> | null = null;

/** Every agency's packed values, computed once per build for /compare/agency/<id>.json. */
export function agencyValues(): Promise<Map<string, AgencyValues>> {
	values ??= (async () => {
		const [{ agencies }, series] = await Promise.all([siteCatalogue(), siteSeries()]);
		const owner = new Map(agencies.flatMap((a) => a.reports.map((r) => [r.id, { id: a.id, name: a.name }] as const)));
		return valuesByAgency(series, owner);
	})();
	return values;
}

/** The type-ahead's per-character files, computed once per build. */
export function agencyIndex(): Promise<Map<string, Shard>> {
	shards ??= siteCatalogue().then(({ agencies }) =>
		agencyShards(
			agencies.map(
				(a): AgencyEntry => ({
					id: a.id,
					name: a.name,
					aliases: a.aliases.filter((n) => n !== a.name),
					years: [...new Set(a.reports.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((x, y) => x - y)
				})
			)
		)
	);
	return shards;
}

/** Every indicator's years, once per build: each of the per-indicator pages going over every value made them quadratic. */
let keyYears: Promise<{ key: string; name: string; unit: string; years: string[] }[]> | null = null;

/** Rows of a page of values, as on the page: the prerendered view holds at most this many. */
export const ROWS = 50;
export const DEFAULT_KEY = 'applications.received';

/**
 * The indicators and the years each has values for, and one indicator's latest year (the default one, or
 * `key` for its own prerendered page): the page holds no other values (a chosen key and year are fetched as
 * one small JSON), and of that year only the first page when there are more, so it stays small at any size.
 */
export async function compareData(key: string = DEFAULT_KEY) {
	const series = await siteSeries();
	const keys = await (keyYears ??= siteSeries().then((series) =>
		KEYS.filter((k) => series[k.key]).map((k) => ({
			key: k.key,
			name: k.name,
			unit: k.unit,
			years: [...new Set(series[k.key].map(yearOf))].sort().reverse()
		}))
	));
	const def = keys.find((k) => k.key === key) ?? keys[0];
	const year = def?.years[0] ?? null;
	const points = def ? series[def.key].filter((p) => yearOf(p) === year) : [];
	return {
		reportCount: (await reportCatalogue()).length,
		keys,
		initial: { key: def?.key ?? null, year, points: points.slice(0, ROWS), total: points.length }
	};
}
