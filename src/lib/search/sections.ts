/**
 * The second level of search: inside one report on the page of results, its sections and table rows
 * ranked by MiniSearch. The report's store (its sections' text, content-hashed, fetched once) is the
 * index. Once per report, each section's fields are folded and their lengths counted (MiniSearch's
 * distinct terms); per query, the query's terms are counted in the folded text and loaded into
 * MiniSearch (loadJS) with those lengths, so scores are those of MiniSearch over the whole report
 * (tests/unit/search/sections.test.ts checks it). A prebuilt index would carry every bigram's
 * postings, several times the bytes of the text the snippets need anyway, and tokenizing the whole
 * report per query took most of a warm query's time.
 */
import MiniSearch from 'minisearch';
import type { ReportStore } from './format';
import { fold } from './fold';
import type { Mode } from './ranking';
import { indexGrams, queryGrams } from './tokenize';

/** A section or row of a report that matched: its index in the report's store. */
export interface SectionMatch {
	doc: number;
	score: number;
	/** Every part of the query occurs whole in its title or text. */
	exact: boolean;
}

/** The fields of a section or row, in the order of their ids: heading or label, text, other templates' labels. */
export const SECTION_FIELDS = ['title', 'text', 'synonyms'] as const;

/**
 * A heading or row label counts three times its text, as a report's title does at the first level; a
 * match only through another template's label for the row (synonyms) counts as text, and never as
 * whole, so it ranks after the literal matches.
 */
const SEARCH = { boost: { title: 3 } };

/**
 * A table row is one figure under a short label, so its label alone outscores a section whose
 * heading says the same and whose text discusses it at length. The prose is where a reader lands
 * first; the row stays just after it, and first where it alone holds the query.
 */
export const ROW_WEIGHT = 0.8;

/** What ranking a report's sections needs of its store, worked out once per report. */
export interface ReportSections {
	/** Per section, its fields folded (SECTION_FIELDS order). */
	folded: string[][];
	/** Per section, whether it is a table row. */
	rows: boolean[];
	/** Per section, its fields' lengths: distinct terms, as MiniSearch counts them. */
	lengths: number[][];
	averageFieldLength: number[];
}

export function prepareSections(store: ReportStore): ReportSections {
	const folded = store.map(([, , title, , text, synonyms]) => [title, text, synonyms ?? ''].map(fold));
	const lengths = folded.map((fields) => fields.map((f) => new Set(indexGrams(f)).size));
	const averageFieldLength = SECTION_FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + l[f], 0) / Math.max(1, lengths.length));
	return { folded, rows: store.map(([, kind]) => kind === 'r'), lengths, averageFieldLength };
}

/** How often a term (a bigram or one character of a run) occurs in folded text: its overlapping occurrences. */
function occurrences(text: string, term: string): number {
	let n = 0;
	for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) n++;
	return n;
}

/** A MiniSearch index of the report's sections holding just the given terms, with the whole report's lengths. */
function sectionIndex(report: ReportSections, terms: string[]): MiniSearch {
	const documentIds: Record<number, number> = {};
	const fieldLength: Record<number, number[]> = {};
	report.lengths.forEach((l, doc) => {
		documentIds[doc] = doc;
		fieldLength[doc] = l;
	});
	const index = terms.map((term): [string, Record<number, Record<number, number>>] => {
		const data: Record<number, Record<number, number>> = {};
		SECTION_FIELDS.forEach((_, fieldId) => {
			const frequencies: Record<number, number> = {};
			let any = false;
			report.folded.forEach((fields, doc) => {
				const n = occurrences(fields[fieldId], term);
				if (n) frequencies[doc] = n;
				any ||= n > 0;
			});
			if (any) data[fieldId] = frequencies;
		});
		return [term, data];
	});
	return MiniSearch.loadJS(
		{
			documentCount: report.folded.length,
			nextId: report.folded.length,
			documentIds,
			fieldIds: Object.fromEntries(SECTION_FIELDS.map((f, i) => [f, i])),
			fieldLength,
			averageFieldLength: report.averageFieldLength,
			storedFields: {},
			dirtCount: 0,
			index,
			serializationVersion: 2
		},
		{ fields: [...SECTION_FIELDS], tokenize: (term) => [term], processTerm: (term) => term }
	);
}

/**
 * The report's sections and rows for the query's parts, those containing every part whole first,
 * then by score. A section must hold every bigram (AND); when none does, any (OR): the report was
 * found for bigrams that may sit in different sections.
 */
export function rankSections(report: ReportSections, parts: string[]): { mode: Mode; sections: SectionMatch[] } {
	if (parts.length === 0) return { mode: 'empty', sections: [] };
	const grams = [...new Set(parts.flatMap(queryGrams))];
	const search = sectionIndex(report, grams);
	const options = { ...SEARCH, boostDocument: (doc: number) => (report.rows[doc] ? ROW_WEIGHT : 1) };
	let mode: Mode = 'and';
	let found = search.search({ combineWith: 'AND', queries: grams }, options);
	if (found.length === 0) {
		mode = 'or';
		found = search.search({ combineWith: 'OR', queries: grams }, options);
	}
	const sections = found.map((r) => {
		const [title, text] = report.folded[r.id];
		return { doc: r.id as number, score: r.score, exact: parts.every((p) => title.includes(p) || text.includes(p)) };
	});
	return { mode, sections: sections.sort(byRank) };
}

const byRank = (a: SectionMatch, b: SectionMatch) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.doc - b.doc;

/** The sections for several wordings of the query: found by either, exact when either finds it whole, with its better score. */
export function mergeSections(rankings: { mode: Mode; sections: SectionMatch[] }[]): SectionMatch[] {
	const anded = rankings.filter((r) => r.mode === 'and');
	const byDoc = new Map<number, SectionMatch>();
	for (const r of anded.length ? anded : rankings)
		for (const m of r.sections) {
			const seen = byDoc.get(m.doc);
			byDoc.set(m.doc, seen ? { doc: m.doc, score: Math.max(seen.score, m.score), exact: seen.exact || m.exact } : m);
		}
	return [...byDoc.values()].sort(byRank);
}
