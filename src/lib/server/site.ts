import { corpus } from './reports';
import { buildSearchIndex, type BuiltIndex } from './search-index';

let index: Promise<BuiltIndex> | null = null;

/** The search index of the whole site, built once per build process. */
export function siteSearchIndex(): Promise<BuiltIndex> {
	index ??= corpus().then((c) => buildSearchIndex(c.reports.map((r) => r.report)));
	return index;
}
