import { SearchEngine } from '../../src/lib/search/engine';
import type { Manifest } from '../../src/lib/search/format';
import { firstPage } from './first-page';

/**
 * Runs in Chromium (bundled by bundle.ts): the site's own engine over the site's own files. Each
 * query runs once to fetch its files (its shards and first page of stores), then `rounds` times warm,
 * each time ranking the reports and the sections of the first page of them. Only numbers cross back.
 */
export async function measure(manifestUrl: string, queries: string[], rounds: number) {
	const folder = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
	const read = async (url: string) => (await fetch(url)).json();
	const engine = new SearchEngine((await read(manifestUrl)) as Manifest, (name) => read(folder + name));
	for (const q of queries) await firstPage(engine, q);
	const warm: Record<string, number[]> = Object.fromEntries(queries.map((q) => [q, []]));
	for (let r = 0; r < rounds; r++)
		for (const q of queries) {
			const s = performance.now();
			await firstPage(engine, q);
			warm[q].push(performance.now() - s);
		}
	return { warm };
}
