import type { Report, ReportFormat } from '../types';
import { ParseError } from './errors';
import { decodeReport } from './decode';
import { normalizeText, squeezeCjkSpaces } from './normalize';
import { looksLikeHtml, readHtml } from './html';
import type { SourceLine } from './source';
import { buildReport } from './build';

export { ParseError } from './errors';
export { decodeReport } from './decode';
export type { SourceLine } from './source';

export interface ParseResult {
	report: Report;
	/** Things the parser could not read with confidence; the report is still usable. */
	problems: string[];
	/** For HTML: the article's text as read (what source.txt publishes). */
	text?: string;
}

/**
 * Parses one report given as text or HTML (bytes or a string). `file` is the name used in messages
 * and, without its extension, the report id. Throws ParseError (one line, naming the file) on input
 * it cannot use at all. PDFs are read by parsePdf (pdf.ts), which is asynchronous.
 */
export function parseReport(input: Uint8Array | string, file: string): ParseResult {
	const raw = typeof input === 'string' ? input : decodeReport(input, file);
	if (raw.trim() === '') throw new ParseError(file, 'empty file');
	const text = normalizeText(raw);
	if (looksLikeHtml(text) || /\.html?$/i.test(file)) {
		const { lines, hints } = readHtml(text);
		const article = lines.map((l) => l.text).join('\n');
		return { ...buildReport(lines.map(normalizeLine), hints, detectFormat(article), file), text: article };
	}
	const lines: SourceLine[] = text.split('\n').map((t) => ({ text: t }));
	return buildReport(lines, { dropped: [], brokenLines: true }, detectFormat(text), file);
}

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

/**
 * Parses a report file in any form: PDF (detected by its %PDF- signature), HTML or text. Returns
 * the text the parser read as well, which the site publishes as source.txt.
 */
export async function parseFile(bytes: Uint8Array, file: string): Promise<ParseResult & { text: string }> {
	if (!isPdf(bytes)) {
		const raw = decodeReport(bytes, file);
		const result = parseReport(raw, file);
		return { ...result, text: result.text ?? raw };
	}
	const { readPdf } = await import('./pdf');
	let lines: SourceLine[];
	try {
		lines = await readPdf(bytes);
	} catch (e) {
		throw new ParseError(file, `not a readable PDF (${(e as Error).message.split('\n')[0]})`);
	}
	if (lines.length === 0) throw new ParseError(file, 'PDF has no text layer (a scanned image?); nothing to read');
	const text = lines.map((l) => l.text).join('\n');
	return { ...buildReport(lines.map(normalizeLine), { dropped: [], brokenLines: true }, detectFormat(text), file), text };
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
