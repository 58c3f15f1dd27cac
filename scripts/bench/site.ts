/**
 * The measurements of one built site, ours beside Pagefind's on the same pages and queries: per query
 * (the twenty common words and the rare phrases of queries.ts) what a first search fetches and how
 * long its first result takes, each in a fresh browser context; warm query times in Chromium; and
 * recall against a substring scan of the very texts the index stores, over reports and over the
 * sections of the reports shown. Used by bench:search (one site) and bench:scale (synthetic sites).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { SearchEngine } from '../../src/lib/search/engine';
import { catalogueFile, storeFile, type SearchCatalogueEntry, type Manifest, type ReportStore } from '../../src/lib/search/format';
import { fold } from '../../src/lib/search/fold';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { BENCH_QUERIES, COMMON_QUERIES, RARE_QUERIES } from './queries';
import { benchBundle } from './bundle';
import { firstPage } from './first-page';

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

/** One engine's figures for one query. */
export interface QuerySide {
	/** Everything fetched from typing to the first result (gzip), and how many files. */
	bytes: number;
	files: number;
	firstMs: number;
	/** Warm: the query again and its first page of results, in one page where it already ran. */
	p50: number;
	p95: number;
	/** "found/wanted", or why it was not measured. */
	recallReports: string;
	recallSections: string;
}

export interface QueryFigures {
	q: string;
	kind: 'common' | 'rare';
	/** Reports holding the query (the substring scan). */
	holding: number;
	ours: QuerySide;
	pagefind: QuerySide | null;
}

export interface SiteFigures {
	reports: number;
	indexGzip: number;
	/** The part of indexGzip that "did you mean" reads (hints-*, readings-*). */
	hintGzip: number;
	/** What forgiving queries fetch beyond their search: suggestion, files, gzip bytes (see FORGIVING). */
	forgiving: { q: string; suggested: string; files: number; gzip: number }[];
	queries: QueryFigures[];
	/** Warm p50/p95 over every benchmark query, ours and Pagefind's. */
	warm: { ours: [number, number]; pagefind: [number, number] | null };
	/** Recall over BENCH_QUERIES, ours: reports, then sections and rows of the shown reports. */
	recall: { reports: string; sections: string };
	/** What was left out of Pagefind's side, said in the output. */
	pagefindNote: string;
}

const SEARCH_DATA = 'search-data';
/** Slips a reader makes: a word typed by its sound, one character swapped, a regional wording. */
const FORGIVING = ['行政服役', '信息公凯', '行政议复', '資訊公開'];
/** Reports shown per page of results: the second level's reach, and the sections recall counts. */
const SHOWN = 10;

const ratio = (got: number, want: number) => `${(want ? got / want : 1).toFixed(3)} (${got}/${want})`;

/** Every document the index stores, read back from the site's own store files, with its report. */
function storedDocs(site: string, manifest: Manifest) {
	const read = (name: string) => JSON.parse(readFileSync(join(site, SEARCH_DATA, name), 'utf8'));
	const catalogue = manifest.catalogues.flatMap((hash) => read(catalogueFile(hash)) as SearchCatalogueEntry[]);
	return catalogue.flatMap((r) =>
		(read(storeFile(r.store)) as ReportStore).map(([anchor, kind, title, , text]) => ({
			report: r.id,
			id: `${r.id}#${anchor}`,
			section: kind === 's' && anchor !== 'preamble',
			hay: fold(`${title}\n${text}`)
		}))
	);
}
type Doc = ReturnType<typeof storedDocs>[number];

const contains = (hay: string, q: string) => q.split(/\s+/).filter(Boolean).every((p) => hay.includes(fold(p)));

