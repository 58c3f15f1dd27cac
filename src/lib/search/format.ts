/**
 * The search index as published: a small manifest, term shards and per-report stores (see docs/search.md).
 * This module is the one place that knows the file layout and the posting encoding; the
 * builder (server/search-index) writes it and the client (search/engine) reads it.
 */

/** The fields MiniSearch scores, in the order their ids take. */
export const INDEX_FIELDS = ['titleWords', 'titleGrams', 'bodyWords', 'bodyGrams', 'synonymGrams'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];
export const FIELD_ID: Record<IndexField, number> = { titleWords: 0, titleGrams: 1, bodyWords: 2, bodyGrams: 3, synonymGrams: 4 };
/** Gram fields keep the positions of their bigrams, so "contains the query whole" needs no stored text. */
export const POSITIONAL_FIELDS: readonly number[] = [FIELD_ID.titleGrams, FIELD_ID.bodyGrams];

export const FORMAT_VERSION = 4;

/** A report as a catalogue file lists it: fetched with the report's results, never before the first one. */
export interface SearchCatalogueEntry {
	id: string;
	agency: string | null;
	year: number | null;
	/** The title, only when there is no agency to name the report by. */
	title?: string;
	/** How many documents it has: reports' documents are numbered consecutively, in manifest order. */
	docs: number;
	/** Content hash of the file holding its documents' stored fields (see storeFile). */
	store: string;
}

/** A catalogue entry with the number of its first document, as the engine holds it. */
export interface ReportEntry extends SearchCatalogueEntry {
	firstDoc: number;
}

/** Reports per catalogue file, shard hashes per shard list: small files, few of them per query. */
export const CATALOGUE_RANGE = 100;
export const SHARD_LIST = 256;

/**
 * Everything fetched before a first query, so it holds per report only its id and document count
 * (what ranking and grouping need for every match). The rest of the catalogue comes in files of
 * CATALOGUE_RANGE reports, and the shards' hashes in lists of SHARD_LIST: at 10,000 reports the
 * catalogue (agency, year, store hash) and 32,768 shard hashes would each have passed the 300 KB
 * budget on their own.
 */
export interface Manifest {
	version: typeof FORMAT_VERSION;
	documentCount: number;
	averageFieldLength: number[];
	shardCount: number;
	/** Content hashes of the shard lists (see shardListFile): shard n is entry n % SHARD_LIST of list n / SHARD_LIST. */
	shardLists: string[];
	/** Per report, in document order: its id and its number of documents. */
	reports: [id: string, docs: number][];
	/** Content hashes of the catalogue files (see catalogueFile): report i is in file i / CATALOGUE_RANGE. */
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

/** File names from content hashes: the manifest lists hashes only, the names are made here. */
export const termFile = (hash: string): string => `terms-${hash}.json`;
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

/** A report of the manifest with its number and its first document's. */
export interface NumberedReport {
	id: string;
	number: number;
	firstDoc: number;
	docs: number;
}

/** The manifest's reports with each one's number and first document number. */
export function numberReports(reports: Manifest['reports']): NumberedReport[] {
	let firstDoc = 0;
	return reports.map(([id, docs], number) => {
		const entry = { id, number, firstDoc, docs };
		firstDoc += docs;
		return entry;
	});
}

/**
 * A term shard: for each term, one posting list per index field (0 when the field lacks the term).
 * A list is flat numbers, per document in increasing order: document number minus the previous one,
 * term frequency, the field's length in that document, then, for a bigram in a gram field, its
 * positions (UTF-16 offsets in the folded field text) as differences from the previous one.
 */
export type TermShard = Record<string, (number[] | 0)[]>;

/**
 * What a search document is: 's' a section (or the preamble), 'r' a table row. One letter, as it is
 * stored once per document in every report's store.
 */
export type DocKind = 's' | 'r';

/** A report's stored fields, one tuple per document in document order. */
export type StoredDoc = [anchor: string, kind: DocKind, title: string, path: string, text: string];
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

/** Bigrams carry positions: single characters and segmenter words do not need them. */
export const isPositional = (term: string, fieldId: number): boolean =>
	POSITIONAL_FIELDS.includes(fieldId) && Array.from(term).length === 2;

export interface Posting {
	doc: number;
	termFrequency: number;
	fieldLength: number;
	positions: number[] | null;
}

/** Appends one posting to an encoded list whose last posting was for `previousDoc` (0 for the first). */
export function appendPosting(list: number[], previousDoc: number, p: Posting) {
	list.push(p.doc - previousDoc, p.termFrequency, p.fieldLength);
	let at = 0;
	for (const pos of p.positions ?? []) {
		list.push(pos - at);
		at = pos;
	}
}

export function encodePostings(postings: Posting[]): number[] {
	const out: number[] = [];
	let previous = 0;
	for (const p of postings) {
		appendPosting(out, previous, p);
		previous = p.doc;
	}
	return out;
}

/**
 * A decoded posting list, one column per number: the engine scans doc lists to cut AND candidates
 * and looks up positions by binary search, so flat typed arrays beat an object per posting.
 */
export interface PostingColumns {
	docs: Uint32Array;
	termFrequencies: Uint32Array;
	fieldLengths: Uint32Array;
	/** Positions of the i-th posting: positions[positionStart[i] .. positionStart[i + 1]), empty when not positional. */
	positionStart: Uint32Array;
	positions: Uint32Array;
}

export function decodePostings(list: number[], positional: boolean): PostingColumns {
	let count = 0;
	let positionCount = 0;
	for (let i = 0; i < list.length; count++) {
		const termFrequency = list[i + 1];
		i += 3 + (positional ? termFrequency : 0);
		if (positional) positionCount += termFrequency;
	}
	const out: PostingColumns = {
		docs: new Uint32Array(count),
		termFrequencies: new Uint32Array(count),
		fieldLengths: new Uint32Array(count),
		positionStart: new Uint32Array(count + 1),
		positions: new Uint32Array(positionCount)
	};
	let doc = 0;
	let at = 0;
	for (let i = 0, n = 0; n < count; n++) {
		doc += list[i];
		out.docs[n] = doc;
		out.termFrequencies[n] = list[i + 1];
		out.fieldLengths[n] = list[i + 2];
		i += 3;
		out.positionStart[n] = at;
		if (positional) {
			let position = 0;
			for (let k = 0; k < out.termFrequencies[n]; k++) out.positions[at++] = position += list[i++];
		}
	}
	out.positionStart[count] = at;
	return out;
}

/** The report holding a document (reports are in document order). */
export function reportOfDoc(reports: NumberedReport[], doc: number): NumberedReport {
	let lo = 0;
	let hi = reports.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (reports[mid].firstDoc <= doc) lo = mid;
		else hi = mid - 1;
	}
	return reports[lo];
}
