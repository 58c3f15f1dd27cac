import { inflateRawSync } from 'node:zlib';

/** No part of a report's document is this large once inflated: beyond it, the archive is a zip bomb. */
const MAX_ENTRY_BYTES = 100 * 1048576;

/**
 * The named entries of a zip archive (a DOCX is one), as text: read through its central directory,
 * stored or deflated (never past MAX_ENTRY_BYTES). Entries not found are absent from the map. Throws on
 * what is not a zip, and on an entry that inflates past the cap.
 */
export function zipTexts(bytes: Uint8Array, names: string[]): Map<string, string> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error('no zip central directory');
	const out = new Map<string, string>();
	let at = view.getUint32(end + 16, true);
	for (let n = view.getUint16(end + 10, true); n > 0 && view.getUint32(at, true) === 0x02014b50; n--) {
		const method = view.getUint16(at + 10, true);
		const size = view.getUint32(at + 20, true);
		const [nameLength, extra, comment] = [28, 30, 32].map((k) => view.getUint16(at + k, true));
		const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const local = view.getUint32(at + 42, true);
		at += 46 + nameLength + extra + comment;
		if (!names.includes(name)) continue;
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = bytes.subarray(start, start + size);
		out.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }) : data));
	}
	return out;
}
