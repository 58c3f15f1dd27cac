import type { Problem } from '../types';

/**
 * What every input form (text, HTML, PDF) is turned into before parsing: lines in reading order.
 * A line read from an HTML or PDF table row also carries its cells, so blank cells keep their place.
 */
export interface SourceLine {
	text: string;
	/** Cell texts of a table row, in order; "" is a blank cell (UNREAD_CELL one a reader could not read). */
	cells?: string[];
	/** The 1-based line of source.txt this line was read from, where it could be found there (source-lines.ts). */
	line?: number;
	/** For a PDF: the 1-based page the line stands on. */
	page?: number;
}

/** Metadata an input form states outside the text (an HTML page's 发布日期/公开日期 box, its <title>). */
export interface SourceHints {
	published?: string;
	agency?: string;
	title?: string;
	/** Lines of site chrome removed while reading the page (navigation, metadata box, footer). */
	dropped: string[];
	/** Whether lines may be broken mid-sentence (PDF text) and should be joined into paragraphs. */
	brokenLines?: boolean;
	/** What reading the form found wrong (bytes replaced, …): becomes part of the report's problems. */
	problems?: Problem[];
	/** Whether pages were read by OCR: their headings may be misread past finding, and the text is kept without them. */
	ocr?: boolean;
}
