import { corpus } from './reports';
import { buildOrReuseIndex, type SiteIndex } from './search-files';
import { seriesByKey, type SeriesPoint } from '../data/series';

let index: Promise<SiteIndex> | null = null;
let series: Promise<Record<string, SeriesPoint[]>> | null = null;

/** The search index of the whole site, built once per build process. */
export function siteSearchIndex(): Promise<SiteIndex> {
	index ??= buildOrReuseIndex();
	return index;
}

/** Every keyed value across reports, computed once per build for /compare/ and every indicator page. */
export function siteSeries(): Promise<Record<string, SeriesPoint[]>> {
	series ??= corpus().then((c) => seriesByKey(c.reports.map((r) => r.report)));
	return series;
}
