/**
 * File names are bytes. A name that is not UTF-8 (GBK bytes from a zip made on Chinese Windows) read as
 * text turns its bad bytes into U+FFFD, and that path names no file: lstat fails. Names are therefore
 * read as bytes and kept as strings losslessly: each byte that is not part of valid UTF-8 becomes one
 * lone surrogate U+DC80–U+DCFF (Python's "surrogateescape"), which valid UTF-8 never decodes to. Such a
 * string survives JSON and worker messages; fsPath turns it back into the bytes for the file system.
 */
import { readdirSync } from 'node:fs';

const strict = new TextDecoder('utf-8', { fatal: true });
const ESCAPED = /[\udc80-\udcff]/u;

/** Length of the UTF-8 sequence a lead byte starts (1 for a byte that cannot start one: it is escaped). */
const sequenceLength = (b: number) => (b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1);

/** A name's bytes as a string: UTF-8 decoded, every other byte as U+DC00 + byte. */
export function nameFromBytes(bytes: Uint8Array): string {
	try {
		return strict.decode(bytes);
	} catch {
		let out = '';
		for (let i = 0; i < bytes.length; ) {
			const b = bytes[i];
			if (b < 0x80) {
				out += String.fromCharCode(b);
				i++;
				continue;
			}
			const n = sequenceLength(b);
			if (n > 1 && i + n <= bytes.length) {
				try {
					out += strict.decode(bytes.subarray(i, i + n));
					i += n;
					continue;
				} catch {
					// not a valid sequence: the lead byte is escaped, and decoding resumes after it
				}
			}
			out += String.fromCharCode(0xdc00 + b);
			i++;
		}
		return out;
	}
}

/** The bytes a name string stands for: its text as UTF-8, each escaped byte as itself. */
export function bytesOfName(name: string): Buffer {
	const parts: Buffer[] = [];
	let text = '';
	for (const c of name) {
		if (c.length === 1 && ESCAPED.test(c)) {
			parts.push(Buffer.from(text, 'utf8'), Buffer.from([c.charCodeAt(0) - 0xdc00]));
			text = '';
		} else text += c;
	}
	parts.push(Buffer.from(text, 'utf8'));
	return Buffer.concat(parts);
}

/** What to hand node:fs for a path: the string itself, or its bytes when it holds a name that is not UTF-8. */
export const fsPath = (path: string): string | Buffer => (ESCAPED.test(path) ? bytesOfName(path) : path);

/** Whether a name holds bytes that are not UTF-8. */
export const hasRawBytes = (name: string): boolean => ESCAPED.test(name);

/**
 * A name that is not UTF-8 as a person would read it: the bytes as GB18030 (a superset of GBK, what
 * Chinese Windows writes) when they decode cleanly that way, else the UTF-8 parts with each bad byte
 * dropped. Used to make an id; the file is still opened by its bytes.
 */
export function readableName(name: string): string {
	if (!hasRawBytes(name)) return name;
	try {
		return new TextDecoder('gb18030', { fatal: true }).decode(bytesOfName(name));
	} catch {
		return name.replace(/[\udc80-\udcff]/gu, '');
	}
}

/** The names in a folder, as bytes made strings (see above), never lossy. */
export const readNames = (dir: string): string[] => readdirSync(dir, { encoding: 'buffer' }).map(nameFromBytes);
