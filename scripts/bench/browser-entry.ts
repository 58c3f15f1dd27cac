import MiniSearch from 'minisearch';
import { indexOptions, type IndexFile } from '../../src/lib/search/options';
import { runQuery } from '../../src/lib/search/query';
import type { SearchDoc } from '../../src/lib/types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The one measurement, run in Node and (bundled) in Chromium: load the index `loads` times
 * (JSON.parse + loadJSAsync; the median is reported), warm up, then time every query over `rounds`.
 */
export async function measureText(text: string, queries: string[], rounds: number, loads = 10) {
	const loadTimes: number[] = [];
	let index!: MiniSearch<SearchDoc>;
	for (let i = 0; i < loads; i++) {
		const t0 = performance.now();
		index = await MiniSearch.loadJSAsync<SearchDoc>((JSON.parse(text) as IndexFile).index, indexOptions);
		loadTimes.push(performance.now() - t0);
	}
	for (const q of queries) runQuery(index, q);
	const times: number[] = [];
	for (let r = 0; r < rounds; r++)
		for (const q of queries) {
			const s = performance.now();
			runQuery(index, q);
			times.push(performance.now() - s);
		}
	return { index, loadMs: median(loadTimes), times };
}

/** In the page: fetch the index from its URL and measure; only numbers cross back to the benchmark. */
export async function measure(url: string, queries: string[], rounds: number) {
	const { loadMs, times } = await measureText(await (await fetch(url)).text(), queries, rounds);
	return { loadMs, times };
}
