import * as urls from '$lib/urls';
import { shardName, type Shard } from '$lib/charts/compare-agencies';

/**
 * The per-character agency files (/compare/agencies/<shard>.json) a type-ahead fetches, each at most once per
 * page: a character no agency name holds has no file (404, null), any other failure rejects.
 */
export function agencyShards(): (char: string) => Promise<Shard | null> {
	const shards = new Map<string, Promise<Shard | null>>();
	return (char) => {
		const name = shardName(char);
		let shard = shards.get(name);
		if (!shard) {
			shard = fetch(urls.compareAgencyShard(name)).then((r) => (r.ok ? r.json() : r.status === 404 ? null : Promise.reject(new Error(String(r.status)))));
			shards.set(name, shard);
		}
		return shard;
	};
}
