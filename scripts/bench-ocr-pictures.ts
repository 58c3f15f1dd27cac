/**
 * npm run bench:ocr -- --pictures — tables pasted as pictures and a page scanned on its side, read by the
 * whole reader (parseFile), each from an empty OCR cache, at two resolutions of the picture (300 and 200
 * dpi: a screenshot of a page-wide table at 200 dpi is about 1,400 pixels across).
 *
 * The fixtures are made up (tests/fixtures/template2019/model.ts, as the tests make them): 表三 typeset and
 * ruled by pdf-lib, rasterised by poppler, cropped to its ink, then pasted into a DOCX and a DOC, beside an HTML page
 * (file and data: URI) and onto a text PDF page; and the whole report scanned with its pages on their side.
 * Then a page with 表三 as a small JPEG screenshot (140 to 72 dpi, quality 60 and 30; sans and serif), as web pages keep them,
 * and the whole report posted as pictures of its scanned pages (a web page, one laid out in tables, a DOCX, a DOC);
 * 表三 as a spreadsheet's screenshot, a text PDF whose tables are all pictures, and 表三 pasted as a metafile.
 * Printed per case: 表三's 175 values read right, left unread, wrong (wrong must be 0), seconds per picture.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from '../src/lib/parse';
import type { Report } from '../src/lib/types';
import { compareCells } from './golden/compare';
import { MODEL } from '../tests/fixtures/template2019/model';
import { renderDocx, renderHtml } from '../tests/helpers/forms';
import { paperPdf, scanPdf, type PaperBlock } from '../tests/helpers/forms-scan';
import { modelPaper } from '../tests/helpers/model-paper';
import { modelPaperWithT3Picture, pageJpeg, png, spreadsheetBlock, t3Block, tablePicture } from '../tests/helpers/forms-pictures';
import { pageJpegs, pagePicturesDocx, pagePicturesHtml } from '../tests/helpers/page-pictures';
import { renderDoc } from '../tests/helpers/forms-doc';
import { writeDoc } from '../tests/helpers/doc-writer';
import { emfTable, wmfTable } from '../tests/helpers/metafile-writer';

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const encode = (s: string) => new TextEncoder().encode(s);

/** The model's cells (all of them, or 表三's) against a report: right, unread, wrong. */
function score(report: Report, only?: string) {
	const cells = compareCells(report, MODEL.golden).filter((c) => !only || c.where.startsWith(only));
	const wrong = cells.filter((c) => c.actual != null && c.actual !== c.expected).map((c) => c.where);
	return { right: cells.filter((c) => c.actual === c.expected).length, unread: cells.filter((c) => c.actual == null).length, wrong, total: cells.length };
}

/** One case from an empty OCR cache: its file made, parsed, scored, timed per picture (or page). */
async function run(name: string, file: string, bytes: Uint8Array, pictures: number, only?: string, unit = only ? 'picture' : 'page') {
	const cache = mkdtempSync(join(tmpdir(), 'nianbao-bench-pictures-'));
	process.env.NIANBAO_CACHE_DIR = cache;
	try {
		const t = performance.now();
		const { report } = await parseFile(bytes, file);
		const secs = (performance.now() - t) / 1000 / pictures;
		const s = score(report, only);
		console.log(`  ${name.padEnd(34)} ${`${s.right}/${s.total}`.padStart(7)} read  ${String(s.unread).padStart(3)} unread  ${String(s.wrong.length).padStart(2)} wrong  ${secs.toFixed(1).padStart(5)} s/${unit}${s.wrong.length ? `  (${s.wrong.join(', ')})` : ''}  (load ${load()})`);
	} finally {
		rmSync(cache, { recursive: true, force: true });
	}
}

