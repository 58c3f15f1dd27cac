/**
 * npm run bench:search: figures for the search of one built site (BUILD_DIR, default build/), ours
 * beside Pagefind's on the same pages and queries, per query for the common words and rare phrases. Prints; asserts nothing. Pagefind writes its
 * index into the site's /pagefind/ folder.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureSite } from './bench/site.ts';
import { kb, queryTable, siteSummary } from './bench/table.ts';

const site = resolve(process.env.BUILD_DIR || 'build');
if (!existsSync(resolve(site, 'search-data'))) {
	console.error(`nianbao bench: no search index in ${site}: run npm run build first`);
	process.exit(1);
}
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const f = await measureSite(site, Number(process.env.PORT ?? 4190), ROUNDS);
console.log(`nianbao search benchmark: ${f.reports} report(s), ${ROUNDS} warm rounds\n`);
console.log(queryTable(f));
console.log(`\n${siteSummary(f)}`);
for (const { q, suggested, files, gzip } of f.forgiving) console.log(`did you mean: ${q} → ${suggested || '(nothing)'}: ${files} more file(s), ${kb(gzip)} gzip`);
