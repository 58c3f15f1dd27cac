/**
 * A PDF is checked against its limits before pdf.js reads it: a decompression bomb (a small file
 * whose streams inflate to gigabytes) is refused after inflating at most the cap, not after filling
 * memory. Every compressed stream is inflated with zlib's maxOutputLength set to what is left of
 * the budget; image streams are not counted, as text extraction never decodes them. Pages are
 * counted in the file and in the inflated object streams.
 */
import { constants, inflateSync } from 'node:zlib';
import { ParseError } from '../ingest';

const latin1 = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
const PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;
const countPages = (text: string) => text.match(PAGE)?.length ?? 0;

export function checkPdfLimits(bytes: Uint8Array, file: string, limits: { maxPdfPages: number; maxPdfDecodedBytes: number }): void {
	const text = latin1(bytes, 0, bytes.length);
	let pages = countPages(text);
	let decoded = 0;
	const streamStart = /stream\r?\n/g;
	for (let m = streamStart.exec(text); m; m = streamStart.exec(text)) {
		const start = m.index + m[0].length;
		const end = text.indexOf('endstream', start);
		if (end < 0) break;
		streamStart.lastIndex = end;
		const dict = text.slice(Math.max(0, text.lastIndexOf('<<', m.index)), m.index);
		if (/\/Subtype\s*\/Image/.test(dict) || !/\/FlateDecode/.test(dict)) continue;
		const budget = limits.maxPdfDecodedBytes - decoded;
		let out: Buffer;
		try {
			out = inflateSync(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start), {
				maxOutputLength: budget + 1,
				finishFlush: constants.Z_SYNC_FLUSH
			});
		} catch (e) {
			if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') decoded = limits.maxPdfDecodedBytes + 1;
			else continue; // not valid zlib data: pdf.js will judge it
		}
		if (decoded > limits.maxPdfDecodedBytes || out!.length > budget) {
			throw new ParseError(file, `PDF streams inflate to more than ${limits.maxPdfDecodedBytes / 1048576} MB (MAX_PDF_DECODED_MB): a decompression bomb?; left out`);
		}
		decoded += out!.length;
		if (/\/Type\s*\/ObjStm/.test(dict)) pages += countPages(out!.toString('latin1'));
	}
	if (pages > limits.maxPdfPages) throw new ParseError(file, `PDF has ${pages} pages, over the ${limits.maxPdfPages}-page limit (MAX_PDF_PAGES); left out`);
}
