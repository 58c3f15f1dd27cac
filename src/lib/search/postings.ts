import { FIELD_ID, type PostingColumns } from './format';
import type { PartShape } from './exact';

/** A term's postings, decoded once, one column set per field (null when the field lacks the term). */
export type TermPostings = (PostingColumns | null)[];

/** The index of a document in a field's postings, or -1. */
function indexOf(postings: PostingColumns | null | undefined, doc: number): number {
	if (!postings) return -1;
	const docs = postings.docs;
	let lo = 0;
	let hi = docs.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (docs[mid] === doc) return mid;
		if (docs[mid] < doc) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/** Whether a sorted slice of positions holds a value. */
function holds(positions: Uint32Array, from: number, to: number, value: number): boolean {
	let lo = from;
	let hi = to - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (positions[mid] === value) return true;
		if (positions[mid] < value) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}

const WHOLE_FIELDS = [FIELD_ID.titleGrams, FIELD_ID.bodyGrams];

/**
 * Whether a part occurs whole in the title or the text: its lone characters occur there and its
 * bigrams sit at the offsets they have in the part. Positions are looked up in place (binary search
 * over the sorted columns), with nothing allocated per document: this runs for every match.
 * (Punctuation between a part's runs is not checked: "复议,诉讼" counts as whole in "复议、诉讼".)
 */
export function containsWhole(shape: PartShape, doc: number, byTerm: Map<string, TermPostings>): boolean {
	for (const fieldId of WHOLE_FIELDS) {
		if (!shape.singles.every((c) => indexOf(byTerm.get(c)?.[fieldId], doc) >= 0)) continue;
		if (shape.bigrams.length === 0) {
			if (shape.singles.length > 0) return true;
			continue;
		}
		const lists: PostingColumns[] = [];
		const at: number[] = [];
		for (const b of shape.bigrams) {
			const postings = byTerm.get(b.term)?.[fieldId];
			const i = indexOf(postings, doc);
			if (i < 0) break;
			lists.push(postings!);
			at.push(i);
		}
		if (lists.length < shape.bigrams.length) continue;
		const first = lists[0];
		for (let p = first.positionStart[at[0]]; p < first.positionStart[at[0] + 1]; p++) {
			const origin = first.positions[p] - shape.bigrams[0].at;
			let whole = true;
			for (let k = 1; k < lists.length && whole; k++)
				whole = holds(lists[k].positions, lists[k].positionStart[at[k]], lists[k].positionStart[at[k] + 1], origin + shape.bigrams[k].at);
			if (whole) return true;
		}
	}
	return false;
}
