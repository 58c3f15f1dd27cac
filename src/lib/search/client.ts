import type { SearchEngine } from './engine';
import type { Manifest } from './format';

let loading: Promise<SearchEngine> | null = null;

async function readJson(url: string): Promise<unknown> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`nianbao search: ${url} answered ${res.status}`);
	return res.json();
}

/**
 * The search engine for the manifest at `url`, created once per page life. The manifest is fetched
 * here and the reports' field lengths, which every query needs, right after it (while the box waits
 * for typing to pause); the engine (and MiniSearch with it) is downloaded with it, shards and stores
 * later, by need, from the manifest's folder.
 */
export function loadEngine(url: string): Promise<SearchEngine> {
	loading ??= (async () => {
		const folder = url.slice(0, url.lastIndexOf('/') + 1);
		const [{ SearchEngine }, manifest] = await Promise.all([import('./engine'), readJson(url)]);
		const engine = new SearchEngine(manifest as Manifest, (name) => readJson(folder + name));
		engine.prefetch();
		return engine;
	})();
	loading.catch(() => (loading = null));
	return loading;
}

/**
 * Resolves once the browser has painted what was just rendered: the first results are put on screen
 * before the rest of the page's stores are parsed, which would hold the main thread.
 */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
