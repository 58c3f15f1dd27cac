/**
 * npm run bench:search: figures for the search, ours beside Pagefind's on the same built pages and
 * queries. Needs a built site (npm run build). Prints; asserts nothing.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { loadCorpus } from '../src/lib/server/reports.ts';
import { searchDocs } from '../src/lib/server/search-index.ts';
import { runQuery } from '../src/lib/search/query.ts';
import { fold } from '../src/lib/search/fold.ts';
import type { SearchDoc } from '../src/lib/types.ts';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.js';
import { BENCH_QUERIES } from './bench/queries.ts';
import { benchBundle } from './bench/bundle.ts';
import { measureText } from './bench/browser-entry.ts';

const site = resolve(process.env.BUILD_DIR || 'build');
const ROUNDS = 20;
const indexName = existsSync(site) ? readdirSync(site).find((f) => /^search-index-[0-9a-f]+\.json$/.test(f)) : undefined;
if (!indexName) {
	console.error(`nianbao bench: no search index in ${site}: run npm run build first`);
	process.exit(1);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(3)} ms`;
/** What a static host sends for a file: gzip when that is smaller (Pagefind's own files are pre-compressed). */
const wireBytes = (file: string) => {
	const raw = readFileSync(file);
	return Math.min(raw.length, gzipSync(raw).length);
};

// Ground truth: a plain substring scan over the same sections and rows the index holds.
const reports = (await loadCorpus()).reports.map((r) => r.report);
const docs = reports.flatMap(searchDocs);
const contains = (d: SearchDoc, q: string) => q.split(/\s+/).filter(Boolean).every((p) => fold(`${d.t}\n${d.x}`).includes(fold(p)));
const truth = (q: string, kinds: 'all' | 'sections') =>
	docs.filter((d) => (kinds === 'all' || (d.k === 's' && d.a !== 'preamble')) && contains(d, q)).map((d) => d.id);

function recall(found: (q: string) => Set<string>, kinds: 'all' | 'sections') {
	let want = 0;
	let got = 0;
	for (const q of BENCH_QUERIES) {
		const f = found(q);
		for (const id of truth(q, kinds)) {
			want++;
			if (f.has(id)) got++;
		}
	}
	return { want, got, recall: want ? got / want : 1 };
}

// --- Node ---
const indexJson = readFileSync(join(site, indexName), 'utf8');
const { index, loadMs: nodeLoadMs, times: nodeTimes } = await measureText(indexJson, BENCH_QUERIES, ROUNDS);
const ours = recall((q) => new Set(runQuery(index, q).hits.map((h) => h.id)), 'all');
const oursSections = recall((q) => new Set(runQuery(index, q).hits.map((h) => h.id)), 'sections');

// --- Pagefind on a copy of the same pages ---
const pfSite = join(tmpdir(), 'nianbao-bench-pagefind');
rmSync(pfSite, { recursive: true, force: true });
cpSync(site, pfSite, { recursive: true });
const pf = spawnSync('npx', ['pagefind', '--site', pfSite, '--root-selector', 'main', '--quiet'], { encoding: 'utf8' });
if (pf.status !== 0) throw new Error(`nianbao bench: pagefind failed: ${pf.stderr}`);

