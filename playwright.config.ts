import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4174);
/** A second site, built from tests/fixtures/reports (hostile text, several reports), for tests that need it. */
export const fixturePort = port + 1;
/** A third, built from ../shared/corpus when that folder exists (npm run build:corpus). */
export const corpusPort = port + 2;
/** CORPUS_DIR names the corpus folder when it is not ../shared/corpus (as for npm run build:corpus). */
export const hasCorpusSite = existsSync('build-corpus/index.html') && existsSync(process.env.CORPUS_DIR || '../shared/corpus');
/** A fourth, built from the attack suite's hostile folder by tests/integration/attack-build.test.ts, when it has run. */
export const attackPort = port + 4;
export const hasAttackSite = existsSync('build-attack/index.html');

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	workers: 2,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		locale: 'zh-CN'
	},
	webServer: [
		{ command: `PORT=${port} node scripts/serve.js build`, url: `http://localhost:${port}/`, reuseExistingServer: false },
		{
			command: `PORT=${fixturePort} node scripts/serve.js build-fixture`,
			url: `http://localhost:${fixturePort}/`,
			reuseExistingServer: false
		},
		...(hasCorpusSite
			? [{ command: `PORT=${corpusPort} node scripts/serve.js build-corpus`, url: `http://localhost:${corpusPort}/`, reuseExistingServer: false }]
			: []),
		...(hasAttackSite
			? [{ command: `PORT=${attackPort} node scripts/serve.js build-attack`, url: `http://localhost:${attackPort}/`, reuseExistingServer: false }]
			: [])
	]
});
