/**
 * npm run bench:scale [-- --10k] [-- --sizes 100,1000]: for each size, a synthetic corpus
 * (corpus:synth, seed 1), a full build timed with its peak RSS, the site's size, then the search
 * figures of bench:search beside Pagefind on the same site. Prints one table; asserts nothing.
 * Needs /usr/bin/time (GNU) for the peak RSS.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { synthCorpus } from './synth-corpus.ts';
import { folderBytes, measureSite, type SiteFigures } from './bench/site.ts';
import { kb, mb, queryTable, siteSummary } from './bench/table.ts';

const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
const sizes = sizesAt >= 0 ? args[sizesAt + 1].split(',').map(Number) : [100, 1000, ...(args.includes('--10k') ? [10_000] : [])];
const work = join(tmpdir(), `nianbao-scale-${process.pid}`);
const port = Number(process.env.PORT ?? 4190);

interface Row {
	n: number;
	buildS: number;
	rssMb: number;
	site: number;
	f: SiteFigures;
}
const rows: Row[] = [];
for (const n of sizes) {
	const reports = join(work, `reports-${n}`);
	const site = join(work, `site-${n}`);
	mkdirSync(work, { recursive: true });
	synthCorpus(n, reports, 1);
	console.log(`nianbao scale: ${n} reports synthesised; building…`);
	const t0 = Date.now();
	const timed = existsSync('/usr/bin/time');
	const build = spawnSync(timed ? '/usr/bin/time' : 'npx', [...(timed ? ['-v', 'npx'] : []), 'tsx', 'scripts/build.ts'], {
		env: { ...process.env, REPORTS_DIR: reports, BUILD_DIR: site },
		encoding: 'utf8',
		maxBuffer: 1 << 28
	});
	const buildS = (Date.now() - t0) / 1000;
	if (build.status !== 0) {
		console.error(build.stderr.split('\n').slice(-20).join('\n'));
		throw new Error(`nianbao scale: the build of ${n} reports failed`);
	}
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr)?.[1];
	const siteBytes = folderBytes(site);
	console.log(`nianbao scale: built in ${buildS.toFixed(0)} s; measuring search…`);
	const f = await measureSite(site, port, Number(process.env.ROUNDS ?? (n > 2000 ? 5 : 10)));
	rows.push({ n, buildS, rssMb: rss ? Number(rss) / 1024 : NaN, site: siteBytes, f });
	console.log(`\n${n} reports:\n${queryTable(f)}\n\n${siteSummary(f)}\n`);
	rmSync(site, { recursive: true, force: true });
	rmSync(reports, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

console.log('| reports | build | peak RSS (largest process) | site | search index (gzip, all files) | largest fetch before a first result, ours / Pagefind | slowest first result, ours / Pagefind | warm p50/p95, ours | warm p50/p95, Pagefind | recall reports / sections shown |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const { n, buildS, rssMb, site, f } of rows) {
	const most = (pick: (q: SiteFigures['queries'][number]) => number) => Math.max(...f.queries.map(pick));
	const pf = f.queries[0]?.pagefind ? { bytes: kb(most((q) => q.pagefind!.bytes)), ms: `${most((q) => q.pagefind!.firstMs)} ms` } : { bytes: '—', ms: '—' };
	const warm = (w: [number, number] | null) => (w ? `${w[0].toFixed(1)} / ${w[1].toFixed(1)} ms` : 'not run');
	console.log(
		`| ${n} | ${buildS.toFixed(0)} s | ${(rssMb / 1024).toFixed(2)} GB | ${mb(site)} | ${mb(f.indexGzip)} | ${kb(most((q) => q.ours.bytes))} / ${pf.bytes} | ${most((q) => q.ours.firstMs)} ms / ${pf.ms} | ${warm(f.warm.ours)} | ${warm(f.warm.pagefind)} | ${f.recall.reports} / ${f.recall.sections} |`
	);
}
