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

	constructor(
		readonly manifest: Manifest,
		private read: FileReader
	) {
		this.numbered = numberReports(manifest.reports);
		this.reports = new Map(this.numbered.map((r) => [r.id, r]));
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

	/** A MiniSearch index of the query's terms, and the position lookups for "contains whole". */
	private source(terms: string[], raw: (term: string) => (number[] | 0)[] | undefined): QuerySource {
		const plain: AsPlainObject = {
			documentCount: this.manifest.documentCount,
			nextId: this.manifest.documentCount,
			documentIds: {},
			fieldIds: FIELD_ID,
			fieldLength: {},
			averageFieldLength: this.manifest.averageFieldLength,
			storedFields: {},
			dirtCount: 0,
			index: [],
			serializationVersion: 2
		};
		const byTerm = new Map<string, TermPostings>();
		for (const term of terms) {
			const fields = this.postings(term, raw(term));
			if (!fields) continue;
			byTerm.set(term, fields);
			const entry: Record<string, Record<string, number>> = {};
			fields.forEach((postings, fieldId) => {
				if (!postings) return;
				const freqs: Record<string, number> = (entry[fieldId] = {});
				for (const p of postings) {
					freqs[p.doc] = p.termFrequency;
					plain.documentIds[p.doc] = p.doc as unknown as string;
					(plain.fieldLength[p.doc] ??= INDEX_FIELDS.map(() => 0))[fieldId] = p.fieldLength;
				}
			});
			plain.index.push([term, entry]);
		}
		const index = MiniSearch.loadJS<SearchDoc>(plain, indexOptions);
		const shapes = new Map<string, PartShape>();
		return {
			index,
			reportOf: (doc) => reportOfDoc(this.numbered, doc).id,
			contains: (doc, part) => {
				let shape = shapes.get(part);
				if (!shape) shapes.set(part, (shape = partShape(part)));
				return containsWhole(shape, doc, byTerm);
			}
		};
	}
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
