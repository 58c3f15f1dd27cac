/**
 * The measurements of one built site, ours beside Pagefind's on the same pages and queries: what a
 * first query fetches and how long its first result takes, query times in Chromium, and recall
 * against a substring scan of the very texts the index stores. Used by bench:search (one site) and
 * bench:scale (synthetic sites of growing size).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { SearchEngine } from '../../src/lib/search/engine';
import { catalogueFile, storeFile, type SearchCatalogueEntry, type Manifest, type ReportStore } from '../../src/lib/search/format';
import { fold } from '../../src/lib/search/fold';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { BENCH_QUERIES } from './queries';
import { benchBundle } from './bundle';

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** What a static host sends for a file: gzip when that is smaller (Pagefind's own files are pre-compressed). */
export function wireBytes(file: string): number {
	const raw = readFileSync(file);
	return Math.min(raw.length, gzipSync(raw).length);
}

export function folderBytes(dir: string): number {
	let n = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		n += s.isDirectory() ? folderBytes(p) : s.size;
	}
	return n;
}

export interface SiteFigures {
	reports: number;
	docs: number;
	indexGzip: number;
	/** The part of indexGzip that "did you mean" reads (hints-*, readings-*). */
	hintGzip: number;
	/** What forgiving queries fetch beyond their search: suggestion, files, gzip bytes (see FORGIVING). */
	forgiving: { q: string; suggested: string; files: number; gzip: number }[];
	ours: Side;
	/** Null when left out (NO_PAGEFIND=1): at 10,000 reports its part of the bench ran past 35 minutes here. */
	pagefind: Side | null;
	recallAll: string;
	pagefindMisses: string[];
}

export interface Side {
	firstBytes: number;
	firstFiles: number;
	firstMs: number;
	p50: number;
	p95: number;
	coldP50?: number;
	coldP95?: number;
	recallSections: string;
}

const SEARCH_DATA = 'search-data';
/** Slips a reader makes: a word typed by its sound, one character swapped, a regional wording. */
const FORGIVING = ['行政服役', '信息公凯', '行政议复', '資訊公開'];

/** Every document the index stores, read back from the site's own store files. */
function storedDocs(site: string, manifest: Manifest) {
	const read = (name: string) => JSON.parse(readFileSync(join(site, SEARCH_DATA, name), 'utf8'));
	const catalogue = manifest.catalogues.flatMap((hash) => read(catalogueFile(hash)) as SearchCatalogueEntry[]);
	return catalogue.flatMap((r) =>
		(read(storeFile(r.store)) as ReportStore).map(([anchor, kind, title, , text]) => ({
			id: `${r.id}#${anchor}`,
			section: kind === 's' && anchor !== 'preamble',
			hay: fold(`${title}\n${text}`)
		}))
	);
}

function recall(found: (q: string) => Set<string>, truth: (q: string) => string[]) {
	let want = 0;
	let got = 0;
	for (const q of BENCH_QUERIES) {
		const f = found(q);
		for (const id of truth(q)) {
			want++;
			if (f.has(id)) got++;
		}
	}
	return `${(want ? got / want : 1).toFixed(3)} (${got}/${want})`;
}

async function fetchedDuring(page: Page, action: () => Promise<void>): Promise<{ paths: string[]; ms: number }> {
	const paths: string[] = [];
	const onResponse = (r: { url(): string }) => paths.push(decodeURIComponent(new URL(r.url()).pathname));
	page.on('response', onResponse);
	const t0 = Date.now();
	await action();
	const ms = Date.now() - t0;
	page.off('response', onResponse);
	return { paths, ms };
}

