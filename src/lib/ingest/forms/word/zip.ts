import { inflateRawSync } from 'node:zlib';

/**
 * What a report's document may inflate to, all its parts together: beyond it, the archive is a zip bomb.
 * Every part read counts, ours and the converter's (mammoth reads document.xml again, and footnotes,
 * endnotes, comments and images on its own), so the budget is one per document, not one per part.
 */
export const MAX_INFLATED_BYTES = 100 * 1048576;

interface Entry {
	method: number;
	start: number;
	size: number;
}

/** The named entries of a zip archive (a DOCX is one), read through its central directory. Throws on what is not a zip. */
function entriesOf(bytes: Uint8Array): Map<string, Entry> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error('no zip central directory');
	const out = new Map<string, Entry>();
	let at = view.getUint32(end + 16, true);
	for (let n = view.getUint16(end + 10, true); n > 0 && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n--) {
		const method = view.getUint16(at + 10, true);
		const size = view.getUint32(at + 20, true);
		const [nameLength, extra, comment] = [28, 30, 32].map((k) => view.getUint16(at + k, true));
		const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const local = view.getUint32(at + 42, true);
		at += 46 + nameLength + extra + comment;
		if (local + 30 > bytes.length) continue;
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		out.set(name, { method, start, size });
	}
	return out;
}

/**
 * A zip archive whose parts are inflated against one budget: each read counts its bytes, and a read that
 * would take the total past `budget` throws instead of inflating further (zlib stops at the limit).
 */
export class BudgetedZip {
	private readonly entries: Map<string, Entry>;
	/** Bytes inflated so far, every part and every read of it. */
	inflated = 0;

	constructor(
		private readonly bytes: Uint8Array,
		readonly budget = MAX_INFLATED_BYTES
	) {
		this.entries = entriesOf(bytes);
	}

	/** The parts' names, in the archive's order. */
	names(): string[] {
		return [...this.entries.keys()];
	}

	has(name: string): boolean {
		return this.entries.has(name);
	}

	/** A part's bytes, or undefined where there is none; a part larger than `cap` (a picture) throws, inflated no further. */
	read(name: string, cap = Infinity): Uint8Array | undefined {
		const entry = this.entries.get(name);
		if (!entry) return undefined;
		const data = this.bytes.subarray(entry.start, entry.start + entry.size);
		const left = this.budget - this.inflated;
		const tooLarge = () => new Error(cap < left ? `${name} is larger than ${Math.round(cap / 1048576)} MB` : overBudget(this.budget));
		let out: Uint8Array;
		try {
			out = entry.method === 8 ? inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(left, cap)) }) : data;
		} catch (e) {
			if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
			throw e;
		}
		if (out.length > Math.min(left, cap)) throw tooLarge();
		this.inflated += out.length;
		return out;
	}

	text(name: string): string | undefined {
		const data = this.read(name);
		return data && new TextDecoder().decode(data);
	}
}

const overBudget = (budget: number) => `its parts inflate to more than ${Math.round(budget / 1048576)} MB (MAX_INFLATED_BYTES)`;

/**
 * The named entries of a zip archive, as text (absent from the map where not found), inflated against one
 * budget. Throws on what is not a zip, and on parts that together inflate past the budget.
 */
export function zipTexts(bytes: Uint8Array, names: string[], zip = new BudgetedZip(bytes)): Map<string, string> {
	const out = new Map<string, string>();
	for (const name of names) {
		const text = zip.text(name);
		if (text !== undefined) out.set(name, text);
	}
	return out;
}
