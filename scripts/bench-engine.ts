/**
 * npm run bench:engine: the search engine alone, in Node, over a built site's index (BUILD_DIR,
 * default build/): each benchmark query once cold (shards read from disk), then ROUNDS times warm,
 * reports ranked and the first ten reports' sections ranked, as the page does. Prints each query's warm median and
 * the p50/p95 over all; asserts nothing. `node --cpu-prof` on it shows where the time goes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SearchEngine } from '../src/lib/search/engine';
import type { Manifest } from '../src/lib/search/format';
import { BENCH_QUERIES } from './bench/queries.ts';
import { pct } from './bench/site.ts';
import { firstPage } from './bench/first-page.ts';

const folder = resolve(process.env.BUILD_DIR || 'build', 'search-data');
const manifestName = existsSync(folder) ? readdirSync(folder).find((f) => f.startsWith('manifest-')) : undefined;
if (!manifestName) {
	console.error(`nianbao bench: no search manifest in ${folder}: build the site first`);
	process.exit(1);
}
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const read = async (name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8'));
const t0 = performance.now();
const engine = new SearchEngine((await read(manifestName)) as Manifest, read);
const loadMs = performance.now() - t0;

const run = async (q: string) => (await firstPage(engine, q)).outcome.reports.length;
const cold = new Map<string, number>();
const found = new Map<string, number>();
for (const q of BENCH_QUERIES) {
	const s = performance.now();
	found.set(q, await run(q));
	cold.set(q, performance.now() - s);
}
const warm = new Map<string, number[]>(BENCH_QUERIES.map((q) => [q, []]));
for (let r = 0; r < ROUNDS; r++)
	for (const q of BENCH_QUERIES) {
		const s = performance.now();
		await run(q);
		warm.get(q)!.push(performance.now() - s);
	}

console.log(`nianbao engine benchmark: ${engine.manifest.documentCount} reports, manifest read in ${loadMs.toFixed(1)} ms, ${ROUNDS} warm rounds`);
console.log('| query | reports matched | cold ms | warm median ms |');
console.log('|---|---|---|---|');
for (const q of [...BENCH_QUERIES].sort((a, b) => pct(warm.get(b)!, 50) - pct(warm.get(a)!, 50)))
	console.log(`| ${q} | ${found.get(q)} | ${cold.get(q)!.toFixed(1)} | ${pct(warm.get(q)!, 50).toFixed(1)} |`);
const all = [...warm.values()].flat();
const colds = [...cold.values()];
console.log(`\nwarm p50 / p95: ${pct(all, 50).toFixed(1)} / ${pct(all, 95).toFixed(1)} ms; cold p50 / p95: ${pct(colds, 50).toFixed(1)} / ${pct(colds, 95).toFixed(1)} ms`);
