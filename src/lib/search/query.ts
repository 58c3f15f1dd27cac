import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { SearchDoc } from '../types';
import { fold } from './fold';
import { GRAM_FIELDS, WORD_FIELDS } from './options';
import { queryGrams, queryParts, queryWords } from './tokenize';

export interface Hit {
	id: string;
	report: string;
	anchor: string;
	kind: 's' | 'r';
	title: string;
	path: string;
	text: string;
	score: number;
	/** Every part of the query occurs whole in the title or text. */
	exact: boolean;
}

export type Mode = 'empty' | 'and' | 'or';

export interface Outcome {
	mode: Mode;
	parts: string[];
	hits: Hit[];
}

/** Word matches count double: a section where 行政复议 is a word beats one where it only spans two words. */
const WORD_WEIGHT = 2;

/**
 * Runs a query: every part must match (AND over bigrams); segmenter words add to the score; hits
 * containing every part whole come first. Only when AND finds nothing does it fall back to OR.
 */
export function runQuery(index: MiniSearch<SearchDoc>, q: string): Outcome {
	const parts = queryParts(q);
	if (parts.length === 0) return { mode: 'empty', parts, hits: [] };
	const grams = [...new Set(parts.flatMap(queryGrams))].join(' ');
	let mode: Mode = 'and';
	let base = index.search(grams, { ...GRAM_FIELDS, combineWith: 'AND' });
	if (base.length === 0) {
		mode = 'or';
		base = index.search(grams, { ...GRAM_FIELDS, combineWith: 'OR' });
	}
	const words = new Map<string, number>();
	const candidates = [...new Set(parts.flatMap(queryWords))].join(' ');
	if (candidates) for (const r of index.search(candidates, { ...WORD_FIELDS, combineWith: 'OR' })) words.set(r.id, r.score);
	const folded = parts.map(fold);
	const hits = base.map((r) => toHit(r, r.score + WORD_WEIGHT * (words.get(r.id) ?? 0), folded));
	hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.id.localeCompare(b.id));
	return { mode, parts, hits };
}

function toHit(r: SearchResult, score: number, parts: string[]): Hit {
	const hay = fold(`${r.t}\n${r.x}`);
	return {
		id: r.id,
		report: r.r,
		anchor: r.a,
		kind: r.k,
		title: r.t,
		path: r.p,
		text: r.x,
		score,
		exact: parts.every((p) => hay.includes(p))
	};
}
