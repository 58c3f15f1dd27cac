import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BAD, GOOD, writeHostileFolder } from '../helpers/hostile';
import { safeId } from '../../src/lib/server/report-id';

/**
 * The attack suite's build: a folder of hostile names and files, written at run time, must build,
 * with every good report published and every bad file named in one line. The site is left in
 * build-attack/ for the browser checks (tests/e2e/attack.test.ts).
 */
const base = mkdtempSync(join(tmpdir(), 'nianbao-attack-'));
const dir = join(base, 'reports');
const LONG = `${'长'.repeat(80)}.txt`;
let run: ReturnType<typeof spawnSync>;
let lines: string[];

beforeAll(() => {
	mkdirSync(dir);
	writeHostileFolder(dir, join(base, 'outside.txt'));
	run = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
		env: { ...process.env, REPORTS_DIR: dir, BUILD_DIR: 'build-attack', MAX_REPORT_MB: '1' },
		encoding: 'utf8',
		timeout: 280_000
	});
	lines = String(run.stderr).split('\n').filter((l) => l.startsWith('nianbao: '));
}, 300_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('a hostile reports folder', () => {
	it('builds, without a stack trace', () => {
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(run.status, String(run.stderr)).toBe(0);
	});

	it('publishes every good report under a safe id', () => {
		const ids = { ...GOOD, [LONG]: safeId(LONG.slice(0, -4))! };
		expect(Buffer.byteLength(ids[LONG])).toBeLessThanOrEqual(150);
		for (const [name, id] of Object.entries(ids)) expect(existsSync(join('build-attack', 'reports', id, 'index.html')), `${name} → ${id}`).toBe(true);
		// reports/index.html and its __data.json are the catalogue page (/reports/), not reports.
		const folders = readdirSync(join('build-attack', 'reports')).filter((n) => n !== 'index.html' && n !== '__data.json');
		expect(folders.sort()).toEqual(Object.values(ids).sort());
	});

	it('prints no control character from a report or a name raw: a warning quoting them is one inert line', () => {
		expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
		expect(lines).toContain(`nianbao: ${dir}/esc.txt: warning [cell-not-a-number]: 表格“附表”的“(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)”行：“33\\u001b]0;pwned\\u000756”不是数字，该格标为未读出`);
	});

	it('names every bad file in exactly one line, saying why', () => {
		for (const [name, why] of Object.entries(BAD)) {
			const named = lines.filter((l) => l.includes(`${dir}/${name}:`));
			expect(named, name).toHaveLength(1);
			expect(named[0], name).toMatch(why);
		}
	});

	it('says which reports were published under another id, and resolves a case-only collision', () => {
		expect(lines.some((l) => l.includes('hash#name.txt: published as "hash-name"'))).toBe(true);
		expect(lines.some((l) => l.includes('case.txt: published as "case-2"; "case" is taken by') && l.includes('Case.txt'))).toBe(true);
		expect(lines.some((l) => l.includes('new\\nline.txt: published as "new-line"'))).toBe(true);
	});

	it('publishes every form of a report under its own name, markup as text', () => {
		expect(readdirSync(join('build-attack', 'reports', 'dup')).filter((f) => f !== 'index.html' && f !== '__data.json').sort()).toEqual([
			'also-2.txt',
			'also.txt',
			// The portal's own page of the source text with line anchors (escaped), not a received page.
			'source',
			'source.htm.txt',
			'source.txt'
		]);
		expect(readFileSync(join('build-attack', 'reports', 'dup', 'source.htm.txt'), 'utf8')).toContain('<script>');
	});

	it('does not publish a form that reports another year as "another form"', () => {
		expect(readdirSync(join('build-attack', 'reports', 'other')).filter((f) => /^also/.test(f))).toEqual([]);
		expect(readFileSync(join('build-attack', 'reports', 'other', 'index.html'), 'utf8')).not.toContain('also.txt');
	});

	it('publishes no received markup as a page anywhere in the site', () => {
		// Files a browser would run as a document: only the portal's own pages may be among them.
		const pages = readdirSync('build-attack', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html?|xhtml|svg|xml)$/i.test(f));
		for (const page of pages) expect(readFileSync(join('build-attack', page), 'utf8'), page).not.toContain('evil.example');
	});
});

describe('svelte.config.js on a hostile folder', () => {
	it('computes its version without opening a FIFO or following a symlink out (it used to hang)', () => {
		const probe = spawnSync('node', ['-e', "import('./svelte.config.js').then((c) => console.log(c.default.kit.version.name))"], {
			env: { ...process.env, REPORTS_DIR: dir, NIANBAO_DATA_VERSION: '' },
			encoding: 'utf8',
			timeout: 20_000
		});
		expect(probe.error).toBeUndefined();
		expect(probe.stdout.trim()).toMatch(/^[0-9a-f]{12}$/);
	});
});
