import { FIELD_ID, type DocKind } from './format';
import type { TermPostings } from './postings';
import { intersect, scoreDocs, union, type CorpusStats, type FieldBoost } from './score';
import { queryGrams, queryWords } from './tokenize';

/** A document that matched, before its stored fields are fetched. */
export interface Match {
	doc: number;
	report: string;
	score: number;
	/** Every part of the query occurs whole in the title or text. */
	exact: boolean;
}

/** A match with the stored fields it is shown with. */
export interface Hit extends Match {
	/** `report#anchor`. */
	id: string;
	anchor: string;
	kind: DocKind;
	title: string;
	path: string;
	text: string;
}

export type Mode = 'empty' | 'and' | 'or';

export interface Outcome {
	mode: Mode;
	/** The parts searched, folded: the typed ones, then those of the mainland wording when it differs (see regional.ts). */
	parts: string[];
	matches: Match[];
}

/** What a query runs against: the postings of at least the query's terms, and the corpus's counts. */
export interface QuerySource extends CorpusStats {
	postings(term: string): TermPostings | undefined;
	/** Whether the document's title or text contains the (folded) part whole. */
	contains(doc: number, part: string): boolean;
	reportOf(doc: number): string;
}

/** Every term a query can look up: its bigrams (or lone characters) and its word candidates. */
export function queryTerms(parts: string[]): string[] {
	return [...new Set([...parts.flatMap(queryGrams), ...parts.flatMap(queryWords)])];
}

/**
 * Boosts: a title match counts three times a body match; a match only through another template's
 * label for the row (synonymGrams) counts as a body match. Words from the segmenter are scored apart.
 */
const GRAM_FIELDS: FieldBoost[] = [
	{ fieldId: FIELD_ID.titleGrams, boost: 3 },
	{ fieldId: FIELD_ID.bodyGrams, boost: 1 },
	{ fieldId: FIELD_ID.synonymGrams, boost: 1 }
];
const WORD_FIELDS: FieldBoost[] = [
	{ fieldId: FIELD_ID.titleWords, boost: 3 },
	{ fieldId: FIELD_ID.bodyWords, boost: 1 }
];

/** The documents holding a term in some gram field, increasing. */
const gramDocs = (source: QuerySource, term: string) =>
	union(GRAM_FIELDS.flatMap(({ fieldId }) => source.postings(term)?.[fieldId]?.docs ?? []));

/**
 * The matches before scoring, found on the doc lists alone (the early cut): the documents holding
 * every gram (AND), or, when none does, any gram (OR). Only these are ever scored.
 */
export function candidates(source: QuerySource, grams: string[]): { mode: Mode; docs: ArrayLike<number> } {
	const lists = grams.map((g) => gramDocs(source, g)).sort((a, b) => a.length - b.length);
	const all = lists.length ? lists.slice(1).reduce<ArrayLike<number>>((docs, list) => intersect(docs, list), lists[0]) : [];
	return all.length ? { mode: 'and', docs: all } : { mode: 'or', docs: union(lists) };
}

/** Word matches count double: a section where 行政复议 is a word beats one where it only spans two words. */
const WORD_WEIGHT = 2;

/**
 * Runs a query's parts: every part must match (AND over bigrams); segmenter words add to the score;
 * hits containing every part whole come first. Only when AND finds nothing does it fall back to OR.
 */
export function runQuery(source: QuerySource, parts: string[]): Outcome {
	if (parts.length === 0) return { mode: 'empty', parts, matches: [] };
	const grams = [...new Set(parts.flatMap(queryGrams))];
	const { mode, docs } = candidates(source, grams);
	const postings = (term: string) => source.postings(term);
	const base = scoreDocs(docs, grams, GRAM_FIELDS, postings, source);
	const words = scoreDocs(docs, [...new Set(parts.flatMap(queryWords))], WORD_FIELDS, postings, source);
	const matches: Match[] = [];
	for (let i = 0; i < docs.length; i++) {
		const doc = docs[i];
		matches.push({ doc, report: source.reportOf(doc), score: base[i] + WORD_WEIGHT * words[i], exact: parts.every((p) => source.contains(doc, p)) });
	}
	matches.sort(byRank);
	return { mode, parts, matches };
}

const byRank = (a: Match, b: Match) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.doc - b.doc;

/**
 * One outcome for several wordings of a query (as typed, in mainland wording): a document found by
 * either is found, exact when either finds it whole, with its better score. AND results of one
 * wording are never diluted by the other's OR fallback.
 */
export function mergeOutcomes(outcomes: Outcome[]): Outcome {
	if (outcomes.length === 1) return outcomes[0];
	const anded = outcomes.filter((o) => o.mode === 'and');
	const used = anded.length ? anded : outcomes;
	const byDoc = new Map<number, Match>();
	for (const o of used)
		for (const m of o.matches) {
			const seen = byDoc.get(m.doc);
			byDoc.set(m.doc, seen ? { ...seen, score: Math.max(seen.score, m.score), exact: seen.exact || m.exact } : m);
		}
	return {
		mode: used[0].mode,
		parts: [...new Set(outcomes.flatMap((o) => o.parts))],
		matches: [...byDoc.values()].sort(byRank)
	};
}
