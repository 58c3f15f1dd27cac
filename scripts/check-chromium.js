/** Stops the browser tests early, with one line saying how to get a Chromium, when there is none. */
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.js';

if (!existsSync(chromiumPath)) {
	console.error(
		`nianbao: no Chromium at ${chromiumPath}: run "apt-get install chromium" (or "npx playwright install chromium" where downloads work), or set CHROMIUM_PATH`
	);
	process.exit(1);
}
