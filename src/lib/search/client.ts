import type MiniSearch from 'minisearch';
import type { SearchCatalogueEntry, SearchDoc } from '../types';
import type { IndexFile } from './options';

export interface LoadedIndex {
	index: MiniSearch<SearchDoc>;
	reports: Map<string, SearchCatalogueEntry>;
}

let loading: Promise<LoadedIndex> | null = null;

/** Fetches and loads the index once per page life; MiniSearch itself is only downloaded here. */
export function loadIndex(url: string): Promise<LoadedIndex> {
	loading ??= (async () => {
		const [{ default: MiniSearchClass }, { indexOptions }, res] = await Promise.all([
			import('minisearch'),
			import('./options'),
			fetch(url)
		]);
		if (!res.ok) throw new Error(`nianbao search: index ${url} answered ${res.status}`);
		const file = (await res.json()) as IndexFile;
		const index = await MiniSearchClass.loadJSAsync<SearchDoc>(file.index, indexOptions);
		return { index, reports: new Map(file.reports.map((r) => [r.id, r])) };
	})();
	loading.catch(() => (loading = null));
	return loading;
}
