import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SEED_FILE } from '../helpers/seed';

// Each test runs scripts/build.ts in a child process: the build refuses before building a site.

describe('a reports folder with bad files', () => {
	const dir = mkdtempSync(join(tmpdir(), 'nianbao-reports-'));
	copyFileSync(SEED_FILE, join(dir, 'hengyang-guotu-2018.txt'));
	writeFileSync(join(dir, 'empty.txt'), '');
	writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
	writeFileSync(join(dir, 'prose.txt'), '这是一段没有任何编号标题的文字。\n');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('makes `npm run build -- --strict` fail, naming the files, before building anything', () => {
		const run = spawnSync('npx', ['tsx', 'scripts/build.ts', '--strict'], {
			env: { ...process.env, REPORTS_DIR: dir },
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('empty.txt: empty file (left out of the site)');
		expect(run.stderr).toContain('--strict: 3 report file(s) could not be read');
	});
});

describe('the parse time limit', () => {
	const dir = mkdtempSync(join(tmpdir(), 'nianbao-timeout-'));
	copyFileSync(SEED_FILE, join(dir, 'hengyang-guotu-2018.txt'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('stops a parse that takes too long and names the file in one line', () => {
		const run = spawnSync('npx', ['tsx', 'scripts/build.ts', '--strict'], {
			env: { ...process.env, REPORTS_DIR: dir, BUILD_DIR: join(dir, 'site'), PARSE_TIMEOUT_S: '0.001', NIANBAO_CACHE_DIR: join(dir, 'cache') },
			encoding: 'utf8'
		});
		expect(run.stderr).toContain(`nianbao: ${dir}/hengyang-guotu-2018.txt: took longer than 0.001 s to parse (PARSE_TIMEOUT_S); left out`);
		expect(run.status).toBe(1);
	});
});
