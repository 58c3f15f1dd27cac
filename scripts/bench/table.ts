import type { QueryFigures, SiteFigures } from './site';

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** One row per query: ours beside Pagefind's, first search in a fresh page, then warm. */
export function queryTable(f: SiteFigures): string {
	const side = (s: QueryFigures['ours'] | null) =>
		s ? `${kb(s.bytes)} (${s.files}) | ${s.firstMs} ms | ${ms(s.p50)} / ${ms(s.p95)} | ${s.recallReports} | ${s.recallSections}` : '— | — | — | — | —';
	const head =
		'| query | reports holding it | ours: fetched before first result (files) | first result | warm p50 / p95 | recall reports | recall sections of shown reports | Pagefind: fetched before first result (files) | first result | warm p50 / p95 | recall pages | recall sections |';
	const rows = f.queries.map((q) => `| ${q.q}${q.kind === 'rare' ? ' (rare)' : ''} | ${q.holding} | ${side(q.ours)} | ${side(q.pagefind)} |`);
	const worst = (pick: (q: QueryFigures) => number) => Math.max(...f.queries.map(pick));
	const foot = `| **largest** | | ${kb(worst((q) => q.ours.bytes))} | ${worst((q) => q.ours.firstMs)} ms | p95 ${ms(worst((q) => q.ours.p95))} | | | ${f.queries[0]?.pagefind ? `${kb(worst((q) => q.pagefind!.bytes))} | ${worst((q) => q.pagefind!.firstMs)} ms | p95 ${ms(worst((q) => q.pagefind!.p95))}` : '— | — | —'} | | |`;
	return [head, `|${'---|'.repeat(13)}`, ...rows, foot].join('\n');
}

/** The site's totals: index size, warm times over every benchmark query, recall. */
export function siteSummary(f: SiteFigures): string {
	const pf = f.warm.pagefind;
	return [
		`search index: ${mb(f.indexGzip)} gzip in all (${kb(f.indexGzip / f.reports)} per report), fetched by need; "did you mean" files ${kb(f.hintGzip)} of it`,
		`warm p50 / p95 over every benchmark query, a page of results each: ours ${ms(f.warm.ours[0])} / ${ms(f.warm.ours[1])}; Pagefind ${pf ? `${ms(pf[0])} / ${ms(pf[1])}` : 'not run'}`,
		`recall over the ${'benchmark'} queries (ours, vs substring scan): reports ${f.recall.reports}; sections and rows of the shown reports ${f.recall.sections}`,
		...(f.pagefindNote ? [f.pagefindNote] : []),
		'(Ours: first result is the frame that paints the header box’s first option, timed in the page from the query’s input event in the focused box (a word after a pause is searched at once), bytes counted from the focus; Pagefind: its search and its first result’s data. Each query in a fresh browser context on a local server. Chromium rounds performance.now() to 0.1 ms.)'
	].join('\n');
}
