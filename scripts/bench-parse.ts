/**
 * npm run bench:parse: parse time against input size, for plain text, many headings and a long table.
 * Prints figures (median of 5 runs); linear growth shows as a steady ms per MB.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { parseReport } from '../src/lib/parse.ts';
import { bigTable, bigText, manyHeadings } from './synthetic.ts';

const paragraph = readFileSync('data/reports/hengyang-guotu-2018.txt', 'utf8').split('\n')[5];

function time(text: string): number {
	const runs: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t0 = performance.now();
		parseReport(text, 'bench.txt');
		runs.push(performance.now() - t0);
	}
	return runs.sort((a, b) => a - b)[2];
}

function series(name: string, make: (n: number) => string, sizes: number[]) {
	console.log(`\n${name}`);
	console.log('input MB | parse ms | ms per MB');
	for (const n of sizes) {
		const text = make(n);
		const mb = Buffer.byteLength(text) / 1e6;
		const ms = time(text);
		console.log(`${mb.toFixed(2).padStart(8)} | ${ms.toFixed(1).padStart(8)} | ${(ms / mb).toFixed(1).padStart(9)}`);
	}
}

series('prose (one seed paragraph repeated, up to 99 parts)', (n) => bigText(n, paragraph), [250_000, 500_000, 1_000_000, 2_000_000, 4_000_000, 8_000_000]);
series('headings (10 parts × 10 subsections × n items)', (n) => manyHeadings(10, 10, n), [12, 25, 50, 99]);
series('2008 appendix of n rows', (n) => bigTable(n), [2_500, 5_000, 10_000, 20_000, 40_000]);
// A crawler's text: every run of whitespace one space, so parts and the appendix's rows are found inline.
series('collapsed crawler text (the above, whitespace collapsed)', (n) => bigText(n, paragraph).replace(/\s+/g, ' '), [250_000, 500_000, 1_000_000, 2_000_000]);
series('collapsed 2008 appendix of n rows', (n) => bigTable(n).replace(/\s+/g, ' '), [2_500, 5_000, 10_000]);
