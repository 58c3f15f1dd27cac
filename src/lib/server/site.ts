import { eachReport } from './reports';
import type { Report } from '../types';
import { buildOrReuseIndex, type SiteIndex } from './search-files';
import { seriesByKey, type SeriesPoint } from '../data/series';

let index: Promise<SiteIndex> | null = null;
let series: Promise<Record<string, SeriesPoint[]>> | null = null;

/** The search index of the whole site, built once per build process. */
export function siteSearchIndex(): Promise<SiteIndex> {
	index ??= buildOrReuseIndex();
	return index;
}

/**
 * Reports read one at a time and kept without their text, and of their tables only the rows that
 * carry a key (the only ones a series takes): at 10,000 reports every row of every table was the
 * largest thing the prerender held.
 */
async function numbersOnly(): Promise<Report[]> {
	const out: Report[] = [];
	for await (const { report } of eachReport())
		out.push({
			...report,
			preamble: '',
			titleLines: [],
			sections: [],
			dropped: [],
			checks: report.checks.filter((c) => c.status === 'fail'),
			tables: report.tables.map((t) => ({ ...t, source: '', rows: t.rows.filter((r) => r.keys?.some(Boolean)) }))
		});
	return out;
}

/** Every keyed value across reports, computed once per build for /compare/ and every indicator page. */
export function siteSeries(): Promise<Record<string, SeriesPoint[]>> {
	series ??= numbersOnly().then(seriesByKey);
	return series;
}
