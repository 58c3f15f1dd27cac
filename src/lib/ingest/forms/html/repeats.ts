/**
 * A picture that repeats the report's own text. Many sites post the report as text and, under it, the
 * stamped scan of the same report, a picture a page. Read into the report, the scan repeated its parts in
 * the last one, its tables stood twice, and the text's own rows, printed alike in the scan, were taken for
 * OCR's and left unverified. Such a picture is told by its characters: nearly every pair of neighbouring
 * CJK characters OCR read in it stands in the text too. A screenshot of a table the text does not print
 * (表三 pasted as a picture) has its own labels, and is read.
 */
import type { SourceLine } from '../../source';

const CJK = /[\u3400-\u9fff]/;
/** A picture with fewer pairs than this (a logo, a signature) is too small to tell. */
const FEW = 50;
/** The share of a picture's pairs the text holds from which it is a copy of the text (OCR misreads a few). */
const COPY = 0.8;

/** The pairs of neighbouring CJK characters in lines' text (spaces aside), as a set. */
function pairs(lines: SourceLine[]): Set<string> {
	const out = new Set<string>();
	for (const l of lines) {
		const chars = [...l.text].filter((c) => CJK.test(c));
		for (let i = 1; i < chars.length; i++) out.add(chars[i - 1] + chars[i]);
	}
	return out;
}

/** Whether each picture's lines repeat `text` (null where a picture was not read). */
export function repeatsOfText(pictures: (SourceLine[] | null)[], text: SourceLine[]): boolean[] {
	const own = pairs(text);
	return pictures.map((lines) => {
		if (!lines) return false;
		const read = pairs(lines);
		if (read.size < FEW) return false;
		let found = 0;
		for (const p of read) if (own.has(p)) found++;
		return found >= COPY * read.size;
	});
}
