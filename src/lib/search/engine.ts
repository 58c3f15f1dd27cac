import {
	decodePostings,
	isPositional,
	numberReports,
	reportOfDoc,
	shardOf,
	storeFile,
	termFile,
	type ReportEntry,
	type Manifest,
	type ReportStore,
	type TermShard
} from './format';
import { containsWhole, type TermPostings } from './postings';
import { queryParts } from './tokenize';
import { queryTerms, runQuery, type Hit, type Match, type Outcome, type QuerySource } from './query';
import { partShape, type PartShape } from './exact';

/** Reads one published index file by name (fetch in the browser, the disk or memory in tests). */
export type FileReader = (name: string) => Promise<unknown>;

/**
 * The browser half of the sharded index: given the manifest, it fetches the shards a query's terms
 * live in, decodes those terms' postings and runs the query on them, scored with the whole corpus's
 * document count and average lengths, so scores are those of one index over everything. Stored
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

	/**
	 * The query's postings, decoded once per term (terms stay for later queries: typing a longer
	 * query decodes only its new terms), and the position lookups for "contains whole".
	 */
	private source(terms: string[], raw: (term: string) => (number[] | 0)[] | undefined): QuerySource {
		const byTerm = new Map<string, TermPostings>();
		for (const term of terms) {
			const fields = this.postings(term, raw(term));
			if (fields) byTerm.set(term, fields);
		}
		const shapes = new Map<string, PartShape>();
		return {
			documentCount: this.manifest.documentCount,
			averageFieldLength: this.manifest.averageFieldLength,
			postings: (term) => byTerm.get(term),
			reportOf: (doc) => reportOfDoc(this.numbered, doc).id,
			contains: (doc, part) => {
				let shape = shapes.get(part);
				if (!shape) shapes.set(part, (shape = partShape(part)));
				return containsWhole(shape, doc, byTerm);
			}
		};
	}
}