/** Our recall for one query, in Node over the site's files: reports found, then the sections of the first page's reports. */
async function ourRecall(engine: SearchEngine, docs: Doc[], q: string) {
	const { outcome, hits } = await firstPage(engine, q, SHOWN);
	await engine.describe(outcome.reports.map((r) => r.report));
	const found = new Set(outcome.reports.map((r) => engine.reports.get(r.report)!.id));
	const holding = docs.filter((d) => contains(d.hay, q));
	const truthReports = new Set(holding.map((d) => d.report));
	const shown = new Set(outcome.reports.slice(0, SHOWN).map((r) => engine.reports.get(r.report)!.id));
	const shownTruth = holding.filter((d) => shown.has(d.report));
	const hitIds = new Set(hits.map((h) => h.id));
	return {
		holding: truthReports.size,
		reports: [[...truthReports].filter((id) => found.has(id)).length, truthReports.size] as const,
		sections: [shownTruth.filter((d) => hitIds.has(d.id)).length, shownTruth.length] as const
	};
}

/**
 * Bytes and time to the header box's first option on a fresh page: bytes are what the page fetched
 * from the focus (which fetches the manifest) to the frame that paints the option; the clock runs in
 * the page, from the input event (the word arriving, as an input method commits it) to that frame.
 * Playwright's own checks and polling would add their time (its polling waits while the page parses
 * the other results' stores after that frame).
 */
async function ourFirst(browser: Browser, base: string, site: string, q: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/`);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => {
		performance.setResourceTimingBufferSize(10_000);
		const since = performance.now();
		let typed = 0;
		document.getElementById('searchbox-input')!.addEventListener('input', () => (typed ||= performance.now()), { capture: true });
		(window as unknown as { painted: Promise<{ ms: number; urls: string[] }> }).painted = new Promise((resolve) => {
			const watch = new MutationObserver(() => {
				if (!document.querySelector('#searchbox-list [role="option"]')) return;
				watch.disconnect();
				requestAnimationFrame(() => {
					const now = performance.now();
					const urls = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
						.filter((e) => e.startTime >= since && e.responseEnd <= now)
						.map((e) => e.name);
					resolve({ ms: now - typed, urls });
				});
			});
			watch.observe(document.body, { childList: true, subtree: true });
		});
	});
	await page.focus('#searchbox-input');
	await page.keyboard.insertText(q);
	const { ms, urls } = await page.evaluate(() => (window as unknown as { painted: Promise<{ ms: number; urls: string[] }> }).painted);
	await context.close();
	const paths = urls.map((u) => decodeURIComponent(new URL(u).pathname));
	return { firstMs: Math.round(ms), files: paths.length, bytes: paths.reduce((n, p) => n + wireBytes(join(site, p)), 0) };
}

/** The same for Pagefind: its search, then its first result's data (the excerpt it shows). */
async function pagefindFirst(browser: Browser, base: string, site: string, q: string) {
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${base}/`);
	await page.waitForLoadState('networkidle');
	const paths: string[] = [];
	page.on('response', (r) => paths.push(decodeURIComponent(new URL(r.url()).pathname)));
	const t0 = Date.now();
	await page.evaluate(async (query) => {
		const pagefind = await import('/pagefind/pagefind.js' as string);
		const res = await pagefind.search(query);
		if (res.results[0]) await res.results[0].data();
	}, q);
	const firstMs = Date.now() - t0;
	await context.close();
	return { firstMs, files: paths.length, bytes: paths.reduce((n, p) => n + wireBytes(join(site, p)), 0) };
}

/**
 * Pagefind warm, in one page: each query and its first page of results' data, `rounds` times; with
 * `fragments`, once more fetching every result's data for recall (pages and their sub-results).
 */
