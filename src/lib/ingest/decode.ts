import { ParseError } from './errors';
import { problem } from './problems';
import type { Problem } from '../types';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface Decoded {
	text: string;
	/** Things the reader should know about the bytes (bad bytes replaced, and where). */
	warnings: Problem[];
}

/**
 * Bytes to text. A UTF-16 byte-order mark decides UTF-16. Otherwise UTF-8 (with or without BOM) is
 * tried first; a file that is UTF-8 but for a few stray bytes is kept as UTF-8, the bytes replaced by
 * U+FFFD and their offsets named in a warning (re-reading it as GB18030 would garble every line).
 * Anything else that is not UTF-8 is read as GB18030, the superset of GBK and GB2312 that Chinese
 * Windows writes.
 */
export function decodeReport(bytes: Uint8Array, file: string): Decoded {
	if (bytes.length === 0) throw new ParseError(file, 'empty file');
	const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
	if (utf16) return checked({ text: new TextDecoder(utf16).decode(bytes.subarray(2)), warnings: [] }, file);
	if (looksBinary(bytes)) throw new ParseError(file, 'binary file, not text (it contains NUL or control bytes)');
	const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
	const body = hasBom ? bytes.subarray(3) : bytes;
	const { bad, multibyte } = scanUtf8(body);
	if (bad.length === 0) return checked({ text: new TextDecoder('utf-8').decode(body), warnings: [] }, file);
	if (multibyte >= 10 * bad.length) {
		const offsets = bad.slice(0, 5).map((o) => o + (hasBom ? 3 : 0));
		const warning = problem('bytes-not-utf8', { count: bad.length, offsets, more: Math.max(0, bad.length - 5) });
		return checked({ text: new TextDecoder('utf-8').decode(body), warnings: [warning] }, file);
	}
	return checked({ text: new TextDecoder('gb18030').decode(body), warnings: [] }, file);
}

function checked(decoded: Decoded, file: string): Decoded {
	if (decoded.text.trim() === '') throw new ParseError(file, 'empty file (only whitespace)');
	return decoded;
}

/** Offsets of bytes that start no valid UTF-8 sequence, and the count of valid multi-byte sequences. */
export function scanUtf8(bytes: Uint8Array): { bad: number[]; multibyte: number } {
	const bad: number[] = [];
	let multibyte = 0;
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i];
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		let ok = need >= 0 && i + need < bytes.length;
		for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
		// Overlong and surrogate forms are invalid too.
		if (ok && need === 2) ok = !(b === 0xe0 && bytes[i + 1] < 0xa0) && !(b === 0xed && bytes[i + 1] >= 0xa0);
		if (ok && need === 3) ok = !(b === 0xf0 && bytes[i + 1] < 0x90) && !(b === 0xf4 && bytes[i + 1] >= 0x90);
		if (!ok) {
			bad.push(i);
			i++;
			continue;
		}
		if (need > 0) multibyte++;
		i += need + 1;
	}
	return { bad, multibyte };
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
