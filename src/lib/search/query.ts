import type MiniSearch from 'minisearch';
import type { SearchDoc } from '../types';
import { GRAM_FIELDS, WORD_FIELDS } from './options';
import { queryGrams, queryParts, queryWords } from './tokenize';

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
	kind: 's' | 'r';
	title: string;
	path: string;
	text: string;
}

export type Mode = 'empty' | 'and' | 'or';

export interface Outcome {
	mode: Mode;
	parts: string[];
	matches: Match[];
}

/** What a query runs against: a MiniSearch index holding at least the query's terms. */
export interface QuerySource {
	index: MiniSearch<SearchDoc>;
	/** Whether the document's title or text contains the (folded) part whole. */
	contains(doc: number, part: string): boolean;
	reportOf(doc: number): string;
}

/** Every term a query can look up: its bigrams (or lone characters) and its word candidates. */
export function queryTerms(parts: string[]): string[] {
	return [...new Set([...parts.flatMap(queryGrams), ...parts.flatMap(queryWords)])];
}

/** Word matches count double: a section where 行政复议 is a word beats one where it only spans two words. */
const WORD_WEIGHT = 2;

/**
 * Runs a query: every part must match (AND over bigrams); segmenter words add to the score; hits
 * containing every part whole come first. Only when AND finds nothing does it fall back to OR.
 */
export function runQuery(source: QuerySource, q: string): Outcome {
	const parts = queryParts(q);
	if (parts.length === 0) return { mode: 'empty', parts, matches: [] };
	const grams = [...new Set(parts.flatMap(queryGrams))].join(' ');
	let mode: Mode = 'and';
	let base = source.index.search(grams, { ...GRAM_FIELDS, combineWith: 'AND' });
	if (base.length === 0) {
		mode = 'or';
		base = source.index.search(grams, { ...GRAM_FIELDS, combineWith: 'OR' });
	}
	const words = new Map<number, number>();
	const candidates = [...new Set(parts.flatMap(queryWords))].join(' ');
	if (candidates) for (const r of source.index.search(candidates, { ...WORD_FIELDS, combineWith: 'OR' })) words.set(r.id, r.score);
	const matches = base.map((r) => ({
		doc: r.id as number,
		report: source.reportOf(r.id),
		score: r.score + WORD_WEIGHT * (words.get(r.id) ?? 0),
		exact: parts.every((p) => source.contains(r.id, p))
	}));
	matches.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.doc - b.doc);
	return { mode, parts, matches };
}
