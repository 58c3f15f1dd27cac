import iconv from 'iconv-lite';
import { parseFile } from '../../src/lib/parse';

/**
 * Other forms of a corpus report, made at run time from its file (never committed): the same report as
 * people also receive it. Each variant keeps every character of the report; only the form changes.
 */
export interface Variant {
	name: string;
	/** File name to parse it under (the extension tells the form). */
	file: (base: string) => string;
	make: (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf8 = (s: string) => new TextEncoder().encode(s);
const fullWidth = (s: string) => s.replace(/[0-9()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const TEXT_VARIANTS: Variant[] = [
	{ name: 'GB18030, CRLF', file: (b) => `${b}.txt`, make: (b) => new Uint8Array(iconv.encode(text(b).replace(/\n/g, '\r\n'), 'gb18030')) },
	{ name: 'UTF-16 LE with BOM', file: (b) => `${b}.txt`, make: (b) => new Uint8Array(iconv.encode(text(b), 'utf16-le', { addBOM: true })) },
	{ name: 'full-width digits and brackets', file: (b) => `${b}.txt`, make: (b) => utf8(fullWidth(text(b))) },
	{ name: 'tabs between values', file: (b) => `${b}.txt`, make: (b) => utf8(text(b).replace(/(?<=\d) (?=\d)/g, '\t')) },
	{ name: 'bars between values', file: (b) => `${b}.txt`, make: (b) => utf8(text(b).replace(/(?<=\d) (?=\d)/g, ' | ')) }
];

export const HTML_VARIANTS: Variant[] = [
	{ name: 'UTF-16 LE with BOM', file: (b) => `${b}.html`, make: (b) => new Uint8Array(iconv.encode(text(b), 'utf16-le', { addBOM: true })) },
	{ name: 'zero-width spaces in the title', file: (b) => `${b}.html`, make: (b) => utf8(text(b).replace(/(政府信息公开)/g, '政府\u200b信息公开')) }
];

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', ldquo: '“', rdquo: '”', mdash: '—' };
/** A page as a crawler saves its text: scripts and styles gone, every tag a space, entities decoded, whitespace collapsed. */
const crawled = (html: string) =>
	html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ')
		.replace(/&(#\d+|\w+);/g, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m)))
		.replace(/\s+/g, ' ');

/**
 * Forms that lose what the parser needs (line breaks, empty cells): not every cell can come back, so
 * these are measured for cells read and cells wrong (which must be none), each missing one named.
 */
export const LOSSY_TEXT_VARIANTS: Variant[] = [{ name: 'whitespace collapsed (one line)', file: (b) => `${b}.txt`, make: (b) => utf8(text(b).replace(/\s+/g, ' ')) }];
export const LOSSY_HTML_VARIANTS: Variant[] = [
	{ name: "crawler's text of the page (tags stripped, whitespace collapsed)", file: (b) => `${b}.txt`, make: (b) => utf8(crawled(text(b))) },
	// What the site publishes as source.txt (the article, without a title the page put outside it), collapsed.
	{ name: 'the parsed text (source.txt), whitespace collapsed', file: (b) => `${b}.txt`, make: async (b) => utf8((await parseFile(b, 'page.html')).text.replace(/\s+/g, ' ')) }
];
