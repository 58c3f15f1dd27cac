import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const TEXT_VARIANTS: Variant[] = [
	{ name: 'GB18030, CRLF', file: (b) => `${b}.txt`, make: (b) => new Uint8Array(iconv.encode(text(b).replace(/\n/g, '\r\n'), 'gb18030')) },
	{ name: 'UTF-16 LE with BOM', file: (b) => `${b}.txt`, make: (b) => new Uint8Array(iconv.encode(text(b), 'utf16-le', { addBOM: true })) },
	{ name: 'full-width digits and brackets', file: (b) => `${b}.txt`, make: (b) => utf8(fullWidth(text(b))) },
	{ name: 'tabs between values', file: (b) => `${b}.txt`, make: (b) => utf8(text(b).replace(/(?<=\d) (?=\d)/g, '\t')) },
	{ name: 'bars between values', file: (b) => `${b}.txt`, make: (b) => utf8(text(b).replace(/(?<=\d) (?=\d)/g, ' | ')) }
];

/**
 * A command-line tool (Debian's poppler-utils, pandoc or w3m, which .ci/run installs) run on the bytes as a
 * file in a folder of its own: its output file when it names one, else what it prints.
 */
function runTool(bytes: Uint8Array, input: string, args: (inputPath: string, dir: string) => string[], output?: string): Uint8Array {
	const dir = mkdtempSync(join(tmpdir(), 'nianbao-tool-'));
	try {
		writeFileSync(join(dir, input), bytes);
		const [tool, ...rest] = args(join(dir, input), dir);
		const printed = execFileSync(tool, rest, { stdio: ['ignore', 'pipe', 'ignore'] });
		return new Uint8Array(output ? readFileSync(join(dir, output)) : printed);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The text pdftotext gives of a PDF: what people who convert an agency's PDF on their own machine hand us. */
const pdftotext = (pdf: Uint8Array, flags: string[]) => runTool(pdf, 'report.pdf', (path) => ['pdftotext', ...flags, '-enc', 'UTF-8', path, '-']);

/**
 * pandoc converting a page: to Markdown (GitHub's, whose tables with merged cells stay raw HTML, and
 * pandoc's own), or to a Word file first (images left out, which pandoc would otherwise try to fetch),
 * as people convert what they download.
 */
const pandoc = (input: Uint8Array, from: string, to: string) =>
	runTool(input, `in.${from}`, (path, dir) => ['pandoc', '-f', from, '-t', to, path, '-o', join(dir, 'out')], 'out');

/** A text browser's dump of a page. */
const w3m = (page: Uint8Array) => runTool(page, 'page.html', (path) => ['w3m', '-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '-cols', '200', path]);

// mammoth still ships convertToMarkdown, though its types no longer declare it.
const toMarkdown = (mammoth as unknown as { convertToMarkdown: typeof mammoth.convertToHtml }).convertToMarkdown;
const pageAsWord = (page: Uint8Array) => pandoc(utf8(text(page).replace(/<img\b[^>]*>/gi, '')), 'html', 'docx');

const HTML_VARIANTS: Variant[] = [
	{ name: 'Word file made by pandoc from the page', file: (b) => `${b}.docx`, make: pageAsWord },
	{ name: 'Markdown by pandoc from that Word file', file: (b) => `${b}.md`, make: (b) => pandoc(pageAsWord(b), 'docx', 'gfm') },
	// Tables with merged cells stay raw HTML, the page's inline markup too, its lines wrapped inside tags.
	{ name: 'Markdown by pandoc from the page (GitHub flavour)', file: (b) => `${b}.md`, make: (b) => pandoc(b, 'html', 'gfm') },
	{ name: 'UTF-16 LE with BOM', file: (b) => `${b}.html`, make: (b) => new Uint8Array(iconv.encode(text(b), 'utf16-le', { addBOM: true })) },
	{ name: 'zero-width spaces in the title', file: (b) => `${b}.html`, make: (b) => utf8(text(b).replace(/(政府信息公开)/g, '政府\u200b信息公开')) }
];

const PDF_VARIANTS: Variant[] = [
	{ name: 'pdftotext -layout (columns kept by spaces)', file: (b) => `${b}.txt`, make: (b) => pdftotext(b, ['-layout']) },
	{ name: 'pdftotext -raw (content stream order)', file: (b) => `${b}.txt`, make: (b) => pdftotext(b, ['-raw']) }
];

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', ldquo: '“', rdquo: '”', mdash: '—' };
/** A page as a crawler saves its text: scripts and styles gone, every tag a space, entities decoded, whitespace collapsed. */
const crawled = (html: string) =>
	html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ')
		.replace(/&(#\d+|\w+);/g, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m)))
		.replace(/\s+/g, ' ');

/** The variant forms of a corpus file of this form: full (every cell must come back) or lossy. */
export function variantsOf(form: string, lossy: boolean): Variant[] {
	const forms: Record<string, [Variant[], Variant[]]> = {
		txt: [TEXT_VARIANTS, LOSSY_TEXT_VARIANTS],
		html: [HTML_VARIANTS, LOSSY_HTML_VARIANTS],
		pdf: [PDF_VARIANTS, LOSSY_PDF_VARIANTS]
	};
	return forms[form]?.[lossy ? 1 : 0] ?? [];
}

/**
 * Forms that lose what the parser needs (line breaks, empty cells): not every cell can come back, so
 * these are measured for cells read and cells wrong (which must be none), each missing one named.
 */
const LOSSY_TEXT_VARIANTS: Variant[] = [{ name: 'whitespace collapsed (one line)', file: (b) => `${b}.txt`, make: (b) => utf8(text(b).replace(/\s+/g, ' ')) }];
// Without -layout, pdftotext gives a table's cells in reading order: a block of cells column by column,
// its header words between values. Which value is which column is lost wherever no sum restores it.
const LOSSY_PDF_VARIANTS: Variant[] = [{ name: 'pdftotext, reading order (no -layout)', file: (b) => `${b}.txt`, make: (b) => pdftotext(b, []) }];
const LOSSY_HTML_VARIANTS: Variant[] = [
	// pandoc 2.17's grid tables cannot span: a merged cell's slots become empty cells, as blank cells are.
	{ name: "Markdown by pandoc from the page (pandoc's own)", file: (b) => `${b}.md`, make: (b) => pandoc(b, 'html', 'markdown') },
	// A text browser's dump (Debian's w3m, which .ci/run installs): tables drawn in box-drawing characters,
	// cells wrapped over lines; a merged cell's text stands in its middle line, which the grid reader
	// does not always place.
	{ name: 'text of the page by w3m -dump (tables in box-drawing characters)', file: (b) => `${b}.txt`, make: (b) => w3m(b) },
	// mammoth's Markdown gives each table cell as a paragraph: empty cells vanish, as in a crawler's text.
	{ name: 'Markdown by mammoth from that Word file', file: (b) => `${b}.md`, make: async (b) => utf8((await toMarkdown({ buffer: Buffer.from(pageAsWord(b)) })).value) },
	{ name: "crawler's text of the page (tags stripped, whitespace collapsed)", file: (b) => `${b}.txt`, make: (b) => utf8(crawled(text(b))) },
	// What the site publishes as source.txt (the article, without a title the page put outside it), collapsed.
	{ name: 'the parsed text (source.txt), whitespace collapsed', file: (b) => `${b}.txt`, make: async (b) => utf8((await parseFile(b, 'page.html')).text.replace(/\s+/g, ' ')) }
];
