import { siteCatalogue } from '$lib/server/catalogue';
import { siteSeries } from '$lib/server/site';
import { valuesByAgency, type AgencyValues } from '$lib/data/series';
import { agencyShards, type AgencyEntry, type Shard } from './agency-index';

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
