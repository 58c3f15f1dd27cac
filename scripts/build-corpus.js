/**
 * Builds a site from ../shared/corpus into build-corpus/ for the browser tests, when that folder is
 * there; says so and does nothing when it is not. Not --strict: the corpus holds a blank template,
 * which is rightly left out.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = process.env.CORPUS_DIR || '../shared/corpus';
if (!existsSync(dir)) {
	console.log(`nianbao: ${dir} is absent; the corpus site is not built and its browser tests are skipped`);
	process.exit(0);
}
const run = spawnSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, REPORTS_DIR: dir, BUILD_DIR: 'build-corpus' } });
process.exit(run.status ?? 1);
