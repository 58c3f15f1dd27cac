import MiniSearch from 'minisearch';
import { indexOptions, type IndexFile } from '../../src/lib/search/options';
import { runQuery } from '../../src/lib/search/query';
import type { SearchDoc } from '../../src/lib/types';

/** Loads the index from its URL; returns load time, then per-query timings (ms) over `rounds`. */
export async function measure(url: string, queries: string[], rounds: number) {
	const text = await (await fetch(url)).text();
	const t0 = performance.now();
	const file = JSON.parse(text) as IndexFile;
	const index = await MiniSearch.loadJSAsync<SearchDoc>(file.index, indexOptions);
	const loadMs = performance.now() - t0;
	for (const q of queries) runQuery(index, q);
	const times: number[] = [];
	for (let r = 0; r < rounds; r++)
		for (const q of queries) {
			const s = performance.now();
			runQuery(index, q);
			times.push(performance.now() - s);
		}
	return { loadMs, times };
}
