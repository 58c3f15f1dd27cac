import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { SearchDoc } from '../types';
import {
	decodePostings,
	FIELD_ID,
	INDEX_FIELDS,
	isPositional,
	numberReports,
	reportOfDoc,
	shardOf,
	storeFile,
	termFile,
	type ReportEntry,
	type Manifest,
	type Posting,
	type ReportStore,
	type TermShard
} from './format';
import { indexOptions } from './options';
import { queryParts } from './tokenize';
import { queryTerms, runQuery, type Hit, type Match, type Outcome, type QuerySource } from './query';
import { partShape, type PartShape } from './exact';

/** Reads one published index file by name (fetch in the browser, the disk or memory in tests). */
export type FileReader = (name: string) => Promise<unknown>;

/** A term's postings, decoded once, one list per field (null when the field lacks the term). */
type TermPostings = (Posting[] | null)[];

/**
 * The browser half of the sharded index: given the manifest, it fetches the shards a query's terms
 * live in, assembles a MiniSearch index of just those terms (with the whole corpus's document count
 * and average lengths, so scores are those of the full index), and runs the query on it. Stored
 * fields come per report, when a result is shown.
 */
export class SearchEngine {
	readonly reports: Map<string, ReportEntry>;
	private numbered: ReportEntry[];
	private shards = new Map<number, Promise<TermShard>>();
	private stores = new Map<string, Promise<ReportStore>>();
	private decoded = new Map<string, TermPostings | null>();
	private index: MiniSearch<SearchDoc>;

	constructor(
		readonly manifest: Manifest,
		private read: FileReader
	) {
		this.numbered = numberReports(manifest.reports);
		this.reports = new Map(this.numbered.map((r) => [r.id, r]));
		this.index = emptyIndex(manifest);
	}

	/** Fetches what the query needs, then runs it. */
	async search(q: string): Promise<Outcome> {
		const terms = queryTerms(queryParts(q));
		const count = this.manifest.shards.length;
		const loaded = new Map<number, TermShard>();
		await Promise.all(
			[...new Set(terms.map((t) => shardOf(t, count)))].map(async (n) => loaded.set(n, await this.shard(n)))
		);
		return runQuery(this.source(terms, (t) => loaded.get(shardOf(t, count))?.[t]), q);
	}

	/** The stored fields of the given matches (one store per report, fetched once). */
	async resolve(matches: Match[]): Promise<Hit[]> {
		const needed = [...new Set(matches.map((m) => m.report))];
		const stores = new Map(await Promise.all(needed.map(async (id) => [id, await this.store(id)] as const)));
		return matches.map((m) => {
			const entry = this.reports.get(m.report)!;
			const [anchor, kind, title, path, text] = stores.get(m.report)![m.doc - entry.firstDoc];
			return { ...m, id: `${m.report}#${anchor}`, anchor, kind, title, path, text };
		});
	}

	private shard(n: number): Promise<TermShard> {
		let p = this.shards.get(n);
		if (!p) {
			p = this.read(termFile(this.manifest.shards[n])) as Promise<TermShard>;
			p.catch(() => this.shards.delete(n));
			this.shards.set(n, p);
		}
		return p;
	}

	private store(report: string): Promise<ReportStore> {
		let p = this.stores.get(report);
		if (!p) {
			p = this.read(storeFile(this.reports.get(report)!.store)) as Promise<ReportStore>;
			p.catch(() => this.stores.delete(report));
			this.stores.set(report, p);
		}
		return p;
	}

	private postings(term: string, raw: (number[] | 0)[] | undefined): TermPostings | null {
		if (this.decoded.has(term)) return this.decoded.get(term)!;
		const out = raw ? raw.map((list, fieldId) => (list ? decodePostings(list, isPositional(term, fieldId)) : null)) : null;
		this.decoded.set(term, out);
		return out;
	}

