/**
 * Scoring: MiniSearch 7's BM25+ and its AND/OR combination, computed over the decoded posting
 * columns for a given list of documents only. MiniSearch scored every posting of every query term
 * into a Map of objects, so a common query (信息公开 at 1,000 reports: 17,000 matches among 93,000
 * documents) took over a second; here the work is a walk of sorted arrays. The sums are made in
 * MiniSearch's order (fields in boost order within a term, terms in query order), so every score is
 * the very number MiniSearch gives: tests/unit/search/score.test.ts checks it against MiniSearch.
 */
import type { PostingColumns } from './format';
import type { TermPostings } from './postings';

/** MiniSearch's defaults. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A field scored and its weight. */
export interface FieldBoost {
	fieldId: number;
	boost: number;
}

/** What scoring needs of the whole index: its size and average field lengths (by field id). */
export interface CorpusStats {
	documentCount: number;
	averageFieldLength: number[];
}

function bm25(termFrequency: number, matching: number, stats: CorpusStats, fieldLength: number, fieldId: number): number {
	const { k, b, d } = BM25;
	const invDocFreq = Math.log(1 + (stats.documentCount - matching + 0.5) / (matching + 0.5));
	return invDocFreq * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / stats.averageFieldLength[fieldId])));
}

/**
 * Calls `visit(i, k)` for each document docs[i] that the postings hold at postings.docs[k]. Both are
 * increasing: a merge walk, or a binary search per document when the postings are far longer.
 */
function eachCommon(docs: ArrayLike<number>, postings: PostingColumns, visit: (i: number, k: number) => void) {
	const list = postings.docs;
	if (docs.length * Math.log2(list.length + 1) < list.length) {
		let lo = 0;
		for (let i = 0; i < docs.length; i++) {
			let hi = list.length - 1;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				if (list[mid] < docs[i]) lo = mid + 1;
				else hi = mid - 1;
			}
			if (lo < list.length && list[lo] === docs[i]) visit(i, lo);
		}
		return;
	}
	for (let i = 0, k = 0; i < docs.length && k < list.length; ) {
		if (docs[i] === list[k]) visit(i++, k++);
		else if (docs[i] < list[k]) i++;
		else k++;
	}
}

/**
 * Scores `docs` (increasing document numbers) for `terms` over `fields`, as MiniSearch's search
 * would: per document, the sum over the terms it holds of the boosted BM25 of each field, times the
 * number of terms it holds. A document holding none of the terms scores 0.
 */
export function scoreDocs(docs: ArrayLike<number>, terms: string[], fields: FieldBoost[], postingsOf: (term: string) => TermPostings | undefined, stats: CorpusStats): Float64Array {
	const total = new Float64Array(docs.length);
	const held = new Uint16Array(docs.length);
	const termScore = new Float64Array(docs.length);
	const holds = new Uint8Array(docs.length);
	for (const term of terms) {
		const postings = postingsOf(term);
		if (!postings) continue;
		termScore.fill(0);
		holds.fill(0);
		for (const { fieldId, boost } of fields) {
			const list = postings[fieldId];
			if (!list) continue;
			const matching = list.docs.length;
			eachCommon(docs, list, (i, k) => {
				termScore[i] += boost * bm25(list.termFrequencies[k], matching, stats, list.fieldLengths[k], fieldId);
				holds[i] = 1;
			});
		}
		for (let i = 0; i < docs.length; i++)
			if (holds[i]) {
				total[i] += termScore[i];
				held[i]++;
			}
	}
	for (let i = 0; i < docs.length; i++) total[i] *= held[i];
	return total;
}

/** The increasing union of two increasing lists. */
function merge(a: ArrayLike<number>, b: ArrayLike<number>): Uint32Array {
	const out = new Uint32Array(a.length + b.length);
	let n = 0;
	let i = 0;
	let k = 0;
	while (i < a.length || k < b.length) {
		if (k === b.length || (i < a.length && a[i] < b[k])) out[n++] = a[i++];
		else if (i === a.length || b[k] < a[i]) out[n++] = b[k++];
		else {
			out[n++] = a[i++];
			k++;
		}
	}
	return out.subarray(0, n);
}

/** The increasing union of increasing lists. */
export function union(lists: ArrayLike<number>[]): ArrayLike<number> {
	return lists.reduce<ArrayLike<number>>((all, list) => merge(all, list), new Uint32Array(0));
}

/** The increasing intersection of two increasing lists. */
export function intersect(a: ArrayLike<number>, b: ArrayLike<number>): Uint32Array {
	const out = new Uint32Array(Math.min(a.length, b.length));
	let n = 0;
	for (let i = 0, k = 0; i < a.length && k < b.length; ) {
		if (a[i] === b[k]) {
			out[n++] = a[i];
			i++;
			k++;
		} else if (a[i] < b[k]) i++;
		else k++;
	}
	return out.subarray(0, n);
}
