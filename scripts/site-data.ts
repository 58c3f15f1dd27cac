/**
 * The site-wide downloads (/data/: CSV, JSON, SQLite, data package) for the build's reports, written into
 * DIR by a process of its own while the site is compiled and prerendered (scripts/build.ts starts it; see
 * src/lib/server/site-data-handoff.ts). Usage: NIANBAO_CATALOGUE=… tsx scripts/site-data.ts DIR
 */
import { writeSiteFiles } from '../src/lib/server/downloads.ts';
import { handOver, handOverFailure } from '../src/lib/server/site-data-handoff.ts';

const dir = process.argv[2];
try {
	handOver(await writeSiteFiles(dir));
} catch (e) {
	handOverFailure(dir, `nianbao: writing the site-wide downloads failed: ${(e as Error).stack ?? e}`);
	process.exit(1);
}
