/**
 * npm run bench:search: figures for the search of one built site (BUILD_DIR, default build/), ours
 * beside Pagefind's on the same pages and queries. Prints; asserts nothing. Pagefind writes its
 * index into the site's /pagefind/ folder.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_QUERIES } from './bench/queries.ts';
import { measureSite } from './bench/site.ts';
import { kb, siteTable } from './bench/table.ts';

const site = resolve(process.env.BUILD_DIR || 'build');
if (!existsSync(resolve(site, 'search-data'))) {
	console.error(`nianbao bench: no search index in ${site}: run npm run build first`);
	process.exit(1);
}
const ROUNDS = 20;
const f = await measureSite(site, Number(process.env.PORT ?? 4190), ROUNDS);
console.log(`nianbao search benchmark: ${f.reports} report(s), ${f.docs} documents, ${BENCH_QUERIES.length} queries × ${ROUNDS} rounds`);
console.log(`index: ${kb(f.indexGzip)} gzip in all (${kb(f.indexGzip / f.reports)} per report), fetched by need\n`);
console.log(siteTable(f));
console.log(`of which "did you mean" (hint shards and character readings): ${kb(f.hintGzip)} gzip, fetched only for a query found nowhere whole`);
for (const { q, suggested, files, gzip } of f.forgiving) console.log(`  ${q} → ${suggested || '(nothing)'}: ${files} more file(s), ${kb(gzip)} gzip`);
if (f.pagefindMisses.length) console.log(`\npagefind misses sections for: ${f.pagefindMisses.join(' / ')}`);
console.log('(Chromium rounds performance.now() to 0.1 ms without cross-origin isolation; the search box code ships with every page and is not counted for either side.)');
