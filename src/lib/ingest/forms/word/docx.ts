import { ParseError } from '../../errors';
import { problem } from '../../problems';
import { paragraphNumbers } from './docx-numbering';
import { BudgetedZip } from './zip';
import { readXmlParts } from './docx-limits';
import { onGrid, unwrapped, type MammothElement } from './docx-tables';
import type { Problem } from '../../../types';
import { DOCX_PICTURE } from '../html/pictures';
import { MAX_PICTURE_BYTES } from '../ocr/picture';

const numberedParagraphs = (e: MammothElement): number => (e.type === 'paragraph' && e.numbering ? 1 : 0) + (e.children ?? []).reduce((n, c) => n + numberedParagraphs(c), 0);

/**
 * The document as the HTML reader should see it: layout tables unwrapped, merged cells in every row they
 * span (ingest/forms/word/docx-tables.ts), and Word's list numbers put
 * into the text: each paragraph mammoth reads as a list item gets the number Word prints for it ("一、",
 * "（一）", from numbering.xml, ingest/forms/word/docx-numbering.ts) as its first run, and stops being a list item, so the
 * outline reads "一、总体情况" as the document shows it. Numbers are given only when there is one for
 * every list paragraph mammoth found (else they could land on the wrong paragraphs): otherwise the
 * problem is named.
 */
export function withListNumbers(numbers: string[], problems: Problem[]) {
	return (document: MammothElement): MammothElement => {
		const numbered = numberedParagraphs(document);
		const usable = numbered === numbers.length;
		if (!usable && numbered > 0) problems.push(problem('docx-numbering-unread', { numbered, read: numbers.length }));
		let next = 0;
		const visit = (e: MammothElement): MammothElement => {
			const children = e.children && unwrapped(e.children).map(visit);
			if (e.type === 'table') return onGrid({ ...e, children });
			if (!usable || e.type !== 'paragraph' || !e.numbering) return children ? { ...e, children } : e;
			const label = numbers[next++];
			const run: MammothElement = { type: 'run', children: [{ type: 'text', value: label }] };
			return { ...e, numbering: null, children: label ? [run, ...(children ?? [])] : children };
		};
		return visit(document);
	};
}

/**
 * The archive as mammoth reads it (its `file` input): XML parts from the text already read and checked,
 * other parts (pictures) inflated only when mammoth asks for them, within the budget and a picture's own
 * limit, so nothing is inflated twice or outside the budget.
 */
function mammothFile(zip: BudgetedZip, xml: Map<string, string>) {
	return {
		exists: (name: string) => zip.has(name),
		read: async (name: string, encoding?: string) => {
			const text = xml.get(name);
			if (text !== undefined && encoding) return text;
			const data = zip.read(name, MAX_PICTURE_BYTES) ?? new Uint8Array();
			return encoding === 'base64' ? Buffer.from(data).toString('base64') : encoding ? new TextDecoder(encoding).decode(data) : data;
		},
		write: () => {
			throw new Error('read only');
		},
		toArrayBuffer: () => {
			throw new Error('read only');
		}
	};
}

/**
 * A Word (.docx) document as HTML, through mammoth: paragraphs, headings and tables (merged cells kept
 * as one cell, with their rowspan and colspan) come out as the markup the HTML reader already
 * understands; layout tables are unwrapped and list numbers Word generates are written into the text.
 * Every XML part is read once, within the limits of docx-limits.ts, before mammoth sees it; each picture
 * is given back in `media` and stands in the HTML as nianbao-docx:N (html/pictures.ts), for OCR to read.
 */
export async function docxToHtml(bytes: Uint8Array, file: string): Promise<{ html: string; warnings: Problem[]; media: Uint8Array[] }> {
	const mammoth = (await import('mammoth')).default;
	let read: ReturnType<typeof readXmlParts>;
	let zip: BudgetedZip;
	try {
		zip = new BudgetedZip(bytes);
		read = readXmlParts(zip, zip.names());
	} catch (e) {
		const message = (e as Error).message.split('\n')[0];
		throw new ParseError(file, /MAX_INFLATED_BYTES/.test(message) ? `DOCX refused: ${message}` : `not a readable DOCX document (${message})`);
	}
	if ('refused' in read) throw new ParseError(file, `DOCX refused: ${read.refused}`);
	const parts = read.parts;
	try {
		const numbers = parts.has('word/numbering.xml') ? paragraphNumbers(parts.get('word/document.xml') ?? '', parts.get('word/numbering.xml')!, parts.get('word/styles.xml')) : [];
		const numbering: Problem[] = [];
		const media: Uint8Array[] = [];
		const pictures: Problem[] = [];
		const { value, messages } = await mammoth.convertToHtml({ file: mammothFile(zip, parts) } as unknown as { buffer: Buffer }, {
			transformDocument: withListNumbers(numbers, numbering),
			// Each picture (word/media, through the document's relationships) kept for OCR, named where it stands.
			convertImage: mammoth.images.imgElement(async (image) => {
				const n = media.length;
				media.push(new Uint8Array());
				try {
					media[n] = new Uint8Array(await image.read());
					return { src: `${DOCX_PICTURE}${n}` };
				} catch (e) {
					const message = (e as Error).message.split('\n')[0];
					pictures.push(problem('picture-not-read', { picture: `DOCX picture ${n + 1}`, why: /larger than|MAX_INFLATED/.test(message) ? 'too-many-bytes' : 'not-decoded', message, limit: MAX_PICTURE_BYTES / 1048576 }));
					return { src: '' };
				}
			})
		});
		const warnings = [...messages.filter((m) => m.type === 'error').map((m) => problem('docx-conversion', { message: m.message })), ...numbering, ...pictures];
		return { html: `<!doctype html><html><body><article>${value}</article></body></html>`, warnings, media };
	} catch (e) {
		throw new ParseError(file, `not a readable DOCX document (${(e as Error).message.split('\n')[0]})`);
	}
}
