/**
 * npm run bench:ocr — the two OCR engines on the same pages, and the whole scanned-report path.
 * npm run bench:ocr -- --pictures — tables as pictures in DOCX, HTML and text PDFs, and a scan on its side (bench-ocr-pictures.ts).
 *
 * Pages: the made-up 2019 report (tests/fixtures/template2019) printed with ruled tables, a red seal,
 * scanned turned 1.5° with speckle at 200 dpi (tests/helpers/forms-scan.ts), and the seed's 2008 appendix
 * page the same way; the reader is also run on the model with 表三 merged as Word lays out the template, on
 * the model as agencies set it (三号 body, 五号 tables, page numbers: 表三 over a page break), on the
 * model with half-point or pale rulings and shaded headers, lit unevenly, on a sheet bowed on the glass, out of focus, fed in crooked (7° and 9°), on the model in black and
 * white, with other numbers (seeded), with 表三's header repeated over the page break, on the model made searchable by another
 * program (its OCR laid over the pictures as invisible text), on the appendix printed without rulings, and on both papers scanned at 150 dpi and stored as
 * JPEG of quality 60. Each page is rendered and cleaned as the reader does (ocr.ts: 300 dpi, seal out,
 * straightened, paper flattened, a page out of focus kept in its ink's greys, rulings out), then recognised by each engine, one page at a time on one
 * thread:
 * - Debian tesseract (tesseract-ocr + chi_sim, the command ocr-engine.ts runs);
 * - tesseract.js + @tesseract.js-data/chi_sim, when installed (not a dependency: npm i --no-save tesseract.js @tesseract.js-data/chi_sim).
 * Accuracy is the share of the page's printed characters recognised (multiset overlap with the paper's own
 * text layer, so reading order does not count), as F1. Then the reader's whole path (parseFile) on the
 * scanned PDFs, from an empty OCR cache, and again from the cache: seconds per page, and every golden cell
 * read right, left unread, or wrong (wrong must be 0). The machine's load is printed: it is shared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { greyOfPnm, inkOf, ruleInk, type Grey } from '../src/lib/ingest/forms/ocr/image';
import { skewOf, turned } from '../src/lib/ingest/forms/ocr/skew';
import { findGrids } from '../src/lib/ingest/forms/ocr/grid';
import { engineVersion, recognise } from '../src/lib/ingest/forms/ocr/engine';
import { DPI, pagePictures } from '../src/lib/ingest/forms/ocr';
import { parseFile } from '../src/lib/parse';
import type { Report } from '../src/lib/types';
import type { Golden } from './golden/types';
import { compareCells } from './golden/compare';
import { MODEL } from '../tests/fixtures/template2019/model';
import { encodePng, paperPdf, scanPdf } from '../tests/helpers/forms-scan';
import { KAI_FILE, kaiCN } from '../tests/helpers/pdf-typeset';
import { modelPaper } from '../tests/helpers/model-paper';
import { misreadModel, searchableScan } from '../tests/helpers/searchable-scan';
import { randomModel } from '../tests/helpers/random-model';
import { renderTypesetPdf } from '../tests/helpers/forms-pdf';
import { seedAppendix } from '../tests/helpers/forms2008';
import { seedReport } from '../tests/helpers/search';

process.env.NIANBAO_OCR_QUIET = '1';
// --pictures: tables pasted as pictures (DOCX, HTML, text PDF) and a page scanned on its side instead (bench-ocr-pictures.ts).
if (process.argv.includes('--pictures')) {
	await (await import('./bench-ocr-pictures')).benchPictures();
	process.exit(0);
}
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`bench:ocr on ${cpus().length} cores, load average ${load()} (the machine is shared: figures rise with it)`);

const { before, header, rows } = seedAppendix();
const fixtures = [
	{ name: '2019 model (2 pages)', file: 'shili-2023.pdf', paper: await paperPdf(modelPaper(MODEL), { text: MODEL.agency }), angle: 1.5 },
	{ name: '2008 appendix page', file: 'hengyang-guotu-2018.pdf', paper: await paperPdf([...before.slice(0, 3).map((text) => ({ text })), { text: '一、概述' }, { text: '本年度政府信息公开工作情况见下表。' }, { text: '二、政府信息公开情况统计表' }, { rows: [header, ...rows], widths: [330, 90, 89] }]), angle: -1 }
];

/** The paper's own text of page p (its text layer), the truth the engines are measured against. */
const truth = (paper: Uint8Array, p: number) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-', '-'], { input: paper, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });

/** F1 of the characters recognised against the characters printed, as multisets (spaces aside). */
function charF1(read: string, printed: string): number {
	const count = (s: string) => [...s.replace(/\s/g, '')].reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
	const [a, b] = [count(read), count(printed)];
	let common = 0;
	for (const [c, n] of a) common += Math.min(n, b.get(c) ?? 0);
	const [na, nb] = [[...a.values()].reduce((x, y) => x + y, 0), [...b.values()].reduce((x, y) => x + y, 0)];
	return na && nb ? (2 * common) / (na + nb) : 0;
}

