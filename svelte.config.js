import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** BUILD_DIR lets tests build a second site (from fixture reports) beside the real one. */
const outDir = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		prerender: {
			// Absolute URLs (JSON-LD, data package) are built against this origin.
			origin: process.env.SITE_ORIGIN || 'http://localhost:4173',
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