/** Pagefind on the same pages: what its first query fetches, what every query finds, and its query times. */
async function measurePagefind(context: BrowserContext, base: string, rounds: number) {
	const page = await context.newPage();
	await page.goto(`${base}/`);
	await page.waitForLoadState('networkidle');
	const first = await fetchedDuring(page, async () => {
		await page.evaluate(async (q) => {
			const pagefind = await import('/pagefind/pagefind.js' as string);
			(window as any).pagefind = pagefind;
			const res = await pagefind.search(q);
			if (res.results[0]) await res.results[0].data();
		}, BENCH_QUERIES[0]);
	});
	const run = (await page.evaluate(
		async ([qs, n]) => {
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
			for (let i = 0; i < (n as number); i++)
				for (const q of qs as string[]) {
					const s = performance.now();
					await pagefind.search(q);
					times.push(performance.now() - s);
				}
			return { found, times };
		},
		[BENCH_QUERIES, rounds] as const
	)) as { found: Record<string, string[]>; times: number[] };
	const toDocId = (url: string) => decodeURIComponent(url.replace(/^\/reports\/([^/]+)\/#/, '$1#'));
	return { first, times: run.times, found: new Map(BENCH_QUERIES.map((q) => [q, new Set((run.found[q] ?? []).map(toDocId))])) };
}

/** Measures a built site; runs Pagefind on it first (it adds /pagefind/ beside our files) unless told not to. */
export async function measureSite(site: string, port: number, rounds = 20, withPagefind = !process.env.NO_PAGEFIND): Promise<SiteFigures> {
	const manifestName = readdirSync(join(site, SEARCH_DATA)).find((f) => f.startsWith('manifest-'));
	if (!manifestName) throw new Error(`nianbao bench: ${site}: no search manifest (build the site first)`);
	const manifest = JSON.parse(readFileSync(join(site, SEARCH_DATA, manifestName), 'utf8')) as Manifest;
	const indexGzip = readdirSync(join(site, SEARCH_DATA)).reduce((n, f) => n + wireBytes(join(site, SEARCH_DATA, f)), 0);

	// Ground truth and our recall, in Node, with the engine over the site's files.
	const docs = storedDocs(site, manifest);
	const contains = (hay: string, q: string) => q.split(/\s+/).filter(Boolean).every((p) => hay.includes(fold(p)));
	const truth = (sections: boolean) => (q: string) => docs.filter((d) => (!sections || d.section) && contains(d.hay, q)).map((d) => d.id);
	const engine = new SearchEngine(manifest, async (name) => JSON.parse(readFileSync(join(site, SEARCH_DATA, name), 'utf8')));
	const oursFound = new Map<string, Set<string>>();
	for (const q of BENCH_QUERIES) oursFound.set(q, new Set((await engine.resolve((await engine.search(q)).matches)).map((h) => h.id)));
	const hintGzip = readdirSync(join(site, SEARCH_DATA))
		.filter((f) => /^(hints|readings)-/.test(f))
		.reduce((n, f) => n + wireBytes(join(site, SEARCH_DATA, f)), 0);
	const forgiving: SiteFigures['forgiving'] = [];
	for (const q of FORGIVING) {
		const read: string[] = [];
		const fresh = new SearchEngine(manifest, async (name) => (read.push(name), JSON.parse(readFileSync(join(site, SEARCH_DATA, name), 'utf8'))));
		await fresh.search(q);
		const before = read.length;
		const suggested = (await fresh.suggest(q)).join('、');
		const more = read.slice(before);
		forgiving.push({ q, suggested, files: more.length, gzip: more.reduce((n, f) => n + wireBytes(join(site, SEARCH_DATA, f)), 0) });
	}
	const oursAll = recall((q) => oursFound.get(q)!, truth(false));
	const oursSections = recall((q) => oursFound.get(q)!, truth(true));

	if (withPagefind) {
		const pf = spawnSync('npx', ['pagefind', '--site', site, '--root-selector', 'main', '--quiet'], { encoding: 'utf8' });
		if (pf.status !== 0) throw new Error(`nianbao bench: pagefind failed: ${pf.stderr}`);
	}

	const server = spawn('node', ['scripts/serve.js', site], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
	try {
		await new Promise((r) => setTimeout(r, 800));
		const base = `http://localhost:${port}`;
		const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
		// The measuring script is injected and Pagefind's WebAssembly needs 'wasm-unsafe-eval': the
		// site's CSP would block both, so the benchmark's pages bypass it.
		const context = await browser.newContext({ bypassCSP: true });
		const bytesOf = (paths: string[]) => paths.reduce((n, p) => n + wireBytes(join(site, p.endsWith('/') ? `${p}index.html` : p)), 0);

		const page = await context.newPage();
		await page.goto(`${base}/`);
		await page.waitForLoadState('networkidle');
		const oursFirst = await fetchedDuring(page, async () => {
			await page.fill('#searchbox-input', BENCH_QUERIES[0]);
			await page.getByRole('option').first().waitFor({ timeout: 120_000 });
		});
		await page.addScriptTag({ content: await benchBundle() });
		const chrome = (await page.evaluate(
			([url, qs, n]) => (window as any).nianbaoBench.measure(url, qs, n),
			[`/${SEARCH_DATA}/${manifestName}`, BENCH_QUERIES, rounds] as const
		)) as { cold: number[]; warm: number[] };

		const pf = withPagefind ? await measurePagefind(context, base, rounds) : null;
		await browser.close();

		return {
			reports: manifest.reports.length,
			docs: manifest.documentCount,
			indexGzip,
			hintGzip,
			forgiving,
			ours: {
				firstBytes: bytesOf(oursFirst.paths),
				firstFiles: oursFirst.paths.length,
				firstMs: oursFirst.ms,
				p50: pct(chrome.warm, 50),
				p95: pct(chrome.warm, 95),
				coldP50: pct(chrome.cold, 50),
				coldP95: pct(chrome.cold, 95),
				recallSections: oursSections
			},
			pagefind: pf && {
				firstBytes: bytesOf(pf.first.paths),
				firstFiles: pf.first.paths.length,
				firstMs: pf.first.ms,
				p50: pct(pf.times, 50),
				p95: pct(pf.times, 95),
				recallSections: recall((q) => pf.found.get(q)!, truth(true))
			},
			recallAll: oursAll,
			// One set per query: linear in the hits, where a list lookup per hit was quadratic.
			pagefindMisses: pf ? BENCH_QUERIES.filter((q) => truth(true)(q).some((id) => !pf.found.get(q)!.has(id))) : []
		};
	} finally {
		server.kill();
	}
}