/** Page p as the reader prepares it for recognition. */
function cleanPage(scan: Uint8Array, p: number): Grey {
	let grey = greyOfPnm(execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(p), '-l', String(p), '-'], { input: scan, maxBuffer: 1 << 30 }));
	grey = turned(grey, skewOf(inkOf(grey)));
	const ink = inkOf(grey);
	return pagePictures(grey, ink, findGrids(ink, ruleInk(grey))).page;
}

const require = createRequire(import.meta.url);
type Worker = { recognize: (img: Buffer) => Promise<{ data: { text: string } }>; terminate: () => Promise<unknown> };
async function tesseractJs(): Promise<Worker | null> {
	try {
		const { createWorker } = require('tesseract.js');
		const langPath = join(require.resolve('@tesseract.js-data/chi_sim/package.json'), '..', '4.0.0_best_int');
		return await createWorker('chi_sim', 1, { langPath, gzip: true, cacheMethod: 'none' });
	} catch (e) {
		console.log(`tesseract.js: not measured (${(e as Error).message.split('\n')[0]}); npm i --no-save tesseract.js @tesseract.js-data/chi_sim`);
		return null;
	}
}

const engines: { name: string; read: (g: Grey) => Promise<string>; secs: number[]; f1: number[] }[] = [
	{ name: `Debian ${engineVersion()} (command, 1 thread)`, read: async (g) => (await recognise(g, { psm: 3 })).map((w) => w.text).join(''), secs: [], f1: [] }
];
const worker = await tesseractJs();
if (worker) {
	const rgb = (g: Grey) => ({ width: g.width, height: g.height, data: Uint8Array.from({ length: g.data.length * 3 }, (_, i) => g.data[Math.floor(i / 3)]) });
	engines.push({ name: 'tesseract.js 7 (wasm, 1 worker)', read: async (g) => (await worker.recognize(Buffer.from(encodePng(rgb(g))))).data.text, secs: [], f1: [] });
}

/** A PDF's number of pages, as poppler's pdfinfo gives it. */
const pageCount = (pdf: Uint8Array) => Number(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);

/** The scans the reader is run on; a 2019 one is scored against `golden` (the model's own, unless given). */
const scans: { name: string; file: string; bytes: Uint8Array; pages: number; paper: Uint8Array; golden?: Golden }[] = [];
for (const f of fixtures) {
	const bytes = await scanPdf(f.paper, { angle: f.angle, noise: 0.002 });
	const pages = pageCount(bytes);
	scans.push({ ...f, bytes, pages });
	for (let p = 1; p <= pages; p++) {
		const page = cleanPage(bytes, p);
		const printed = truth(f.paper, p);
		for (const e of engines) {
			const t = performance.now();
			const text = await e.read(page);
			e.secs.push((performance.now() - t) / 1000);
			e.f1.push(charF1(text, printed));
			console.log(`  ${f.name} p.${p}  ${e.name}: ${e.secs.at(-1)!.toFixed(1)} s, characters F1 ${(100 * e.f1.at(-1)!).toFixed(1)}%  (load ${load()})`);
		}
	}
}
await worker?.terminate();
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log('\nengine                                   s/page   characters F1');
for (const e of engines) console.log(`${e.name.padEnd(40)} ${mean(e.secs).toFixed(1).padStart(6)}   ${(100 * mean(e.f1)).toFixed(1)}%`);

/** Cells of a parse against the text form: read right, unread (null), wrong. */
function score(name: string, report: Report, golden: Golden = MODEL.golden): { right: number; unread: number; wrong: string[] } {
	if (name.startsWith('2019')) {
		const cells = compareCells(report, golden);
		return { right: cells.filter((c) => c.actual === c.expected).length, unread: cells.filter((c) => c.actual === null || c.actual === undefined).length, wrong: cells.filter((c) => c.actual != null && c.actual !== c.expected).map((c) => c.where) };
	}
	const expected = new Map(seedReport().tables.flatMap((t) => t.rows.filter((r) => !r.header).map((r) => [[...r.path, r.label].join('/'), r.values[0]] as const)));
	const got = new Map(report.tables.flatMap((t) => t.rows.filter((r) => !r.header).map((r) => [[...r.path, r.label].join('/'), r.values[0]] as const)));
	const labels = [...expected.keys()];
	return { right: labels.filter((l) => got.get(l) === expected.get(l)).length, unread: labels.filter((l) => got.get(l) == null).length, wrong: labels.filter((l) => got.get(l) != null && got.get(l) !== expected.get(l)) };
}

