/**
 * The plain files of the build, written by a process of its own while Kit compiles and prerenders the pages
 * (scripts/build.ts starts it; see src/lib/server/beside.ts): first the site-wide downloads, which the /data/
 * page waits for (src/lib/server/site-data-handoff.ts), then the search index, then each report's files.
 * Usage: NIANBAO_CATALOGUE=… NIANBAO_DATA_VERSION=… tsx scripts/beside.ts BESIDE_DIR SITE_DATA_DIR
 */
import { writeSiteFiles } from '../src/lib/server/downloads.ts';
import { handOver, handOverFailure } from '../src/lib/server/site-data-handoff.ts';
import { besideSite, placeSearchIndex, writeReportFiles } from '../src/lib/server/beside.ts';

const [dir, siteDataDir] = process.argv.slice(2);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
try {
	handOver(await writeSiteFiles(siteDataDir));
	console.log(`nianbao: site-wide downloads written (${seconds()} s)`);
} catch (e) {
	handOverFailure(siteDataDir, `nianbao: writing the site-wide downloads failed: ${(e as Error).stack ?? e}`);
	process.exit(1);
}
const site = besideSite(dir);
const files = await placeSearchIndex(site);
console.log(`nianbao: search index of ${files} file(s) written (${seconds()} s)`);
let shown = Date.now();
const reports = await writeReportFiles(site, (done) => {
	if (Date.now() - shown < 10_000) return;
	shown = Date.now();
	console.log(`nianbao: files of ${done} report(s) written beside the pages`);
});
console.log(`nianbao: files of ${reports} report(s) written (${seconds()} s)`);