// --- Chromium ---
const port = 4190;
const server = spawn('node', ['scripts/serve.js', pfSite], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const base = `http://localhost:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

async function fetchedDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
	const urls: string[] = [];
	const onResponse = (r: { url(): string }) => urls.push(new URL(r.url()).pathname);
	page.on('response', onResponse);
	await action();
	page.off('response', onResponse);
	return urls;
}
const bytesOf = (paths: string[]) => paths.reduce((n, p) => n + wireBytes(join(pfSite, decodeURIComponent(p))), 0);

// The measuring script is injected, and Pagefind's WebAssembly needs 'wasm-unsafe-eval': the site's
// CSP would block both, so the benchmark's pages bypass it.
const context = await browser.newContext({ bypassCSP: true });
const page = await context.newPage();
await page.goto(`${base}/`);
await page.waitForLoadState('networkidle');
const oursFetched = await fetchedDuring(page, async () => {
	await page.fill('#searchbox-input', BENCH_QUERIES[0]);
	await page.getByRole('option').first().waitFor();
});

const bundle = await benchBundle();
await page.addScriptTag({ content: bundle });
const chromeOurs = (await page.evaluate(
	([url, qs, rounds]) => (window as any).nianbaoBench.measure(url, qs, rounds),
	[`/${indexName}`, BENCH_QUERIES, ROUNDS] as const
)) as { loadMs: number; times: number[] };

const pfPage = await context.newPage();
await pfPage.goto(`${base}/`);
await pfPage.waitForLoadState('networkidle');
const pfFetched = await fetchedDuring(pfPage, async () => {
	await pfPage.evaluate(async (q) => {
		const pagefind = await import('/pagefind/pagefind.js' as string);
		(window as any).pagefind = pagefind;
		const res = await pagefind.search(q);
		if (res.results[0]) await res.results[0].data();
	}, BENCH_QUERIES[0]);
	await pfPage.waitForLoadState('networkidle');
});
const pfRun = (await pfPage.evaluate(
	async ([qs, rounds]) => {
		const pagefind = (window as any).pagefind;
		const found: Record<string, string[]> = {};
		for (const q of qs as string[]) {
			const res = await pagefind.search(q);
			const anchors: string[] = [];
			for (const r of res.results) {
				const d = await r.data();
				for (const s of d.sub_results) anchors.push(`${d.url.replace(/#.*/, '')}#${(s.url.split('#')[1] ?? '').replace(/-h$/, '')}`);
			}
			found[q] = anchors;
		}
		const times: number[] = [];
		for (let i = 0; i < (rounds as number); i++)
			for (const q of qs as string[]) {
				const s = performance.now();
				await pagefind.search(q);
				times.push(performance.now() - s);
			}
		return { found, times };
	},
	[BENCH_QUERIES, ROUNDS] as const
)) as { found: Record<string, string[]>; times: number[] };
await browser.close();
server.kill();

const toDocId = (url: string) => url.replace(/^\/reports\/([^/]+)\/#/, '$1#');
const pfSections = recall((q) => new Set((pfRun.found[q] ?? []).map(toDocId)), 'sections');

const indexBytes = Buffer.byteLength(indexJson);
const indexGzip = gzipSync(indexJson).length;
console.log(`nianbao search benchmark: ${reports.length} report(s), ${docs.length} documents, ${BENCH_QUERIES.length} queries × ${ROUNDS} rounds`);
console.log(`index ${indexName}: ${kb(indexBytes)} raw, ${kb(indexGzip)} gzip (${kb(indexGzip / reports.length)} gzip per report)`);
console.log(`index load (JSON.parse + loadJSAsync, median of 10), Node: ${ms(nodeLoadMs)}; Chromium: ${ms(chromeOurs.loadMs)}`);
const rows: [string, string, string][] = [
	['bytes fetched for search before the first result (gzip)', kb(bytesOf(oursFetched)), kb(bytesOf(pfFetched))],
	['files fetched for search before the first result', String(oursFetched.length), String(pfFetched.length)],
	['query p50 / p95, Node', `${ms(pct(nodeTimes, 50))} / ${ms(pct(nodeTimes, 95))}`, '—'],
	['query p50 / p95, Chromium', `${ms(pct(chromeOurs.times, 50))} / ${ms(pct(chromeOurs.times, 95))}`, `${ms(pct(pfRun.times, 50))} / ${ms(pct(pfRun.times, 95))}`],
	['recall, sections (vs substring scan)', `${oursSections.recall.toFixed(3)} (${oursSections.got}/${oursSections.want})`, `${pfSections.recall.toFixed(3)} (${pfSections.got}/${pfSections.want})`],
	['recall, sections and table rows', `${ours.recall.toFixed(3)} (${ours.got}/${ours.want})`, 'rows are not headings: n/a']
];
const w0 = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'measure'.padEnd(w0)} | nianbao | pagefind (extended)`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)} | ${b} | ${c}`);
console.log(`\nnianbao fetched: ${oursFetched.join(', ')}`);
console.log(`pagefind fetched: ${pfFetched.join(', ')}`);
console.log('(Chromium rounds performance.now() to 0.1 ms without cross-origin isolation; the search box and query code ship with every page and are not counted above for either side.)');
const misses = BENCH_QUERIES.filter((q) => truth(q, 'sections').some((id) => !(pfRun.found[q] ?? []).map(toDocId).includes(id)));
if (misses.length) console.log(`pagefind misses sections for: ${misses.join(' / ')}`);
