/**
 * The reproducible-build test: builds the site a second time into build-repro/ and compares the
 * SHA-256 of every file with build/. Any difference, or a file in one and not the other, fails.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

function hashes(dir) {
	const out = new Map();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
	}
	return out;
}

rmSync('build-repro', { recursive: true, force: true });
const run = spawnSync('npx', ['tsx', 'scripts/build.ts', '--strict'], { env: { ...process.env, BUILD_DIR: 'build-repro' }, encoding: 'utf8' });
if (run.status !== 0) {
	console.error(run.stdout, run.stderr);
	process.exit(1);
}
const a = hashes('build');
const b = hashes('build-repro');
const diff = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
rmSync('build-repro', { recursive: true, force: true });
if (diff.length) {
	console.error(`nianbao: the build is not reproducible: ${diff.length} file(s) differ between two builds of the same data:\n  ${diff.slice(0, 20).join('\n  ')}`);
	process.exit(1);
}
console.log(`nianbao: reproducible: two builds of the same data are byte-identical (${a.size} files)`);
