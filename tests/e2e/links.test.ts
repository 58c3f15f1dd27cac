import { expect, test } from './fixtures';

/**
 * Crawls the whole built site from the home page: every page, every href, every #anchor, every
 * download. A missing page, file or anchor fails the test, naming where it is linked from.
 */
test('every internal link, file and #anchor of the built site resolves', async ({ request, baseURL }) => {
	test.setTimeout(120_000);
	const pages = new Map<string, Set<string>>();
	const queue = ['/'];
	const seen = new Set(queue);
	const broken: string[] = [];
	const anchors: { from: string; path: string; id: string }[] = [];
	while (queue.length) {
		const path = queue.shift()!;
		const res = await request.get(path);
		if (res.status() !== 200) {
			broken.push(`${path}: ${res.status()}`);
			continue;
		}
		if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await res.text();
		pages.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
		for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
			const href = raw.replace(/&amp;/g, '&');
			if (/^(https?:|mailto:|data:)/.test(href) && !href.startsWith(baseURL!)) continue;
			const url = new URL(href, `${baseURL}${path}`);
			const target = url.pathname;
			if (url.hash) anchors.push({ from: path, path: target, id: decodeURIComponent(url.hash.slice(1)) });
			if (!seen.has(target)) {
				seen.add(target);
				queue.push(target);
			}
		}
	}
	for (const a of anchors) {
		const ids = pages.get(a.path);
		if (ids && !ids.has(a.id)) broken.push(`${a.from} → ${a.path}#${a.id}: no such anchor`);
	}
	expect(broken).toEqual([]);
	expect(pages.size).toBeGreaterThan(50);
	expect(seen.size - pages.size).toBeGreaterThanOrEqual(14);
});
