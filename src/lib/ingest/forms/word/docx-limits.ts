/**
 * What a DOCX may hold before mammoth reads it. mammoth builds a tree of every XML element of every part it
 * reads (the document, its footnotes, endnotes and comments) and walks it recursively, so a small file can
 * cost gigabytes (400,000 empty paragraphs in 66 KB) or overflow the stack (1,000 nested tables). These
 * bounds are checked on the parts' text first, in one pass each; a real report stays far inside them
 * (a 300-page report's document.xml is a few MB and a few tens of thousands of elements, nested tens deep).
 */
import { BudgetedZip } from './zip';

/** The XML of all parts together, in bytes (images are not read at all). */
export const MAX_DOCX_XML_BYTES = 16 * 1048576;
/** XML elements in all parts together: mammoth keeps a few kilobytes for each. */
export const MAX_DOCX_ELEMENTS = 200_000;
/** How deep elements may nest: mammoth's XML reader recurses once per level. */
export const MAX_DOCX_DEPTH = 600;

/** The parts as XML text, every .xml and .rels part (those mammoth may read), or why the document is refused. */
export function readXmlParts(zip: BudgetedZip, names: string[]): { parts: Map<string, string> } | { refused: string } {
	const parts = new Map<string, string>();
	let bytes = 0;
	let elements = 0;
	for (const name of names.filter((n) => /\.(xml|rels)$/i.test(n))) {
		const data = zip.read(name)!;
		bytes += data.length;
		if (bytes > MAX_DOCX_XML_BYTES) return { refused: `its XML parts hold more than ${MAX_DOCX_XML_BYTES / 1048576} MB (MAX_DOCX_XML_BYTES)` };
		const text = new TextDecoder().decode(data);
		const shape = xmlShape(text);
		elements += shape.elements;
		if (elements > MAX_DOCX_ELEMENTS) return { refused: `its XML parts hold more than ${MAX_DOCX_ELEMENTS.toLocaleString('en')} elements (MAX_DOCX_ELEMENTS)` };
		if (shape.depth > MAX_DOCX_DEPTH) return { refused: `${name} nests elements ${shape.depth} deep, over the ${MAX_DOCX_DEPTH}-level limit (MAX_DOCX_DEPTH)` };
		parts.set(name, text);
	}
	return { parts };
}

/** Elements and the deepest nesting of an XML text, in one pass over its tags (comments, declarations and CDATA aside). */
export function xmlShape(xml: string): { elements: number; depth: number } {
	let [elements, depth, deepest] = [0, 0, 0];
	for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
		const next = xml[at + 1];
		if (next === '?' || next === '!') {
			// A declaration, comment or CDATA section: nothing in it is an element.
			const end = xml.startsWith('<!--', at) ? xml.indexOf('-->', at) : xml.startsWith('<![CDATA[', at) ? xml.indexOf(']]>', at) : xml.indexOf('>', at);
			if (end < 0) break;
			at = end;
			continue;
		}
		const close = tagEnd(xml, at);
		if (close < 0) break;
		if (next === '/') depth--;
		else {
			elements++;
			if (xml[close - 1] !== '/') deepest = Math.max(deepest, ++depth);
			else deepest = Math.max(deepest, depth + 1);
		}
		at = close;
	}
	return { elements, depth: deepest };
}

/** Where the tag opened at `at` ends: its first ">" outside a quoted attribute value (-1 if none). */
function tagEnd(xml: string, at: number): number {
	let quote = '';
	for (let i = at + 1; i < xml.length; i++) {
		const c = xml[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return i;
	}
	return -1;
}
