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

/** Reports read one at a time and kept without their text: the series need only the tables' cells. */
async function numbersOnly(): Promise<Report[]> {
	const out: Report[] = [];
	for await (const { report } of eachReport())
		out.push({ ...report, preamble: '', titleLines: [], sections: [], dropped: [], tables: report.tables.map((t) => ({ ...t, source: '' })) });
	return out;
}

/** Every keyed value across reports, computed once per build for /compare/ and every indicator page. */
export function siteSeries(): Promise<Record<string, SeriesPoint[]>> {
	series ??= numbersOnly().then(seriesByKey);
	return series;
}
