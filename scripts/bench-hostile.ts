/**
 * npm run bench:hostile: each input shape that once cost more than its size (issue 24), at growing sizes:
 * the time, and its growth against the size's (1.0 is linear; 2.0 at a doubling would be quadratic).
 * DOCX files are parsed in a child process each, so their peak memory (max RSS) is the file's alone.
 * Each time is the fastest of up to three runs (a single run past a second); the input's making is timed
 * with it (it is linear). Prints Markdown tables (docs/hostile-inputs.md holds one run of them);
 * `npm run bench:hostile -- DOCX` times only the shapes whose name holds the words given.
 */
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { parseFile, parseReport } from '../src/lib/parse.ts';
import { cuts } from '../src/lib/ingest/tables/run-together';
import { splitsBySums } from '../src/lib/ingest/tables/split';
import { groupLines } from '../src/lib/ingest/forms/pdf/lines';
import { withoutFurniture } from '../src/lib/ingest/forms/pdf/furniture';
import { readTable3 } from '../src/lib/ingest/tables/2019/tables';
import * as shapes from './hostile-shapes.ts';
import { seedText } from '../tests/helpers/seed.ts';

const seed = seedText();

/** Parses what `make` gives, reporting an error as its result rather than a crash. */
function outcome(run: () => unknown): string {
	try {
		const out = run();
		return typeof out === 'string' ? out : 'read';
	} catch (e) {
		return `refused: ${(e as Error).message.replace(/^nianbao: [^:]+: /, '').slice(0, 70)}`;
	}
}

interface Shape {
	name: string;
	unit: string;
	sizes: number[];
	run: (size: number) => string;
}

const parses = (text: string, file: string) => () => parseReport(text, file);
const steps = (digits: string, groups: number, size: number) => {
	const r = splitsBySums(digits, { groups, size });
	return `${r.splits.length} split(s), ${r.steps} steps${r.capped ? ', capped' : ''}`;
};

const SHAPES: Shape[] = [
	{ name: '表四 digits run together (all 1s: the most splits)', unit: 'digits', sizes: [24, 33, 45], run: (n) => steps('1'.repeat(n), 3, 5) },
	{ name: '表四 two- and three-digit values run together', unit: 'digits', sizes: [34, 40, 45], run: (n) => steps(shapes.table4Digits(n), 3, 5) },
	{ name: '表三 row run together (all 1s)', unit: 'digits', sizes: [14, 17, 21], run: (n) => steps('1'.repeat(n), 1, 7) },
	{ name: '表二 cells run together (collapsed text)', unit: 'digits', sizes: [800, 8_000, 80_000], run: (n) => outcome(parses(shapes.table2Collapsed(n), 'b2.txt')) },
	{ name: 'digits before (一)予以公开, collapsed text', unit: 'chars', sizes: [30_000, 120_000, 480_000], run: (n) => outcome(parses(shapes.collapsedDigits(n), 'digits.txt')) },
	{ name: 'a whole document on one line (collapsed text)', unit: 'chars', sizes: [20_000, 80_000, 320_000], run: (n) => outcome(parses(shapes.oneLongLine(n), 'line.txt')) },
	{ name: 'HTML: a long line of years above the article', unit: 'chars', sizes: [20_000, 80_000, 320_000], run: (n) => outcome(parses(shapes.longLineAbove(n, seed), 'above.html')) },
	{
		name: '表三 label without an outline number (LAST_NUMBER)',
		unit: 'chars',
		sizes: [20_000, 80_000, 320_000],
		run: (n) => outcome(() => readTable3({ kind: 'b3', section: 's3', lines: [{ text: `${'本'.repeat(n)} 1 0 0 0 0 0 1` }] }))
	},
	{ name: '2008 appendix row run together (cuts)', unit: 'digits', sizes: [10_000, 100_000, 1_000_000], run: (n) => `${cuts('1'.repeat(n), 2).length} cut(s)` },
	{ name: 'PDF: runs down one column (verticalStacks)', unit: 'runs', sizes: [2_000, 8_000, 32_000], run: (n) => `${groupLines(shapes.columnRuns(n)).length} line(s)` },
	{ name: 'PDF: pages with a repeated table header', unit: 'pages', sizes: [125, 250, 500], run: (n) => `${withoutFurniture(shapes.repeatedPages(n, 60)).dropped.length} dropped` },
	{ name: 'HTML nested <div>', unit: 'levels', sizes: [4_000, 16_000, 64_000], run: (n) => outcome(parses(shapes.nestedHtml(n, 'div', seed), 'deep.html')) },
	{ name: 'HTML nested <b>', unit: 'levels', sizes: [4_000, 16_000, 64_000], run: (n) => outcome(parses(shapes.nestedHtml(n, 'b', seed), 'deep.html')) },
	{ name: 'HTML nested tables', unit: 'levels', sizes: [1_000, 4_000, 16_000], run: (n) => outcome(parses(shapes.nestedHtml(n, 'table', seed), 'deep.html')) },
	{ name: 'Markdown table', unit: 'rows', sizes: [12_500, 50_000, 200_000], run: (n) => outcome(parses(shapes.markdownTable(n), 'rows.md')) }
];

