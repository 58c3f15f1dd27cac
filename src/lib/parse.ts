/**
 * The whole parse, as the build and `npm run parse` use it: ingestion (src/lib/ingest, pure: bytes →
 * lines → outline and template-placed tables), then enrichment (src/lib/indicators/assign.ts: keys and
 * checks). Data flows one way; ingest never imports indicators.
 */
import type { Problem, Report } from './types';
import { ingestFile, ingestText } from './ingest';
import { enrich } from './indicators/assign';
import { verifyOcr } from './ingest/forms/ocr/verify';
import type { Ingested } from './ingest';

export { ParseError } from './ingest';

export interface ParseResult {
	report: Report;
	/** The report's problems (the same list as report.problems). */
	problems: Problem[];
	/** The text the parser read, which the site publishes as source.txt. */
	text: string;
}

/**
 * Keys and checks; for a report read by OCR, then only the values the checks or a high confidence confirm
 * (ingest/forms/ocr/verify.ts), and the checks again over what stays.
 */
function done({ report, text, ocr }: Ingested): ParseResult {
	enrich(report);
	if (ocr) {
		for (const p of verifyOcr(report, ocr)) report.problems.push(p);
		enrich(report);
	}
	return { report, problems: report.problems, text };
}

/** A report given as text, Markdown or HTML (bytes or a string). Throws ParseError on input it cannot use. */
export function parseReport(input: Uint8Array | string, file: string): ParseResult {
	return done(ingestText(input, file));
}

/** A report file in any form (PDF, DOCX, DOC, HTML, Markdown, text). */
export async function parseFile(bytes: Uint8Array, file: string): Promise<ParseResult> {
	return done(await ingestFile(bytes, file));
}