async function pagefindWarm(browser: Browser, base: string, queries: string[], rounds: number, fragments: boolean) {
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${base}/`);
	const run = (await page.evaluate(
		async ([qs, n, all, shown]) => {
			const pagefind = await import('/pagefind/pagefind.js' as string);
			const times: Record<string, number[]> = {};
			const found: Record<string, string[]> = {};
			for (const q of qs as string[]) {
				times[q] = [];
				if (!all) continue;
				const res = await pagefind.search(q);
				found[q] = [];
				for (const r of res.results) {
					const d = await r.data();
					found[q].push(d.url.replace(/#.*/, ''), ...d.sub_results.map((s: { url: string }) => `${d.url.replace(/#.*/, '')}#${(s.url.split('#')[1] ?? '').replace(/-h$/, '')}`));
				}
			}
			for (let i = 0; i < (n as number); i++)
				for (const q of qs as string[]) {
					const s = performance.now();
					const res = await pagefind.search(q);
					await Promise.all(res.results.slice(0, shown as number).map((r: { data(): Promise<unknown> }) => r.data()));
					times[q].push(performance.now() - s);
				}
			return { found, times };
		},
		[queries, rounds, fragments, SHOWN] as const
	)) as { found: Record<string, string[]>; times: Record<string, number[]> };
	await context.close();
	const toId = (url: string) => decodeURIComponent(url.replace(/^\/reports\/([^/]+)\/(#?)/, '$1$2'));
	return { times: run.times, found: new Map(Object.entries(run.found).map(([q, urls]) => [q, new Set(urls.map(toId))])) };
}

/** Measures a built site; runs Pagefind on it first (it adds /pagefind/ beside our files) unless told not to. */
export async function measureSite(site: string, port: number, rounds = 20, pagefindAsked = !process.env.NO_PAGEFIND): Promise<SiteFigures> {
	const dataDir = join(site, SEARCH_DATA);
	const manifestName = readdirSync(dataDir).find((f) => f.startsWith('manifest-'));
	if (!manifestName) throw new Error(`nianbao bench: ${site}: no search manifest (build the site first)`);
	const manifest = JSON.parse(readFileSync(join(dataDir, manifestName), 'utf8')) as Manifest;
	const indexGzip = readdirSync(dataDir).reduce((n, f) => n + wireBytes(join(dataDir, f)), 0);
	const hintGzip = readdirSync(dataDir)
		.filter((f) => /^(hints|readings)-/.test(f))
		.reduce((n, f) => n + wireBytes(join(dataDir, f)), 0);
	const readJson = async (name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
	const perQuery = [...COMMON_QUERIES, ...RARE_QUERIES];
	const everyQuery = [...new Set([...perQuery, ...BENCH_QUERIES])];

	// Ground truth and our recall, in Node, with the engine over the site's files.
	const docs = storedDocs(site, manifest);
	const engine = new SearchEngine(manifest, readJson);
	const recalls = new Map<string, Awaited<ReturnType<typeof ourRecall>>>();
	for (const q of everyQuery) recalls.set(q, await ourRecall(engine, docs, q));
	const sum = (qs: string[], k: 'reports' | 'sections'): [number, number] => qs.reduce<[number, number]>(([g, w], q) => [g + recalls.get(q)![k][0], w + recalls.get(q)![k][1]], [0, 0]);
	const forgiving: SiteFigures['forgiving'] = [];
	for (const q of FORGIVING) {
		const read: string[] = [];
		const fresh = new SearchEngine(manifest, async (name) => (read.push(name), readJson(name)));
		await fresh.search(q);
		const before = read.length;
		const suggested = (await fresh.suggest(q)).join('、');
		const more = read.slice(before);
		forgiving.push({ q, suggested, files: more.length, gzip: more.reduce((n, f) => n + wireBytes(join(dataDir, f)), 0) });
	}

	// Pagefind may fail to index a large site (at 10,000 reports it was killed for memory at 22 GB):
	// our side is still measured, and the table says why Pagefind's is missing.
	let pagefindFailed = '';
	if (pagefindAsked) {
		// The report pages only: they are what our index holds (the catalogue, indicator and compare pages
		// are not searched).
		const pf = spawnSync('npx', ['pagefind', '--site', site, '--glob', 'reports/*/index.html', '--root-selector', 'main', '--quiet'], { encoding: 'utf8' });
		const said = pf.stderr.trim().split('\n').pop();
		if (pf.status !== 0) pagefindFailed = `Pagefind could not index the site (${pf.signal ?? `exit ${pf.status}`}${said ? `: ${said}` : ', nothing said: killed for memory?'})`;
	}
	const withPagefind = pagefindAsked && !pagefindFailed;
	// Fetching every result's fragment is Pagefind's only way to name its results: at 10,000 reports
	// that is ~10,000 fetches per common query, so it is left out past 2,000 reports unless asked for.
	const pagefindFragments = withPagefind && (manifest.documentCount <= 2000 || !!process.env.PAGEFIND_RECALL);
	const pagefindNote = pagefindFailed || (!withPagefind ? 'Pagefind not run (NO_PAGEFIND)' : pagefindFragments ? '' : `Pagefind's recall pass (every result's fragment) skipped at ${manifest.documentCount} reports (PAGEFIND_RECALL=1 runs it)`);

	const server = spawn('node', ['scripts/serve.js', site], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
	try {
		await new Promise((r) => setTimeout(r, 800));
		const base = `http://localhost:${port}`;
		const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
		const ourFirsts = new Map<string, Awaited<ReturnType<typeof ourFirst>>>();
		for (const q of perQuery) ourFirsts.set(q, await ourFirst(browser, base, site, q));

		// Our warm times: the site's own engine, bundled, in a page of the site (its CSP would block the injected script).
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${base}/`);
		await page.addScriptTag({ content: await benchBundle() });
		const ourWarm = (await page.evaluate(
			([url, qs, n]) => (window as any).nianbaoBench.measure(url, qs, n),
			[`/${SEARCH_DATA}/${manifestName}`, everyQuery, rounds] as const
		)) as { warm: Record<string, number[]> };
		await context.close();

		const pfFirsts = new Map<string, Awaited<ReturnType<typeof pagefindFirst>>>();
		let pfWarm: Awaited<ReturnType<typeof pagefindWarm>> | null = null;
		if (withPagefind) {
			for (const q of perQuery) pfFirsts.set(q, await pagefindFirst(browser, base, site, q));
			pfWarm = await pagefindWarm(browser, base, everyQuery, rounds, pagefindFragments);
		}
		await browser.close();

		const truthFor = (q: string) => docs.filter((d) => contains(d.hay, q));
		const pfRecall = (q: string) => {
			if (!pfWarm || !pagefindFragments) return { recallReports: 'not measured', recallSections: 'not measured' };
			const found = pfWarm.found.get(q)!;
			const truth = truthFor(q);
			const reports = [...new Set(truth.map((d) => d.report))];
			const sections = truth.filter((d) => d.section);
			return {
				recallReports: ratio(reports.filter((r) => found.has(r)).length, reports.length),
				recallSections: ratio(sections.filter((d) => found.has(d.id)).length, sections.length)
			};
		};
		const queries: QueryFigures[] = perQuery.map((q): QueryFigures => {
			const r = recalls.get(q)!;
			const warm = ourWarm.warm[q];
			const pf = pfFirsts.get(q);
			return {
				q,
				kind: COMMON_QUERIES.includes(q) ? 'common' : 'rare',
				holding: r.holding,
				ours: { ...ourFirsts.get(q)!, p50: pct(warm, 50), p95: pct(warm, 95), recallReports: ratio(...r.reports), recallSections: ratio(...r.sections) },
				pagefind: pf && pfWarm ? { ...pf, p50: pct(pfWarm.times[q], 50), p95: pct(pfWarm.times[q], 95), ...pfRecall(q) } : null
			};
		});
		const allWarm = (times: Record<string, number[]>) => Object.values(times).flat();
		return {
			reports: manifest.documentCount,
			indexGzip,
			hintGzip,
			forgiving,
			queries,
			warm: {
				ours: [pct(allWarm(ourWarm.warm), 50), pct(allWarm(ourWarm.warm), 95)],
				pagefind: pfWarm ? [pct(allWarm(pfWarm.times), 50), pct(allWarm(pfWarm.times), 95)] : null
			},
			recall: { reports: ratio(...sum(BENCH_QUERIES, 'reports')), sections: ratio(...sum(BENCH_QUERIES, 'sections')) },
			pagefindNote
		};
	} finally {
		server.kill();
	}
}
