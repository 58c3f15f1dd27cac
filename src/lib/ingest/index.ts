import type { Problem, Report, ReportFormat } from '../types';
import { ParseError } from './errors';
import { decodeReport } from './decode';
import { normalizeText, squeezeCjkSpaces, withoutSpaces } from '../text/normalize';
import { readHtml } from './forms/html';
import { readMarkdown } from './forms/markdown';
import { boxTablesAsGrid } from './forms/text/box-tables';
import { cutLines, readCollapsed } from './forms/text/collapsed';
import { detectBinaryForm, detectTextForm } from './forms/detect';
import { readInlineAppendix } from './tables/2008/inline';
import { cutRunTogetherTables } from './tables/2019/inline';
import type { SourceHints, SourceLine } from './source';
import { buildReport } from './report/build';
import { unwrapCrawlerRecord } from './forms/text/crawler-record';
import { takeCrawlerHeader } from './forms/text/crawler-header';
import { readTwoColumnTable } from './tables/2008/two-column-table';
import { numberLines } from './report/source-lines';
import { settleCells } from './tables/cell-states';
import type { OcrReading } from './forms/ocr';
import { pagePictures, readByOcr, readFound, withOcr, withoutRepeats, withPictureLines, type PagePictures } from './pictures';
import { PICTURE_MARK } from './forms/word/picture-mark';
import { cjkCount, THIN } from './forms/html/article';

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
	return readText(textOf(input, file, warnings), file);
}

/** A text file decoded, unwrapped from a crawler's record and header, and its form told: what every text form reads. */
function textOf(input: Uint8Array | string, file: string, warnings: Problem[]) {
	const decoded = typeof input === 'string' ? { text: input, warnings: [] as Problem[] } : decodeReport(input, file);
	const problems = [...warnings, ...decoded.warnings];
	const raw = decoded.text;
	if (raw.trim() === '') throw new ParseError(file, 'empty file');
	// A crawler's JSON or CSV record of the page: its fields become a header block before the body.
	const unwrapped = normalizeText(unwrapCrawlerRecord(raw) ?? raw);
	// A crawler's own header block (原文链接, 本地目录, ==== 正文 ====) is metadata, never the report's text.
	const header = takeCrawlerHeader(unwrapped);
	const text = header?.body ?? unwrapped;
	const fromHeader: Omit<SourceHints, 'dropped'> = {
		...(header?.title && { title: header.title }),
		...(header?.published && { published: header.published }),
		...(header?.agency && { agency: header.agency })
	};
	const form = detectTextForm(text, file);
	// A .doc's picture marks stand where its lines are read as lines; any other form reads its text without them.
	if (form === 'text' || !raw.includes(PICTURE_MARK)) return { raw, text, header, fromHeader, problems, form };
	return { raw: raw.replaceAll(PICTURE_MARK, ''), text: text.replaceAll(PICTURE_MARK, ''), header, fromHeader, problems, form };
}

/** A decoded text read in its form; an HTML page with the lines OCR read from its pictures put where they stand. */
function readText({ raw, text, header, fromHeader, problems, form }: ReturnType<typeof textOf>, file: string, pictures?: PagePictures): Ingested {
	const headerLines = header?.dropped ?? [];
	/** `source` is the text published as source.txt, where each line's number is found. */
	const read = (lines: SourceLine[], hints: SourceHints, source: string): Report => {
		const report = fromLines(lines, { ...fromHeader, ...hints, dropped: [...headerLines, ...hints.dropped] }, file, source);
		return header?.url ? { ...report, crawledUrl: header.url } : report;
	};
	switch (form) {
		case 'html': {
			const kept = pictures?.lines.some((l) => l !== null) ? withoutRepeats(pictures, readHtml(text).lines) : pictures;
			const { lines, hints } = readHtml(text, kept?.lines);
			const article = lines.map((l) => l.text).join('\n');
			const report = read(lines.map(normalizeLine), { ...hints, problems: [...problems, ...(kept?.problems ?? [])] }, article);
			return withOcr({ report, text: article }, kept);
		}
		case 'box-drawn':
		case 'markdown': {
			const { lines, dropped } = readMarkdown(form === 'box-drawn' ? boxTablesAsGrid(text) : text);
			return { report: read(lines, { dropped, brokenLines: true, problems }, raw), text: raw };
		}
		case 'collapsed': {
			const collapsed = collapsedLines(text);
			return { report: read(collapsed.lines, { dropped: collapsed.dropped, brokenLines: true, problems: [...problems, ...collapsed.problems] }, raw), text: raw };
		}
		case 'text': {
			if (pictures) {
				// A .doc's pictures (forms/word/doc.ts): their lines where their marks stand, its text as read.
				const plain = text.replaceAll(PICTURE_MARK, '');
				const kept = withoutRepeats(pictures, plain.split('\n').map((t) => ({ text: t })));
				const lines = withPictureLines(text, kept.lines).map(normalizeLine);
				const source = lines.map((l) => l.text).join('\n');
				// A document that is its title and the pictures of its pages is kept as a scan is, as a page of them is (html/article.ts).
				const inPictures = cjkCount(plain) < THIN && kept.lines.some((l, i) => l !== null && kept.byOcr[i]);
				const report = read(lines, { dropped: [], brokenLines: true, problems: [...problems, ...kept.problems], ...(inPictures && { ocr: true }) }, source);
				return withOcr({ report, text: source }, kept);
			}
			const lines: SourceLine[] = text.split('\n').map((t) => ({ text: t }));
			return { report: read(lines, { dropped: [], brokenLines: true, problems }, raw), text: raw };
		}
	}
}