const DOCX: Shape[] = [
	{ name: 'DOCX: report inside nested tables', unit: 'tables', sizes: [10, 150, 1_000], run: () => '' },
	{ name: 'DOCX: empty paragraphs after the report', unit: 'paragraphs', sizes: [50_000, 100_000, 400_000], run: () => '' },
	{ name: 'DOCX: footnotes part inflating to (MB)', unit: 'MB', sizes: [4, 15, 300], run: () => '' }
];

/** One DOCX shape at one size, in this process (the child's side of docxRow). */
async function docxChild(shape: string, size: number) {
	const bytes =
		shape === 'nested' ? shapes.nestedTablesDocx(size, seed) : shape === 'paragraphs' ? shapes.manyParagraphsDocx(size, seed) : shapes.footnoteBombDocx(size * 1048576, seed);
	const started = performance.now();
	let result = 'read';
	try {
		await parseFile(bytes, 'bomb.docx');
	} catch (e) {
		result = `refused: ${(e as Error).message.replace(/^nianbao: [^:]+: /, '').slice(0, 70)}`;
	}
	const ms = performance.now() - started;
	console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024, kb: bytes.length / 1024, result }));
}

const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);

function table(shape: Shape, measure: (size: number) => { ms: number; result: string; extra?: string }) {
	let before: { size: number; ms: number } | null = null;
	for (const size of shape.sizes) {
		const { ms, result, extra } = measure(size);
		// Growth: how much more time per unit of input than at the size before (1.0: linear).
		const growth = before && before.ms > 0.5 ? ((ms / before.ms) / (size / before.size)).toFixed(2) : '';
		row([before ? '' : shape.name, `${size.toLocaleString('en')} ${shape.unit}`, ms.toFixed(1), growth, ...(extra !== undefined ? [extra] : []), result]);
		before = { size, ms };
	}
}

async function main() {
	const [, , flag, shape, size] = process.argv;
	if (flag === '--docx-child') return docxChild(shape, Number(size));
	// `npm run bench:hostile -- PDF`: only the shapes whose name holds the words given.
	const only = (s: Shape) => !flag || s.name.includes(flag);
	console.log('| shape | size | ms | growth | result |');
	console.log('| --- | --- | --- | --- | --- |');
	for (const shape of SHAPES.filter(only)) {
		shape.run(shape.sizes[0]); // warm up the code the shape goes through
		table(shape, (size) => {
			// The fastest of up to three runs (while they take under a second together): the machine is shared.
			let [best, result, spent] = [Infinity, '', 0];
			for (let k = 0; k < 3 && (k === 0 || spent < 1000); k++) {
				const started = performance.now();
				result = shape.run(size);
				const ms = performance.now() - started;
				[best, spent] = [Math.min(best, ms), spent + ms];
			}
			return { ms: best, result };
		});
	}
	console.log('\n| DOCX shape | size | ms | growth | file KB | max RSS MB | result |');
	console.log('| --- | --- | --- | --- | --- | --- | --- |');
	for (const [shape, key] of DOCX.map((s, i) => [s, ['nested', 'paragraphs', 'footnotes'][i]] as const).filter(([s]) => only(s))) {
		table(shape, (size) => {
			const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-hostile.ts', '--docx-child', key, String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
			const line = child.stdout.trim().split('\n').at(-1) ?? '';
			const out = line.startsWith('{') ? JSON.parse(line) : { ms: NaN, rss: NaN, kb: NaN, result: `child failed: ${child.stderr.trim().split('\n').at(-1)}` };
			return { ms: out.ms, result: out.result, extra: `${out.kb.toFixed(0)} | ${out.rss.toFixed(0)}` };
		});
	}
}

await main();
