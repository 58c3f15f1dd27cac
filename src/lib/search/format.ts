/**
 * The search index as published: a small manifest, term shards and per-report stores (see docs/search.md).
 * This module is the one place that knows the file layout and the posting encoding; the
 * builder (server/search-index) writes it and the client (search/engine) reads it.
 */

/**
 * The fields of a report's first-level document, in the order their ids take: the report's title and
 * agency (words and bigrams), the text of its sections and table rows (words and bigrams), and the
 * labels other templates give its rows' indicators (纠错 ↔ 结果纠正).
 */
export const INDEX_FIELDS = ['titleWords', 'titleGrams', 'bodyWords', 'bodyGrams', 'synonymGrams'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];
export const FIELD_ID: Record<IndexField, number> = { titleWords: 0, titleGrams: 1, bodyWords: 2, bodyGrams: 3, synonymGrams: 4 };

export const FORMAT_VERSION = 5;

/** A report as a catalogue file lists it: fetched for the reports shown, never before the first is ranked. */
export interface SearchCatalogueEntry {
	id: string;
	agency: string | null;
	year: number | null;
	/** The title, only when there is no agency to name the report by. */
	title?: string;
	/** Content hash of the file holding its sections' and rows' stored fields (see storeFile). */
	store: string;
}

/** A catalogue entry with the report's number (its place in site order, what postings name). */
export interface ReportEntry extends SearchCatalogueEntry {
	number: number;
}

/** Reports per catalogue file, shard hashes per shard list: small files, few of them per query. */
export const CATALOGUE_RANGE = 100;
export const SHARD_LIST = 256;

/**
 * Everything fetched before a first query: counts and file hashes only. Reports are numbers in
 * postings; their ids, agencies and stores come in catalogue files of CATALOGUE_RANGE reports, the
 * shards' hashes in lists of SHARD_LIST, and the reports' field lengths in one file: at 10,000
 * reports each of these would pass the 300 KB budget, or most of it, on its own.
 */
export interface Manifest {
	version: typeof FORMAT_VERSION;
	/** Reports: the first level's documents. */
	documentCount: number;
	averageFieldLength: number[];
	/** Content hash of the field lengths file (see lengthsFile). */
	lengths: string;
	shardCount: number;
	/** Content hashes of the shard lists (see shardListFile): shard n is entry n % SHARD_LIST of list n / SHARD_LIST. */
	shardLists: string[];
	/** Content hashes of the catalogue files (see catalogueFile): report n is in file n / CATALOGUE_RANGE. */
	catalogues: string[];
	/** The files "did you mean" reads (see search/hints.ts), fetched only when a query finds nothing whole. */
	hints: {
		shardCount: number;
		/** Content hashes of the hint shard lists (shardListFile): hint shard n is entry n % SHARD_LIST of list n / SHARD_LIST. */
		shardLists: string[];
		/** Content hashes of the READING_SHARDS character reading files (readingFile), by keyShard(character). */
		readings: string[];
	};
}

/**
 * Every report's length in every field (MiniSearch's count of distinct terms), one array per field
 * in FIELD_ID order, reports in number order. One file, fetched with a query's first shards: kept
 * in the postings instead, a common query's ten or more lists would each repeat the 10,000 lengths.
 */
export type FieldLengths = number[][];

/** File names from content hashes: the manifest lists hashes only, the names are made here. */
export const termFile = (hash: string): string => `terms-${hash}.json`;
export const lengthsFile = (hash: string): string => `lengths-${hash}.json`;
export const storeFile = (hash: string): string => `doc-${hash}.json`;
export const manifestFile = (hash: string): string => `manifest-${hash}.json`;
export const shardListFile = (hash: string): string => `shards-${hash}.json`;
export const catalogueFile = (hash: string): string => `reports-${hash}.json`;
export const hintFile = (hash: string): string => `hints-${hash}.json`;
export const readingFile = (hash: string): string => `readings-${hash}.json`;

/**
 * A hint shard: for each pinyin key (syllables separated by spaces; see search/hints.ts) the indexed
 * words that have it, with how many documents hold each word and whether the key is the word's whole
 * reading (1) or its reading less one syllable (0).
 */
export type HintShard = Record<string, [word: string, docs: number, whole: 0 | 1][]>;
/** A reading file: character (of those keyShard puts here) → its toneless readings, most common first, separated by spaces. */
export type ReadingShard = Record<string, string>;
export const READING_SHARDS = 64;

/** The shard of a whole key (a hint key, or one character for the readings). */
export function keyShard(key: string, count: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % count;
}

/**
 * A term shard: for each term, one posting list per index field (0 when the field lacks the term).
 * A list is flat numbers, two per report holding the term, in increasing report order: the report's
 * number minus the previous one's, and the term's frequency there.
 */
export type TermShard = Record<string, (number[] | 0)[]>;

/**
 * What a search document is: 's' a section (or the preamble), 'r' a table row. One letter, as it is
 * stored once per document in every report's store.
 */
export type DocKind = 's' | 'r';

/**
 * A report's stored fields, one tuple per section or row in report order. `synonyms` (labels other
 * templates give a row's indicators) is searched, never shown; it is left off when empty.
 */
export type StoredDoc = [anchor: string, kind: DocKind, title: string, path: string, text: string, synonyms?: string];
export type ReportStore = StoredDoc[];

/**
 * The shard a term lives in, from its first two characters: a query's word candidates starting at
 * a position share the shard of the bigram at that position, so a query fetches one shard per bigram.
 */
export function shardOf(term: string, shardCount: number): number {
	// The hash of the first two code points (UTF-16 units hashed), without building the substring.
	let end = 0;
	for (let k = 0; k < 2 && end < term.length; k++) end += term.codePointAt(end)! > 0xffff ? 2 : 1;
	let hash = 0x811c9dc5;
	for (let i = 0; i < end; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % shardCount;
}

/** One report's frequency of a term in a field. */
export interface Posting {
	report: number;
	termFrequency: number;
}

export function encodePostings(postings: Posting[]): number[] {
	const out: number[] = [];
	let previous = 0;
	for (const p of postings) {
		out.push(p.report - previous, p.termFrequency);
		previous = p.report;
	}
	return out;
}

export function decodePostings(list: number[]): Posting[] {
	const out: Posting[] = [];
	let report = 0;
	for (let i = 0; i + 1 < list.length; i += 2) out.push({ report: (report += list[i]), termFrequency: list[i + 1] });
	return out;
}
