/**
 * The tokenizer both halves of search share. Text is cut into runs at whitespace and punctuation;
 * a run is indexed as its overlapping character bigrams and its single characters. Any query run is
 * inside one text run, so every bigram of a query that occurs in a text occurs in that text's
 * bigrams: a query can never miss a section that contains it as a substring.
 */
import { fold } from './fold';

/** Letters, digits and CJK; everything else (spaces, punctuation, symbols) separates runs. */
const RUN = /[\p{L}\p{N}]+/gu;

export function runs(text: string): string[] {
	return fold(text).match(RUN) ?? [];
}

/** The shortest word the words fields hold and a query looks up. */
const MIN_WORD = 3;

function chars(run: string): string[] {
	return Array.from(run);
}

/** A term of the text with its UTF-16 offset in the folded text (fold keeps offsets). */
export interface PlacedTerm {
	term: string;
	at: number;
}

/** Bigrams of every run, and the single characters of every run (for one-character queries), placed. */
export function placedGrams(text: string): PlacedTerm[] {
	const out: PlacedTerm[] = [];
	for (const m of fold(text).matchAll(RUN)) {
		const cs = chars(m[0]);
		let at = m.index;
		for (let i = 0; i < cs.length; i++) {
			out.push({ term: cs[i], at });
			if (i + 1 < cs.length) out.push({ term: cs[i] + cs[i + 1], at });
			at += cs[i].length;
		}
	}
	return out;
}

export function indexGrams(text: string): string[] {
	return placedGrams(text).map((t) => t.term);
}

/** The terms a query part must all match: its bigrams, or its character when it has only one. */
export function queryGrams(part: string): string[] {
	const out = new Set<string>();
	for (const run of runs(part)) {
		const cs = chars(run);
		if (cs.length === 1) out.add(cs[0]);
		for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i] + cs[i + 1]);
	}
	return [...out];
}

/**
 * Word candidates for ranking: every substring of 3 to 12 characters of each run of the query. A
 * word of two characters is one bigram, which the grams fields count already; looking it up again
 * only doubled its weight, at the cost of every report's posting for words like 公开 and 信息.
 */
export function queryWords(part: string): string[] {
	const out = new Set<string>();
	for (const run of runs(part)) {
		const cs = chars(run);
		for (let i = 0; i < cs.length; i++)
			for (let j = i + MIN_WORD; j <= Math.min(cs.length, i + 12); j++) out.add(cs.slice(i, j).join(''));
	}
	return [...out];
}

/** A query's parts: what the user separated by spaces. Every part must match. */
export function queryParts(q: string): string[] {
	return fold(q)
		.split(/\s+/)
		.filter((p) => runs(p).length > 0);
}

/** Words from a segmenter (jieba at build time), folded, kept when they are longer than a bigram (see queryWords). */
export function indexWords(words: string[]): string[] {
	return words.flatMap((w) => runs(w)).filter((w) => chars(w).length >= MIN_WORD);
}
