import iconv from 'iconv-lite';

/**
 * Other forms of a corpus report, made at run time from its file (never committed): the same report as
 * people also receive it. Each variant keeps every character of the report; only the form changes.
 */
export interface Variant {
	name: string;
	/** File name to parse it under (the extension tells the form). */
	file: (base: string) => string;
	make: (bytes: Uint8Array) => Uint8Array;
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
