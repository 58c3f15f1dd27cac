import { ParseError } from './errors';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Bytes to text. UTF-8 (with or without BOM) is tried first and strictly; anything that is not valid
 * UTF-8 is read as GB18030, the superset of GBK and GB2312 that Chinese Windows writes.
 */
export function decodeReport(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new ParseError(file, 'empty file');
	if (looksBinary(bytes)) throw new ParseError(file, 'binary file, not text (it contains NUL or control bytes)');
	const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
	const body = hasBom ? bytes.subarray(3) : bytes;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(body);
	} catch {
		text = new TextDecoder('gb18030').decode(body);
	}
	if (text.trim() === '') throw new ParseError(file, 'empty file (only whitespace)');
	return text;
}

/** NUL bytes never occur in text; a few stray control bytes might, a share above 1% does not. */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const b of sample) {
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return control > sample.length / 100;
}
