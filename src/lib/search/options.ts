import type { Options } from 'minisearch';
import type { SearchDoc } from '../types';
import { INDEX_FIELDS } from './format';

/** Fields hold terms already cut by search/tokenize, so the tokenizer here only splits on spaces. */
const splitTerms = (s: string): string[] => (s === '' ? [] : s.split(' '));
const asIs = (t: string): string => t;

/**
 * The one MiniSearch options object, for the per-query index the engine assembles from shards.
 * Titles weigh more than body text; words from the segmenter are searched separately.
 */
export const indexOptions: Options<SearchDoc> = {
	idField: 'id',
	fields: [...INDEX_FIELDS],
	tokenize: splitTerms,
	processTerm: asIs,
	searchOptions: { tokenize: splitTerms, processTerm: asIs, prefix: false, fuzzy: false }
};

/**
 * Boosts: a title match counts three times a body match; a match only through another template's
 * label for the row (synonymGrams) counts as a body match.
 */
export const GRAM_FIELDS = { fields: ['titleGrams', 'bodyGrams', 'synonymGrams'], boost: { titleGrams: 3, bodyGrams: 1, synonymGrams: 1 } };
export const WORD_FIELDS = { fields: ['titleWords', 'bodyWords'], boost: { titleWords: 3, bodyWords: 1 } };
