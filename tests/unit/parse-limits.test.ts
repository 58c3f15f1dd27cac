import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkPdfLimits } from '../../src/lib/server/pdf-limits';
import { makePdf } from '../helpers/hostile';
import { SEED_FILE } from '../helpers/seed';

const limits = { maxPdfPages: 500, maxPdfDecodedBytes: 200 * 1048576 };

describe('PDF limits, checked before pdf.js reads the file', () => {
	it('refuse a decompression bomb after inflating no more than the cap', () => {
		const bomb = makePdf({ inflated: 1024 * 1048576 });
		const rss = process.memoryUsage().rss;
		const started = performance.now();
		expect(() => checkPdfLimits(bomb, 'bomb.pdf', limits)).toThrow('nianbao: bomb.pdf: PDF streams inflate to more than 200 MB (MAX_PDF_DECODED_MB)');
		// Figures, not assertions: how long and how much memory refusing a 1 MB bomb (1 GB inflated) took.
		console.log(`nianbao bench: ${(bomb.length / 1048576).toFixed(2)} MB bomb refused in ${(performance.now() - started).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rss) / 1048576).toFixed(0)} MB`);
	});

	it('let a PDF through whose streams stay under the cap', () => {
		expect(() => checkPdfLimits(makePdf({ inflated: 16 * 1048576 }), 'ok.pdf', limits)).not.toThrow();
	});

	it('refuse a PDF over the page limit', () => {
		expect(() => checkPdfLimits(makePdf({ pages: 501 }), 'long.pdf', limits)).toThrow('PDF has 501 pages, over the 500-page limit (MAX_PDF_PAGES)');
		expect(() => checkPdfLimits(makePdf({ pages: 500 }), 'long.pdf', limits)).not.toThrow();
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