// 表三 as Word merges the template (group labels down their rows, 法人或其他组织 over its columns), scanned the same way.
{
	const paper = await paperPdf(modelPaper(MODEL, { merged: true }), { text: MODEL.agency });
	const bytes = await scanPdf(paper, { angle: 1.5, noise: 0.002 });
	scans.push({ name: '2019 model, 表三 merged as Word lays it', file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// The model as agencies set it (三号 body, 五号 tables: 表三 over a page break; page numbers), at 200 dpi and as JPEG at 150.
// And set in a serif face (Noto Serif CJK, 宋体-like, serif digits), as many reports' tables are; and in 楷体
// (AR PL UKai, brush strokes, as official documents set headings and at times whole pages), where installed.
const kai = existsSync(KAI_FILE) ? kaiCN() : null;
if (!kai) console.log(`楷体 rows not measured: ${KAI_FILE} not found (apt-get install fonts-arphic-ukai)`);
const faces = [['200 dpi', {}, 'sans'], ['150 dpi JPEG q60', { dpi: 150, jpeg: 60 }, 'sans'], ['serif, 150 dpi JPEG q60', { dpi: 150, jpeg: 60 }, 'serif'], ['楷体, 200 dpi', {}, 'kai'], ['楷体, 150 dpi JPEG q60', { dpi: 150, jpeg: 60 }, 'kai']] as const;
for (const [name, options, face] of faces) {
	if (face === 'kai' && !kai) continue;
	const paper = await paperPdf(modelPaper(MODEL, { official: true }), { text: MODEL.agency }, { folios: true, serif: face === 'serif', ...(face === 'kai' && kai ? { font: kai } : {}) });
	const bytes = await scanPdf(paper, { angle: 1, noise: 0.002, ...options });
	scans.push({ name: `2019 model as agencies set it (3 pages), ${name}`, file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// 表三's header printed again on the page it runs onto (Word's 重复标题行).
{
	const paper = await paperPdf(modelPaper(MODEL, { official: true, repeat: true }), { text: MODEL.agency }, { folios: true });
	const bytes = await scanPdf(paper, { angle: 1, noise: 0.002 });
	scans.push({ name: "2019 model as agencies set it, 表三's header repeated, 200 dpi", file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// A scan another program made searchable: its OCR laid over the pictures as invisible text, 表三's 0s read as 8 in it (not taken).
{
	const paper = await paperPdf(modelPaper(MODEL), { text: MODEL.agency });
	const bytes = await searchableScan(await scanPdf(paper, { angle: 1.5, noise: 0.002 }), await renderTypesetPdf(misreadModel(MODEL)));
	scans.push({ name: '2019 model made searchable (hidden OCR text, its 0s read as 8)', file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// The model with other numbers (seeded: hundreds in 表三, thousands in 表二, a fee of 1.5 万元), at 200 dpi and 150 dpi JPEG.
for (const [name, options] of [['200 dpi', {}], ['150 dpi JPEG q60', { dpi: 150, jpeg: 60 }]] as const) {
	const paper = await paperPdf(modelPaper(randomModel(MODEL, 11)), { text: MODEL.agency });
	const bytes = await scanPdf(paper, { angle: 1.2, noise: 0.002, ...options });
	scans.push({ name: `2019 model with other numbers (seed 11), ${name}`, file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes), golden: randomModel(MODEL, 11).golden });
}
// Other numbers set as agencies set it, at 150 dpi JPEG: 表三's narrow cells wrap a number of three digits (201 as 20 over 1).
{
	const model = randomModel(MODEL, 19);
	const paper = await paperPdf(modelPaper(model, { official: true }), { text: MODEL.agency }, { folios: true });
	const bytes = await scanPdf(paper, { angle: 0.8, noise: 0.002, dpi: 150, jpeg: 60 });
	scans.push({ name: '2019 model with other numbers (seed 19) as agencies set it, numbers wrapped in their cells, 150 dpi JPEG q60', file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes), golden: model.golden });
}
// Tables as Word and spreadsheets print them, on a page lit unevenly (darker to the right, the scanner's
// dark lid down its left edge): Word's default half-point rulings with header rows shaded grey (25%
// shading), or rulings pale grey (a spreadsheet's grid).
for (const [name, look] of [['half-point rulings, header rows shaded', { shade: 0.75, weight: 0.5 }], ['rulings pale grey', { rule: 0.8 }]] as const) {
	const paper = await paperPdf(modelPaper(MODEL).map((b) => ('rows' in b ? { ...b, look } : b)), { text: MODEL.agency });
	const bytes = await scanPdf(paper, { angle: 1.5, noise: 0.002, light: { falloff: 0.7, edge: 14 } });
	scans.push({ name: `2019 model, ${name}, lit unevenly`, file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// A sheet that did not lie flat on the glass (its middle 3 pt off the line through its edges), 表三 merged, scanned turned 1°.
{
	const paper = await paperPdf(modelPaper(MODEL, { merged: true }), { text: MODEL.agency });
	const bytes = await scanPdf(paper, { angle: 1, noise: 0.002, bow: 3 });
	scans.push({ name: '2019 model, 表三 merged, the sheet bowed 3 pt, turned 1°', file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// Scanned black and white (one bit a pixel, as copiers scan), the seal left off (black ink in black and white, stamped here beside the title).
{
	const paper = await paperPdf(modelPaper(MODEL));
	const bytes = await scanPdf(paper, { angle: 1.5, noise: 0.002, bilevel: 128 });
	scans.push({ name: '2019 model, black and white (1 bit), 200 dpi', file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// Posted small (sites cap a file's size): 100 dpi, JPEG q60, each speck of dust three pixels wide once rendered at 300.
{
	const paper = await paperPdf(modelPaper(MODEL), { text: MODEL.agency });
	const bytes = await scanPdf(paper, { angle: 0.6, noise: 0.001, dpi: 100, jpeg: 60 });
	scans.push({ name: '2019 model, 100 dpi JPEG q60', file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// Out of focus (a scanner's soft optics, a copy of a copy): blurred by a Gaussian of about 1.2 pixels at 200 dpi.
{
	const paper = await paperPdf(modelPaper(MODEL), { text: MODEL.agency });
	const bytes = await scanPdf(paper, { angle: 0.7, noise: 0.002, blur: 1 });
	scans.push({ name: '2019 model, out of focus (blur 1), 200 dpi', file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
	// Softer still: the same blur on a page scanned at 150 dpi and stored as JPEG (its strokes ran together at the threshold).
	const softer = await scanPdf(paper, { angle: 0.7, noise: 0.002, blur: 1, dpi: 150, jpeg: 60 });
	scans.push({ name: '2019 model, out of focus (blur 1), 150 dpi JPEG q60', file: 'shili-2023.pdf', paper, bytes: softer, pages: pageCount(softer) });
}
// Fed in crooked: 7° off, and 9° the other way (the corner of 表三's second page outside the scan, its rows' last rulings with it).
for (const angle of [7, -9]) {
	const paper = await paperPdf(modelPaper(MODEL), { text: MODEL.agency });
	const bytes = await scanPdf(paper, { angle, noise: 0.002 });
	scans.push({ name: `2019 model fed in crooked, turned ${angle}°, 200 dpi`, file: 'shili-2023.pdf', paper, bytes, pages: pageCount(bytes) });
}
// The 2008 appendix printed without rulings: its table found by its columns' alignment (ocr/aligned.ts).
{
	const paper = await paperPdf([...before.slice(0, 3).map((text) => ({ text })), { text: '一、概述' }, { text: '本年度政府信息公开工作情况见下表。' }, { text: '二、政府信息公开情况统计表' }, { rows: [header, ...rows], widths: [330, 90, 89], bare: true }]);
	const bytes = await scanPdf(paper, { angle: -1, noise: 0.002 });
	scans.push({ name: '2008 appendix page without rulings', file: 'hengyang-guotu-2018.pdf', paper, bytes, pages: pageCount(bytes) });
}
// The same papers as most scanners store them: 150 dpi, JPEG of quality 60 (grey speckle and ringing around strokes).
for (const f of fixtures) {
	const bytes = await scanPdf(f.paper, { angle: f.angle, noise: 0.002, dpi: 150, jpeg: 60 });
	const pages = pageCount(bytes);
	scans.push({ ...f, name: `${f.name}, 150 dpi JPEG q60`, bytes, pages });
}

console.log('\nthe reader (parseFile: render, clean, grid, page + two digit passes, digit shapes, verify), 2 pages at a time:');
const cache = mkdtempSync(join(tmpdir(), 'nianbao-bench-ocr-'));
process.env.NIANBAO_CACHE_DIR = cache;
try {
	for (const s of scans) {
		let t = performance.now();
		const { report } = await parseFile(s.bytes, s.file);
		const cold = (performance.now() - t) / 1000;
		t = performance.now();
		await parseFile(s.bytes, s.file);
		const warm = (performance.now() - t) / 1000;
		const { right, unread, wrong } = score(s.name, report, s.golden);
		const total = right + unread + wrong.length;
		console.log(`  ${s.name}: ${(cold / s.pages).toFixed(1)} s/page from an empty cache, ${warm.toFixed(2)} s the whole report from the cache; cells ${right}/${total} read (${((100 * right) / total).toFixed(1)}%), ${unread} unread, ${wrong.length} wrong${wrong.length ? ` (${wrong.join(', ')})` : ''}  (load ${load()})`);
	}
} finally {
	rmSync(cache, { recursive: true, force: true });
}
