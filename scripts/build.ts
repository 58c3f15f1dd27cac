/**
 * npm run build [-- --strict]: ingests the reports folder, says which files it left out and why, then
 * builds the static site into build/. With --strict (what CI uses) any file left out fails the build.
 */
import { spawnSync } from 'node:child_process';
import { loadCorpus } from '../src/lib/server/reports.ts';

const strict = process.argv.includes('--strict');
const corpus = await loadCorpus();
for (const f of corpus.failures) console.error(`${f.message} (left out of the site)`);
for (const r of corpus.reports) for (const p of r.problems) console.error(`nianbao: ${r.file}: warning: ${p}`);
console.log(`nianbao: ${corpus.reports.length} report(s) from ${corpus.dir}, ${corpus.failures.length} left out`);
if (strict && corpus.failures.length) {
	console.error(`nianbao: --strict: ${corpus.failures.length} report file(s) could not be read`);
	process.exit(1);
}
if (corpus.reports.length === 0) {
	console.error(`nianbao: ${corpus.dir}: no report could be read; nothing to build`);
	process.exit(1);
}
const vite = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', env: process.env });
process.exit(vite.status ?? 1);
