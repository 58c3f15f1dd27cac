import adapter from './scripts/adapter.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The app version names the build. Kit defaults to a timestamp, which makes every build differ; a hash
 * of the report files and the package makes two builds of the same data byte-identical. `npm run build`
 * passes the hash of what its parse step accepted (NIANBAO_DATA_VERSION). Run otherwise (vite build
 * alone, tests), only plain files of the folder are hashed: never a FIFO, a device or a symlink.
 */
function dataVersion() {
	if (process.env.NIANBAO_DATA_VERSION) return process.env.NIANBAO_DATA_VERSION;
	const hash = createHash('sha256').update(readFileSync('package-lock.json'));
	const dir = resolve(process.env.REPORTS_DIR || 'data/reports');
	// Names as bytes: a name that is not UTF-8 (GBK from a Chinese-Windows zip) read as text names no file.
	for (const name of readdirSync(dir, { encoding: 'buffer' }).sort(Buffer.compare)) {
		const path = Buffer.concat([Buffer.from(join(dir, '/')), name]);
		if (lstatSync(path).isFile()) hash.update(name).update(readFileSync(path));
	}
	return hash.digest('hex').slice(0, 12);
}

/** BUILD_DIR lets tests build a second site (from fixture reports) beside the real one. */
const outDir = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		version: { name: dataVersion() },
		// Absolute asset paths: 404.html is served at any depth, where relative ones would not resolve.
		paths: { relative: false },
		// Only scripts Kit hashed may run: no inline script from report text or a query can execute.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Kit's route announcer and hydration set style attributes; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Absolute URLs (JSON-LD, data package) are built against this origin.
			// SITE_ORIGIN (checked by scripts/build.ts and src/lib/server/origin.ts) names the host the site is published at.
			origin: (process.env.SITE_ORIGIN || 'http://localhost:4173').replace(/\/$/, ''),
			// Two pages at a time: the /data/ page waits for the site-wide files another process writes
			// (scripts/beside.ts), and with one it stopped every other page while it waited.
			concurrency: 2,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
