import { SearchEngine } from '../../src/lib/search/engine';
import type { Manifest } from '../../src/lib/search/format';

/**
 * Runs in Chromium (bundled by bundle.ts): the site's own engine over the site's own files. Each
 * query runs once cold (its shards and first page of stores fetched), then `rounds` times warm.
 * Only numbers cross back to the benchmark.
 */
export async function measure(manifestUrl: string, queries: string[], rounds: number) {
	const folder = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
	const read = async (url: string) => (await fetch(url)).json();
	const engine = new SearchEngine((await read(manifestUrl)) as Manifest, (name) => read(folder + name));
	const run = async (q: string) => {
		const outcome = await engine.search(q);
		await engine.resolve(outcome.matches.slice(0, 10));
	};
	const cold: number[] = [];
	for (const q of queries) {
		const s = performance.now();
		await run(q);
		cold.push(performance.now() - s);
	}
	const warm: number[] = [];
	for (let r = 0; r < rounds; r++)
		for (const q of queries) {
			const s = performance.now();
			await run(q);
			warm.push(performance.now() - s);
		}
	return { cold, warm };
}