export async function benchPictures() {
	process.env.NIANBAO_OCR_QUIET = '1';
	console.log(`bench:ocr --pictures, load average ${load()} (the machine is shared: seconds rise with it)`);
	console.log('  case                                  values         unread  wrong  time');
	const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-pages-'));
	try {
		for (const dpi of [300, 200]) {
			console.log(`表三 as a picture at ${dpi} dpi (175 values):`);
			const t3 = await tablePicture([t3Block(MODEL)], dpi);
			const t3png = png(t3);
			writeFileSync(join(dir, 't3.png'), t3png);
			await run(`DOCX (word/media) ${t3.width}×${t3.height}`, join(dir, 'shili-2023.docx'), await renderDocx(MODEL, { picture: t3png, width: t3.width, height: t3.height }), 1, '表三');
			await run('DOC (Data stream), inline PNG', join(dir, 'shili-2023.doc'), renderDoc(MODEL, { bytes: t3png, type: 'png' }), 1, '表三');
			await run('HTML, <img> file beside the page', join(dir, 'shili-2023.html'), encode(renderHtml(MODEL, 't3.png')), 1, '表三');
			await run('HTML, data: URI', join(dir, 'shili-2023.html'), encode(renderHtml(MODEL, `data:image/png;base64,${Buffer.from(t3png).toString('base64')}`)), 1, '表三');
			await run('text PDF, table as an image', 'shili-2023.pdf', await paperPdf(modelPaperWithT3Picture(MODEL, t3png)), 1, '表三');
			console.log(`the whole report scanned at ${dpi} dpi, pages on their side (90°), 200 values:`);
			await run('scanned PDF turned 90°, 2 pages', 'shili-2023.pdf', await scanPdf(await paperPdf(modelPaper(MODEL), { text: MODEL.agency }), { sideways: true, dpi, angle: 0.5, noise: 0.001 }), 2);
		}
		// A spreadsheet's screenshot: column letters, row numbers, pale gridlines cut at the picture's edges.
		console.log('表三 as a screenshot of a spreadsheet (175 values):');
		for (const dpi of [140, 96]) {
			const sheet = png(await tablePicture([spreadsheetBlock(t3Block(MODEL))], dpi));
			await run(`HTML, data: URI, ${dpi} dpi`, join(dir, 'shili-2023.html'), encode(renderHtml(MODEL, `data:image/png;base64,${Buffer.from(sheet).toString('base64')}`)), 1, '表三');
		}
		// The issue's own example: a text PDF whose three tables are pictures, 表二's blocks and 表四 each pasted alone.
		console.log('a text PDF whose tables are all pictures at 200 dpi (200 values):');
		const pictured: PaperBlock[] = [];
		for (const b of modelPaper(MODEL)) {
			const pic = 'rows' in b ? await tablePicture([b], 200) : null;
			pictured.push(pic ? { png: png(pic), width: Math.min(509, (pic.width * 72) / 200) } : b);
		}
		await run('text PDF, 表二 ×4, 表三, 表四 pictures', 'shili-2023.pdf', await paperPdf(pictured, { text: MODEL.agency }), 6, undefined, 'picture');
		// A table copied from Excel or Word as a picture is a metafile: its text records are read, no OCR.
		console.log('表三 pasted as a metafile (175 values; no OCR):');
		const { rows, widths } = t3Block(MODEL) as { rows: string[][]; widths: number[] };
		await run('DOCX (word/media), EMF', join(dir, 'shili-2023.docx'), await renderDocx(MODEL, { picture: emfTable(rows, widths), width: 509, height: 700 }), 1, '表三');
		await run('DOC (Data stream), EMF, compressed', join(dir, 'shili-2023.doc'), renderDoc(MODEL, { bytes: emfTable(rows, widths), type: 'emf' }), 1, '表三');
		await run('DOC (Data stream), WMF, compressed', join(dir, 'shili-2023.doc'), renderDoc(MODEL, { bytes: wmfTable(rows, widths), type: 'wmf' }), 1, '表三');
		// Screenshots as web pages keep them: a page with 表三 at screen resolutions, stored as JPEG.
		console.log('表三 on a page as a small JPEG screenshot (175 values):');
		for (const serif of [false, true])
			for (const [dpi, quality] of [[140, 60], [96, 60], [96, 30], [80, 60], [72, 60]]) {
				const jpeg = await pageJpeg([t3Block(MODEL)], dpi, quality, { serif });
				await run(`HTML, data: URI, ${serif ? 'serif, ' : ''}${dpi} dpi JPEG q${quality}`, join(dir, 'shili-2023.html'), encode(renderHtml(MODEL, `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`)), 1, '表三');
			}
		// The report posted as pictures of its scanned pages, as many sites and Word files post the stamped scan.
		console.log('the whole report as pictures of its scanned pages, 150 dpi JPEG q60 (200 values):');
		const jpegs = pageJpegs(await scanPdf(await paperPdf(modelPaper(MODEL), { text: MODEL.agency }), { angle: 0.7, noise: 0.002 }), 150, 60);
		jpegs.forEach((j, i) => writeFileSync(join(dir, `p${i + 1}.jpg`), j));
		const title = `${MODEL.agency}${MODEL.title}`;
		await run('HTML, the pages under its title', join(dir, 'shili-2023.html'), encode(pagePicturesHtml(title, jpegs.map((_, i) => `p${i + 1}.jpg`))), jpegs.length);
		await run('DOCX, the pages one a paragraph', join(dir, 'shili-2023.docx'), await pagePicturesDocx(title, jpegs, 1240, 1754), jpegs.length);
		await run('DOC, the pages one a paragraph', join(dir, 'shili-2023.doc'), writeDoc([{ paragraph: title }, ...jpegs.map((picture) => ({ picture, type: 'jpeg' as const }))]), jpegs.length);
		await run('HTML laid out in tables (old CMS)', join(dir, 'shili-2023.html'), encode(pagePicturesHtml(title, jpegs.map((_, i) => `p${i + 1}.jpg`), { tables: true })), jpegs.length);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
