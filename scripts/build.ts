/**
 * npm run build [-- --strict]: takes stock of the reports folder, parses each report once on worker
 * threads (both cores), says which files it left out and why, then prerenders the site into build/
 * (BUILD_DIR) from the stored parse results. With --strict (what CI uses) any file left out fails the
 * build. Progress is printed as it goes, so a long build is never silent.
 */
import { formsLine } from '../src/lib/server/same-report.ts';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseAll } from '../src/lib/server/reports.ts';
import { siteOrigin } from '../src/lib/server/origin.ts';
import { buildDate } from '../src/lib/server/build-date.ts';
import { sidecarProblems } from '../src/lib/server/sources.ts';
import { oneLine, shown } from '../src/lib/server/log-text.ts';
import { awaitSiteData, handOverFailure } from '../src/lib/server/site-data-handoff.ts';
import { besideSite } from '../src/lib/server/beside.ts';
import { indexKey } from '../src/lib/server/search-files.ts';
import { moveInto } from './adapter.js';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const strict = process.argv.includes('--strict');
const buildDir = process.env.BUILD_DIR || 'build';
let origin: string | null;
try {
	origin = siteOrigin();
	// One day for the whole build (every process, every page): the access date of citations read without JavaScript.
	process.env.NIANBAO_BUILD_DATE = buildDate();
} catch (e) {
	console.error((e as Error).message);
	process.exit(1);
}
if (!origin)
	console.warn(
		'nianbao: warning: SITE_ORIGIN is not set: JSON-LD and the data package name http://localhost:4173, pages carry no canonical link, and citations read without JavaScript give relative addresses (set SITE_ORIGIN=https://your.host)'
	);
const started = Date.now();
const seconds = () => (Date.now() - started) / 1000;
let lastShown = 0;
const { catalogue, file } = await parseAll(buildDir, (done, total) => {
	// One line every 2 s, and the last: enough to see a long build move, not enough to flood a CI log.
	if (done < total && seconds() - lastShown < 2) return;
	lastShown = seconds();
	console.log(`nianbao: parsed ${done}/${total} report(s), ${(done / Math.max(seconds(), 0.001)).toFixed(1)}/s`);
});
// Every line about a file may quote its name or its content: printed with controls escaped (log-text.ts).
const say = (line: string) => console.error(oneLine(line));
for (const s of catalogue.skipped) say(s.message);
for (const r of catalogue.renamed) say(r.message);
for (const f of catalogue.failures) say(/left out|not published/.test(f.message) ? f.message : `${f.message} (left out of the site)`);
// Each report read from several files names them, and which file gave which table.
for (const r of catalogue.reports) {
	const line = formsLine(r);
	if (line) console.log(oneLine(line));
}
for (const r of catalogue.reports) for (const p of r.problems) say(`nianbao: ${shown(r.file)}: warning [${p.code}]: ${p.message}`);
// The sources sidecar never fails a build, --strict or not: a bad row only loses its link.
for (const p of sidecarProblems(catalogue.dir, catalogue.reports.flatMap((r) => [r.file, ...r.also]))) say(p);
console.log(`nianbao: ${catalogue.reports.length} report(s) from ${catalogue.dir}, ${catalogue.failures.length} left out`);
if (strict && catalogue.failures.length) {
	console.error(`nianbao: --strict: ${catalogue.failures.length} report file(s) could not be read`);
	process.exit(1);
}
if (catalogue.reports.length === 0) {
	console.error(`nianbao: ${catalogue.dir}: no report could be read; nothing to build`);
	process.exit(1);
}

// The plain files (site-wide downloads, search index, each report's data and forms) are written by a process
// of their own on the other core while Kit compiles and prerenders the pages (src/lib/server/beside.ts); they
// are moved into the site once both are done. Only the /data/ page waits for anything: the site-wide files.
const besideDir = mkdtempSync(join(resolve(buildDir, '..'), '.nianbao-beside-'));
const siteDataDir = join(besideDir, 'data');
mkdirSync(siteDataDir);
process.once('exit', () => rmSync(besideDir, { recursive: true, force: true }));
// The index key names the data by this version: set before it is computed, and passed on to every process.
process.env.NIANBAO_DATA_VERSION = catalogue.version;
const env = { ...process.env, NIANBAO_CATALOGUE: file, NIANBAO_SITE_DATA: siteDataDir, NIANBAO_BESIDE: besideDir, NIANBAO_INDEX_KEY: indexKey() };
const beside = spawn(process.execPath, ['--import', 'tsx', 'scripts/beside.ts', besideDir, siteDataDir], { stdio: 'inherit', env });
const besideDone = new Promise<number>((done) =>
	beside.on('exit', (code, signal) => {
		// Killed before it could say why (out of memory, a signal): say so, or the prerender would wait for it forever.
		if (code !== 0 && !existsSync(join(siteDataDir, 'site-data.json')) && !existsSync(join(siteDataDir, 'failed.txt')))
			handOverFailure(siteDataDir, `nianbao: the process writing the site's files stopped (${signal ?? `exit code ${code}`})`);
		done(code ?? 1);
	})
);
// A larger young generation: the prerender makes short-lived strings by the gigabyte, and with V8's default
// a tenth of its time was spent collecting them (9 s instead of 13 s of 120 s at 2,000 reports).
const viteEnv = { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim() };
const vite = spawn('npx', ['vite', 'build'], { stdio: ['inherit', 'pipe', 'inherit'], env: viteEnv });
// Kit ends by suggesting `npm run preview`, a script this project does not have: say what serves the site instead.
for await (const line of createInterface({ input: vite.stdout! })) if (!/npm run preview/.test(line)) console.log(line);
let status = await new Promise<number>((done) => vite.on('close', (code) => done(code ?? 1)));
if (status !== 0) beside.kill();
else if ((await besideDone) !== 0) {
	console.error(`nianbao: the site's plain files could not be written (see above); the site in ${buildDir}/ is incomplete`);
	status = 1;
} else {
	const siteData = await awaitSiteData(siteDataDir);
	for (const f of siteData.files.values()) renameSync(f.path, join(buildDir, 'data', f.name));
	const moved = moveInto(besideSite(besideDir), buildDir).length + siteData.files.size;
	console.log(`nianbao: ${moved} file(s) and folder(s) written beside the pages moved into ${buildDir}/ (${seconds().toFixed(1)} s)`);
}
if (status === 0) {
	const serve = buildDir === 'build' ? 'npm run serve' : `npm run serve -- ${buildDir}`;
	console.log(`nianbao: site written to ${buildDir}/ in ${seconds().toFixed(1)} s; ${serve} shows it at http://localhost:4173 (PORT=… for another port)`);
}
process.exit(status);
