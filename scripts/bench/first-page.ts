import type { SearchEngine } from '../../src/lib/search/engine';

/** What the search page does for a query: rank the reports, then the sections of its first page of reports. */
export async function firstPage(engine: SearchEngine, q: string, reports = 10) {
	const outcome = await engine.search(q);
	const hits = await Promise.all(outcome.reports.slice(0, reports).map((r) => engine.hits(outcome, r.report)));
	return { outcome, hits: hits.flat() };
}