/**
 * Collapsed text's tables are read from the text itself, before it is cut into lines (a line break
 * would fall inside their rows): a 2008 appendix by the template's labels, or a province's own table
 * with 年度 | 历年累计 by its header; else 表二/表三/表四 rows whose cells ran together, by the 2019
 * template's labels and sums.
 */
function collapsedLines(text: string): { lines: SourceLine[]; problems: Problem[]; dropped: string[] } {
	const { text: plain, dropped } = readCollapsed(text);
	const appendix = readInlineAppendix(plain) ?? readTwoColumnTable(plain);
	if (appendix) return { lines: [...cutLines(appendix.before), ...appendix.lines, ...cutLines(appendix.after)], problems: appendix.problems, dropped };
	const tables = cutRunTogetherTables(plain);
	return { lines: cutLines(tables.text), problems: tables.problems, dropped };
}

/** Each line is found in `source` (what source.txt publishes), so a cell's number links to its line. */
function fromLines(lines: SourceLine[], hints: SourceHints, file: string, source: string): Report {
	const report = buildReport(numberLines(lines, source), hints, detectFormat(lines.map((l) => l.text).join('\n')), file);
	return settleCells(report);
}

/**
 * A report file in any form, told by its content (forms/detect.ts): PDF, DOCX (mammoth turns it into
 * HTML), legacy DOC (word-extractor gives its text), else HTML, Markdown or text.
 */
export async function ingestFile(bytes: Uint8Array, file: string): Promise<Ingested> {
	switch (detectBinaryForm(bytes)) {
		case 'docx': {
			const { docxToHtml } = await import('./forms/word/docx');
			const { html, warnings, media } = await docxToHtml(bytes, file);
			const asHtml = file.replace(/\.docx$/i, '.html');
			try {
				const page = textOf(html, asHtml, warnings);
				return readText(page, asHtml, media.length ? await pagePictures(page.text, file, media) : undefined);
			} catch (e) {
				// Read as the HTML mammoth made of it, but a refusal names the file the user gave.
				throw e instanceof ParseError && e.file === asHtml ? new ParseError(file, e.problem) : e;
			}
		}
		case 'doc': {
			const { docContent } = await import('./forms/word/doc');
			const { text, pictures } = await docContent(bytes, file);
			const found = pictures.length ? await readFound(pictures, file) : undefined;
			return readText(textOf(found ? text : text.replaceAll(PICTURE_MARK, ''), file, []), file, found);
		}
		case 'pdf':
			return ingestPdf(bytes, file);
		case null: {
			const page = textOf(bytes, file, []);
			const pictures = page.form === 'html' && /<img\b/i.test(page.text) ? await pagePictures(page.text, file) : undefined;
			return readText(page, file, pictures);
		}
	}
}

/** A PDF: its text layer, and pages without one (scans) read by OCR (forms/ocr/). */
async function ingestPdf(bytes: Uint8Array, file: string): Promise<Ingested> {
	const { readPdf } = await import('./forms/pdf');
	const { OcrSession } = await import('./forms/ocr');
	const ocr = new OcrSession(bytes, file);
	let lines: SourceLine[];
	let dropped: string[];
	let problems: Problem[];
	try {
		({ lines, dropped, problems } = await readPdf(bytes, ocr));
	} catch (e) {
		const message = (e as Error).message.split('\n')[0];
		throw new ParseError(file, message.startsWith('nianbao ocr:') ? message.slice('nianbao '.length) : `not a readable PDF (${message})`);
	}
	if (lines.length === 0) throw new ParseError(file, ocr.pages ? 'OCR found no text on its pages (blank scans?); nothing to read' : 'PDF has no text layer and no page with ink to read by OCR; nothing to read');
	const text = lines.map((l) => l.text).join('\n');
	const report = fromLines(lines.map(normalizeLine), { dropped, brokenLines: true, problems, ocr: ocr.pages > 0 }, file, text);
	return ocr.pages ? readByOcr({ report, text }, ocr.lines, ocr.pages, ocr.readings) : { report, text };
}

/** Lines from HTML and PDF go through the same canonical form as text files. */
export function normalizeLine(line: SourceLine): SourceLine {
	const text = normalizeText(line.text);
	const page = line.page === undefined ? {} : { page: line.page };
	return line.cells ? { text, cells: line.cells.map((c) => squeezeCjkSpaces(normalizeText(c))), ...page } : { text, ...page };
}

/** The 2019 regulation's template names its tables by article 20 and counts 新收 applications. */
export function detectFormat(text: string): ReportFormat {
	return /第二十条第|本年新收政府信息公开申请数量|结转下年度继续办理/.test(withoutSpaces(text)) ? '2019' : '2008';
}