	/**
	 * The query's terms added to the page's one MiniSearch index (created empty with the corpus's
	 * document count and average lengths, so scores are those of the full index), and the position
	 * lookups for "contains whole". Terms stay for later queries: typing a longer query adds only
	 * its new terms.
	 */
	private source(terms: string[], raw: (term: string) => (number[] | 0)[] | undefined): QuerySource {
		const byTerm = new Map<string, TermPostings>();
		for (const term of terms) {
			const known = this.decoded.has(term);
			const fields = this.postings(term, raw(term));
			if (!fields) continue;
			byTerm.set(term, fields);
			if (!known) addTerm(this.index, term, fields);
		}
		const shapes = new Map<string, PartShape>();
		return {
			index: this.index,
			reportOf: (doc) => reportOfDoc(this.numbered, doc).id,
			contains: (doc, part) => {
				let shape = shapes.get(part);
				if (!shape) shapes.set(part, (shape = partShape(part)));
				return containsWhole(shape, doc, byTerm);
			}
		};
	}
}

/** MiniSearch's fields a loaded index fills (see MiniSearch.loadJS): the one place that reaches inside. */
interface MiniSearchInside {
	_index: { set(term: string, data: Map<number, Map<number, number>>): void };
	_documentIds: Map<number, number>;
	_idToShortId: Map<number, number>;
	_fieldLength: Map<number, number[]>;
}

/** An index with no terms yet and the corpus's counts. */
function emptyIndex(manifest: Manifest): MiniSearch<SearchDoc> {
	const plain: AsPlainObject = {
		documentCount: manifest.documentCount,
		nextId: manifest.documentCount,
		documentIds: {},
		fieldIds: FIELD_ID,
		fieldLength: {},
		averageFieldLength: manifest.averageFieldLength,
		storedFields: {},
		dirtCount: 0,
		index: [],
		serializationVersion: 2
	};
	return MiniSearch.loadJS<SearchDoc>(plain, indexOptions);
}

/**
 * Adds one term's postings as MiniSearch.loadJS would have (document short ids are the document
 * numbers): rebuilding an index per query cost a copy of every posting of the query's terms, which
 * for 公开 at 1,000 reports is most of the corpus.
 */
function addTerm(index: MiniSearch<SearchDoc>, term: string, fields: TermPostings) {
	const inside = index as unknown as MiniSearchInside;
	const data = new Map<number, Map<number, number>>();
	fields.forEach((postings, fieldId) => {
		if (!postings) return;
		const freqs = new Map<number, number>();
		for (const p of postings) {
			freqs.set(p.doc, p.termFrequency);
			let lengths = inside._fieldLength.get(p.doc);
			if (!lengths) {
				inside._documentIds.set(p.doc, p.doc);
				inside._idToShortId.set(p.doc, p.doc);
				inside._fieldLength.set(p.doc, (lengths = INDEX_FIELDS.map(() => 0)));
			}
			lengths[fieldId] = p.fieldLength;
		}
		data.set(fieldId, freqs);
	});
	inside._index.set(term, data);
}

function find(postings: Posting[] | null | undefined, doc: number): Posting | undefined {
	if (!postings) return undefined;
	let lo = 0;
	let hi = postings.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (postings[mid].doc === doc) return postings[mid];
		if (postings[mid].doc < doc) lo = mid + 1;
		else hi = mid - 1;
	}
	return undefined;
}

/**
 * Whether a part occurs whole in the title or the text: its lone characters occur there and its
 * bigrams sit at the offsets they have in the part. (Punctuation between a part's runs is not
 * checked: "复议,诉讼" counts as whole in "复议、诉讼".)
 */
function containsWhole(shape: PartShape, doc: number, byTerm: Map<string, TermPostings>): boolean {
	return [FIELD_ID.titleGrams, FIELD_ID.bodyGrams].some((fieldId) => {
		if (!shape.singles.every((c) => find(byTerm.get(c)?.[fieldId], doc))) return false;
		if (shape.bigrams.length === 0) return shape.singles.length > 0;
		const places = shape.bigrams.map((b) => find(byTerm.get(b.term)?.[fieldId], doc)?.positions ?? null);
		if (places.some((p) => !p)) return false;
		const sets = places.slice(1).map((p) => new Set(p));
		return places[0]!.some((start) => {
			const origin = start - shape.bigrams[0].at;
			return sets.every((set, i) => set.has(origin + shape.bigrams[i + 1].at));
		});
	});
}
