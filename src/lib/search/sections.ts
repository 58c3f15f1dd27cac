/**
 * The second level of search: inside one report on the page of results, its sections and table rows
 * ranked by MiniSearch. The report's store (its sections' text, content-hashed, fetched once) is the
 * index: MiniSearch indexes it here with the query's terms only, but counts every term for the field
 * lengths, so scores are those of the report's whole section index. A prebuilt index would carry
 * every bigram's postings, several times the bytes of the text the snippets need anyway.
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

/**
 * A heading or row label counts three times its text, as a report's title does at the first level; a
 * match only through another template's label for the row (synonyms) counts as text, and never as
 * whole, so it ranks after the literal matches.
 */
const BOOST = { title: 3 };

/**
 * The report's sections and rows for the query's parts, those containing every part whole first,
 * then by score. A section must hold every bigram (AND); when none does, any (OR): the report was
 * found for bigrams that may sit in different sections.
 */
export function rankSections(store: ReportStore, parts: string[]): { mode: Mode; sections: SectionMatch[] } {
	if (parts.length === 0) return { mode: 'empty', sections: [] };
	const grams = [...new Set(parts.flatMap(queryGrams))];
	const wanted = new Set(grams);
	const search = new MiniSearch({
		fields: ['title', 'text', 'synonyms'],
		tokenize: indexGrams,
		// Every term counts toward the field's length (MiniSearch counts before processing); only the query's are kept.
		processTerm: (term) => (wanted.has(term) ? term : null),
		searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, boost: BOOST }
	});
	search.addAll(store.map(([, , title, , text, synonyms], id) => ({ id, title, text, synonyms })));
	let mode: Mode = 'and';
	let found = search.search({ combineWith: 'AND', queries: grams });
	if (found.length === 0) {
		mode = 'or';
		found = search.search({ combineWith: 'OR', queries: grams });
	}
	const sections = found.map((r) => {
		const [, , title, , text] = store[r.id];
		const hay = fold(`${title}\n${text}`);
		return { doc: r.id as number, score: r.score, exact: parts.every((p) => hay.includes(p)) };
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
