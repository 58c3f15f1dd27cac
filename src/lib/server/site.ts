import { corpus } from './reports';
import { buildSearchIndex, type BuiltIndex } from './search-index';

let index: BuiltIndex | null = null;

/** The search index of the whole site, built once per build process. */
export function siteSearchIndex(): BuiltIndex {
	index ??= buildSearchIndex(corpus().reports.map((r) => r.report));
	return index;
}
