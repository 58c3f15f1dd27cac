import type { SearchEngine } from './engine';
import type { Manifest } from './format';

let loading: Promise<SearchEngine> | null = null;

async function readJson(url: string): Promise<unknown> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`nianbao search: ${url} answered ${res.status}`);
	return res.json();
}

/**
 * The search engine for the manifest at `url`, created once per page life. Only the manifest is
 * fetched here; the engine (and MiniSearch with it) is downloaded with it, shards and stores later,
 * by need, from the manifest's folder.
 */
export function loadEngine(url: string): Promise<SearchEngine> {
	loading ??= (async () => {
		const folder = url.slice(0, url.lastIndexOf('/') + 1);
		const [{ SearchEngine }, manifest] = await Promise.all([import('./engine'), readJson(url)]);
		return new SearchEngine(manifest as Manifest, (name) => readJson(folder + name));
	})();
	loading.catch(() => (loading = null));
	return loading;
}
