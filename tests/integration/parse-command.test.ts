import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseFile } from '../../src/lib/parse';
import { SEED_FILE } from '../helpers/seed';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (file: string, env: Record<string, string> = {}) =>
	spawnSync('npx', ['tsx', 'scripts/parse.ts', file], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

describe('npm run parse', () => {
	it('prints the report as the parser makes it, on stdout, and nothing else', async () => {
		const run = parse(SEED_FILE);
		expect(run.status, run.stderr).toBe(0);
		const { report } = await parseFile(new Uint8Array(readFileSync(SEED_FILE)), SEED_FILE);
		expect(run.stdout).toBe(JSON.stringify(report, null, 2) + '\n');
	}, 120_000);

	it('prints a warning quoting the report with its control characters escaped, never raw', () => {
		// A table cell holding an escape sequence that would retitle the terminal (OSC 0 … BEL).
		const file = join(dir, 'esc.txt');
		writeFileSync(file, readFileSync(SEED_FILE, 'utf8').replace('\n3356 |\n', '\n33\u001b]0;pwned\u000756 |\n'));
		const run = parse(file);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
		expect(run.stderr).toContain(`nianbao: ${file}: warning [cell-not-a-number]: `);
		expect(run.stderr).toContain('“33\\u001b]0;pwned\\u000756”不是数字');
	}, 120_000);

	it('parses under the build\'s time limit, and says in one line when a parse is stopped', () => {
		const run = parse(SEED_FILE, { PARSE_TIMEOUT_S: '0.001' });
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(`nianbao: ${SEED_FILE}: took longer than 0.001 s to parse (PARSE_TIMEOUT_S)\n`);
	}, 120_000);

	it('parses under the build\'s memory limit', () => {
		// 1 MB of heap cannot even hold the parser's modules: the worker is stopped, not the machine.
		const run = parse(SEED_FILE, { PARSE_MEMORY_MB: '1' });
		expect(run.status).toBe(1);
		expect(run.stderr).toBe(`nianbao: ${SEED_FILE}: ran out of memory while parsing (1 MB, PARSE_MEMORY_MB)\n`);
	}, 120_000);

	it('refuses a file over the build\'s size limit before reading it, and names a missing one', () => {
		expect(parse(SEED_FILE, { MAX_REPORT_MB: '0.001' }).stderr).toMatch(/^nianbao: .*: [\d.]+ MB, over the [\d.]+ MB limit for one file \(MAX_REPORT_MB\)\n$/);
		const missing = parse(join(dir, 'missing.txt'));
		expect(missing.status).toBe(1);
		expect(missing.stderr).toBe(`nianbao: ${join(dir, 'missing.txt')}: no such file\n`);
	}, 120_000);
});
