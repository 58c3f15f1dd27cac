import type { Options } from 'minisearch';
import type { SearchDoc } from '../types';

/** Fields hold terms already cut by search/tokenize, so the tokenizer here only splits on spaces. */
const splitTerms = (s: string): string[] => (s === '' ? [] : s.split(' '));
const asIs = (t: string): string => t;

/**
 * The one MiniSearch options object: used to build the index at build time and to load it in the
 * browser. Titles weigh more than body text; words from the segmenter are searched separately.
 */
export const indexOptions: Options<SearchDoc> = {
	idField: 'id',
	fields: ['tw', 'tg', 'w', 'g'],
	storeFields: ['r', 'a', 'k', 't', 'p', 'x'],
	tokenize: splitTerms,
	processTerm: asIs,
	searchOptions: { tokenize: splitTerms, processTerm: asIs, prefix: false, fuzzy: false }
};

/** Boosts: a title match counts three times a body match. */
export const GRAM_FIELDS = { fields: ['tg', 'g'], boost: { tg: 3, g: 1 } };
export const WORD_FIELDS = { fields: ['tw', 'w'], boost: { tw: 3, w: 1 } };

/** The index file: the MiniSearch index (as MiniSearch.toJSON gives it) and the reports it covers. */
export interface IndexFile {
	version: 1;
	reports: import('../types').SearchCatalogueEntry[];
	index: import('minisearch').AsPlainObject;
}
