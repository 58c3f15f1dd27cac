import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4174);

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
	webServer: {
		command: `PORT=${port} node scripts/serve.js build`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: false
	}
});
