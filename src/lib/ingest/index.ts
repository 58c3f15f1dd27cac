import type { Problem, Report, ReportFormat } from '../types';
import { ParseError } from './errors';
import { decodeReport } from './decode';
import { normalizeText, squeezeCjkSpaces } from './normalize';
import { looksLikeHtml, readHtml } from './html';
import { looksLikeMarkdown, readMarkdown } from './markdown';
import { boxTablesAsGrid } from './box-tables';
import { looksCollapsed, readCollapsed } from './collapsed';
import type { SourceHints, SourceLine } from './source';
import { buildReport } from './build';
import { unwrapCrawlerRecord } from './crawler-record';
import type { OcrReading } from './ocr';

export { ParseError } from './errors';
export { decodeReport } from './decode';
export type { SourceLine } from './source';

/**
 * Pure ingestion: bytes in any supported form → lines → outline and template-placed tables. The
 * report has no keys and no checks yet: src/lib/parse.ts adds them (indicators/assign.ts, enrich).
 */
export interface Ingested {
	report: Report;
	/** The text the parser read (what source.txt publishes): the file's text, or the article of a page or document. */
	text: string;
	/** Values read by OCR with their confidence, for ocr-verify.ts to publish only what is confirmed. */
	ocr?: OcrReading[];
}

/** Text, Markdown or an HTML page, as bytes (decoded here) or as a string. */
export function ingestText(input: Uint8Array | string, file: string, warnings: Problem[] = []): Ingested {
	const decoded = typeof input === 'string' ? { text: input, warnings: [] as Problem[] } : decodeReport(input, file);
	const problems = [...warnings, ...decoded.warnings];
	const raw = decoded.text;
	if (raw.trim() === '') throw new ParseError(file, 'empty file');
	// A crawler's JSON or CSV record of the page: its fields become a header block before the body.
	const text = normalizeText(unwrapCrawlerRecord(raw) ?? raw);
	// A .md file is Markdown even when a converter opened it with a <div> wrapper, unless it is a whole page.
	const md = /\.(md|markdown)$/i.test(file);
	if ((md ? /^\s*(<!doctype html|<html)/i.test(text) : looksLikeHtml(text)) || /\.html?$/i.test(file)) {
		const { lines, hints } = readHtml(text);
		const article = lines.map((l) => l.text).join('\n');
		return { report: fromLines(lines.map(normalizeLine), { ...hints, problems }, file), text: article };
	}
	// Tables drawn in box-drawing characters (w3m) are grid tables, which the Markdown reader reads. A .md
	// file whose text a crawler collapsed onto a line or two is read as collapsed text; a table a converter
	// wrote as HTML on one line (MinerU) is no such line.
	const markdown = boxTablesAsGrid(text) ?? (looksLikeMarkdown(text) || (md && (/<table\b/i.test(text) || !looksCollapsed(text))) ? text : null);
	if (markdown !== null) {
		const { lines, dropped } = readMarkdown(markdown);
		return { report: fromLines(lines, { dropped, brokenLines: true, problems }, file), text: raw };
	}
	if (looksCollapsed(text)) {
		const collapsed = readCollapsed(text);
		return { report: fromLines(collapsed.lines, { dropped: collapsed.dropped, brokenLines: true, problems: [...problems, ...collapsed.problems] }, file), text: raw };
	}
	const lines: SourceLine[] = text.split('\n').map((t) => ({ text: t }));
	return { report: fromLines(lines, { dropped: [], brokenLines: true, problems }, file), text: raw };
}

function fromLines(lines: SourceLine[], hints: SourceHints, file: string): Report {
	return buildReport(lines, hints, detectFormat(lines.map((l) => l.text).join('\n')), file);
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A report file in any form, told by its content: PDF (%PDF-), DOCX (a zip: mammoth turns it into HTML),
 * legacy DOC (an OLE compound file: word-extractor gives its text), else HTML, Markdown or text.
 */
export async function ingestFile(bytes: Uint8Array, file: string): Promise<Ingested> {
	if (startsWith(bytes, ZIP)) {
		const { docxToHtml } = await import('./docx');
		const { html, warnings } = await docxToHtml(bytes, file);
		return ingestText(html, file.replace(/\.docx$/i, '.html'), warnings);
	}
	if (startsWith(bytes, OLE)) {
		const { docText } = await import('./doc');
		return ingestText(await docText(bytes, file), file);
	}
	if (!startsWith(bytes, PDF)) return ingestText(bytes, file);
	const { readPdf } = await import('./pdf');
	const { OcrSession } = await import('./ocr');
	const ocr = new OcrSession(bytes, file);
	let lines: SourceLine[];
	let dropped: string[];
	try {
		({ lines, dropped } = await readPdf(bytes, (p, of) => ocr.page(p, of)));
	} catch (e) {
		const message = (e as Error).message.split('\n')[0];
		throw new ParseError(file, message.startsWith('nianbao ocr:') ? message.slice('nianbao '.length) : `not a readable PDF (${message})`);
	}
	if (lines.length === 0) throw new ParseError(file, ocr.pages ? 'OCR found no text on its pages (blank scans?); nothing to read' : 'PDF has no text layer and no page with ink to read by OCR; nothing to read');
	const text = lines.map((l) => l.text).join('\n');
	const report = fromLines(lines.map(normalizeLine), { dropped, brokenLines: true }, file);
	if (!ocr.pages) return { report, text };
	// A table with a row read from a picture is marked as read by OCR (识别); a table on a text page is not.
	const rows = new Set(ocr.rows.map((r) => normalizeText(r)));
	for (const t of report.tables) if (t.source.split('\n').some((l) => rows.has(l))) t.ocr = true;
	return { report, text, ocr: ocr.readings };
}

/** Lines from HTML and PDF go through the same canonical form as text files. */
export function normalizeLine(line: SourceLine): SourceLine {
	const text = normalizeText(line.text);
	return line.cells ? { text, cells: line.cells.map((c) => squeezeCjkSpaces(normalizeText(c))) } : { text };
}

/** The 2019 regulation's template names its tables by article 20 and counts 新收 applications. */
export function detectFormat(text: string): ReportFormat {
	return /第二十条第|本年新收政府信息公开申请数量|结转下年度继续办理/.test(text.replace(/\s/g, '')) ? '2019' : '2008';
}
