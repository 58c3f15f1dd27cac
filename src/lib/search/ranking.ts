/**
 * The first level of search: reports ranked by MiniSearch. The engine fetches only the shards of the
 * query's terms; this module loads those terms' postings into a MiniSearch index (loadJS) with the
 * whole corpus's report count and average field lengths, and the lengths of just the reports the
 * postings name, so BM25+ gives each report the score one index over every report would
 * (tests/unit/search/partial-index.test.ts checks it against MiniSearch built over all of them).
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { FIELD_ID, INDEX_FIELDS, type IndexField, type Posting } from './format';
import { queryGrams, queryWords } from './tokenize';

export type Mode = 'empty' | 'and' | 'or';

/** A report that matched, by its number (site order). */
export interface ReportMatch {
	report: number;
	score: number;
}

/** What ranking reads: the query's terms' postings per field and the corpus's counts. */
export interface RankingSource {
	documentCount: number;
	averageFieldLength: number[];
	/** A report's length in every field, in FIELD_ID order. */
	lengths(report: number): number[];
	/** A term's postings per field (null where the field lacks it); undefined when no report holds the term. */
	postings(term: string): (Posting[] | null)[] | undefined;
}

/** Terms arrive folded and cut (tokenize.ts): MiniSearch takes each query string as one term. */
export const MINISEARCH_OPTIONS: Options = {
	fields: [...INDEX_FIELDS],
	tokenize: (term) => [term],
	processTerm: (term) => term
};

/**
 * Boosts: a match in the report's title or agency counts three times one in its text; a match only
 * through another template's label for a row counts as text. Segmenter words are scored apart.
 */
const GRAMS: SearchOptions = { fields: ['titleGrams', 'bodyGrams', 'synonymGrams'] satisfies IndexField[], boost: { titleGrams: 3 } };
const WORDS: SearchOptions = { fields: ['titleWords', 'bodyWords'] satisfies IndexField[], boost: { titleWords: 3 } };
/** Word matches count double: a report where 行政复议 is a word beats one where it only spans two words. */
const WORD_WEIGHT = 2;

/** A MiniSearch index holding just the given terms' postings, with the corpus's statistics. */
export function partialIndex(source: RankingSource, terms: string[]): MiniSearch {
	const index: [string, Record<number, Record<number, number>>][] = [];
	const documentIds: Record<number, number> = {};
	const fieldLength: Record<number, number[]> = {};
	for (const term of terms) {
		const fields = source.postings(term);
		if (!fields) continue;
		const data: Record<number, Record<number, number>> = {};
		fields.forEach((list, fieldId) => {
			if (!list) return;
			const frequencies: Record<number, number> = {};
			for (const { report, termFrequency } of list) {
				frequencies[report] = termFrequency;
				if (documentIds[report] === undefined) {
					documentIds[report] = report;
					fieldLength[report] = source.lengths(report);
				}
			}
			data[fieldId] = frequencies;
		});
		index.push([term, data]);
	}
	return MiniSearch.loadJS(
		{
			documentCount: source.documentCount,
			nextId: source.documentCount,
			documentIds,
			fieldIds: FIELD_ID,
			fieldLength,
			averageFieldLength: source.averageFieldLength,
			storedFields: {},
			dirtCount: 0,
			index,
			serializationVersion: 2
		},
		MINISEARCH_OPTIONS
	);
}

/** Every term a query can look up: its bigrams (or lone characters) and its word candidates. */
export function queryTerms(parts: string[]): string[] {
	return [...new Set([...parts.flatMap(queryGrams), ...parts.flatMap(queryWords)])];
}

/**
 * Ranks the reports for a query's parts, on an index holding at least their terms (partialIndex, or
 * one over every report): a report must hold every bigram of every part (AND; so every
 * report holding the query verbatim is found), segmenter words add to its score. Only when no report
 * holds them all does it fall back to OR.
 */
export function rankReports(search: MiniSearch, parts: string[]): { mode: Mode; reports: ReportMatch[] } {
	if (parts.length === 0) return { mode: 'empty', reports: [] };
	const grams = [...new Set(parts.flatMap(queryGrams))];
	const words = [...new Set(parts.flatMap(queryWords))];
	let mode: Mode = 'and';
	let found = search.search({ combineWith: 'AND', queries: grams }, GRAMS);
	if (found.length === 0) {
		mode = 'or';
		found = search.search({ combineWith: 'OR', queries: grams }, GRAMS);
	}
	const score = new Map<number, number>(found.map((r) => [r.id as number, r.score]));
	for (const r of search.search({ combineWith: 'OR', queries: words }, { ...WORDS, filter: (r) => score.has(r.id) }))
		score.set(r.id, score.get(r.id)! + WORD_WEIGHT * r.score);
	const reports = [...score].map(([report, s]) => ({ report, score: s })).sort(byRank);
	return { mode, reports };
}

const byRank = (a: ReportMatch, b: ReportMatch) => b.score - a.score || a.report - b.report;

/**
 * One ranking for several wordings of a query (as typed, in mainland wording): a report found by
 * either is found, with its better score. AND results of one wording are never diluted by the
 * other's OR fallback.
 */
export function mergeRankings(rankings: { mode: Mode; reports: ReportMatch[] }[]): { mode: Mode; reports: ReportMatch[] } {
	if (rankings.length === 1) return rankings[0];
	const anded = rankings.filter((r) => r.mode === 'and');
	const used = anded.length ? anded : rankings;
	const best = new Map<number, number>();
	for (const r of used) for (const m of r.reports) best.set(m.report, Math.max(best.get(m.report) ?? 0, m.score));
	return { mode: used[0].mode, reports: [...best].map(([report, score]) => ({ report, score })).sort(byRank) };
}
