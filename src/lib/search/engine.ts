import {
	CATALOGUE_RANGE,
	catalogueFile,
	decodePostings,
	FORMAT_VERSION,
	hintFile,
	isPositional,
	keyShard,
	READING_SHARDS,
	readingFile,
	numberReports,
	reportOfDoc,
	SHARD_LIST,
	shardListFile,
	shardOf,
	storeFile,
	termFile,
	type SearchCatalogueEntry,
	type HintShard,
	type Manifest,
	type NumberedReport,
	type ReportEntry,
	type ReadingShard,
	type ReportStore,
	type TermShard
} from './format';
import { containsWhole, type TermPostings } from './postings';
import { queryParts } from './tokenize';
import { queryVariants } from './regional';
import { mergeOutcomes, queryTerms, runQuery, type Hit, type Match, type Outcome, type QuerySource } from './query';
import { partShape, type PartShape } from './exact';
import { hintable, hintKeys, nearest, partReadings, type Candidate } from './hints';

/** Reads one published index file by name (fetch in the browser, the disk or memory in tests). */
export type FileReader = (name: string) => Promise<unknown>;

/**
 * The browser half of the sharded index: given the manifest, it fetches the shards a query's terms
 * live in, decodes those terms' postings and runs the query on them, scored with the whole corpus's
 * document count and average lengths, so scores are those of one index over everything. A report's
 * catalogue entry and stored fields come when one of its results is shown.
 */
export class SearchEngine {
	/** The catalogue entries loaded so far (see describe): those of every report a resolved or described match is in. */
	readonly reports = new Map<string, ReportEntry>();
	private numbered: NumberedReport[];
	private byId: Map<string, NumberedReport>;
	private files = new Map<string, Promise<unknown>>();
	private decoded = new Map<string, TermPostings | null>();

	constructor(
		readonly manifest: Manifest,
		private read: FileReader
	) {
		if (manifest.version !== FORMAT_VERSION) throw new Error(`nianbao search: index format ${manifest.version}, this page reads ${FORMAT_VERSION}`);
		this.numbered = numberReports(manifest.reports);
		this.byId = new Map(this.numbered.map((r) => [r.id, r]));
	}

	/** How many reports the index covers. */
	get reportCount(): number {
		return this.numbered.length;
	}

	/** Fetches what the query needs, then runs it as typed and, when its wording is regional, in mainland wording too. */
	async search(q: string): Promise<Outcome> {
		const variants = queryVariants(queryParts(q));
		const source = await this.sourceFor(queryTerms(variants.flat()));
		return mergeOutcomes(variants.map((parts) => runQuery(source, parts)));
	}

	/**
	 * "Did you mean" (see hints.ts): for each part of the query that no document holds whole, in
	 * either wording, the nearest indexed words. The first suggestion replaces every such part by its
	 * nearest word; the others try the next words, one part at a time. The part's character readings
	 * and its keys' hint shards are fetched only here.
	 */
	async suggest(q: string, limit = 3): Promise<string[]> {
		const variants = queryVariants(queryParts(q));
		const source = await this.sourceFor(queryTerms(variants.flat()));
		const parts = variants[variants.length - 1];
		const words = await Promise.all(
			parts.map((part, i) =>
				!hintable(part) || variants.some((v) => runQuery(source, [v[i]]).matches.some((m) => m.exact)) ? [] : this.nearestWords(part, limit)
			)
		);
		const best = parts.map((p, i) => words[i][0] ?? p);
		const out = new Set<string>();
		if (words.some((w) => w.length)) out.add(best.join(' '));
		words.forEach((list, i) => list.slice(1).forEach((word) => out.add(best.map((p, k) => (k === i ? word : p)).join(' '))));
		return [...out].slice(0, limit);
	}

	private async nearestWords(part: string, limit: number): Promise<string[]> {
		const { hints } = this.manifest;
		const readings = new Map<string, string[]>();
		await Promise.all(
			[...new Set(Array.from(part))].map(async (c) => {
				const shard = (await this.file(readingFile(hints.readings[keyShard(c, READING_SHARDS)]))) as ReadingShard;
				readings.set(c, shard[c] ? shard[c].split(' ') : []);
			})
		);
		/** Each key to look up, and whether it is a whole reading of the part. */
		const keys = new Map<string, boolean>();
		for (const syllables of partReadings(part, (c) => readings.get(c) ?? [])) {
			const { whole, less } = hintKeys(syllables);
			keys.set(whole, true);
			for (const key of less) if (!keys.has(key)) keys.set(key, false);
		}
		const candidates: Candidate[] = [];
		await Promise.all(
			[...keys].map(async ([key, partWhole]) => {
				const n = keyShard(key, hints.shardCount);
				const list = (await this.file(shardListFile(hints.shardLists[Math.floor(n / SHARD_LIST)]))) as string[];
				const shard = (await this.file(hintFile(list[n % SHARD_LIST]))) as HintShard;
				for (const [word, docs, whole] of shard[key] ?? []) candidates.push({ word, docs, sounds: partWhole && whole === 1 });
			})
		);
		return nearest(part, candidates, limit);
	}

	/** The postings of the given terms, from the shards they live in (fetched once each). */
	private async sourceFor(terms: string[]): Promise<QuerySource> {
		const count = this.manifest.shardCount;
		const loaded = new Map<number, TermShard>();
		await Promise.all(
			[...new Set(terms.map((t) => shardOf(t, count)))].map(async (n) => loaded.set(n, await this.shard(n)))
		);
		return this.source(terms, (t) => loaded.get(shardOf(t, count))?.[t]);
	}

	/** Loads the catalogue entries (agency, year, store) of the matches' reports into `reports`. */
	async describe(matches: Match[]): Promise<void> {
		const ranges = new Set(matches.map((m) => Math.floor(this.byId.get(m.report)!.number / CATALOGUE_RANGE)));
		await Promise.all(
			[...ranges].map(async (range) => {
				const entries = (await this.file(catalogueFile(this.manifest.catalogues[range]))) as SearchCatalogueEntry[];
				for (const entry of entries) this.reports.set(entry.id, { ...entry, firstDoc: this.byId.get(entry.id)!.firstDoc });
			})
		);
	}

	/** The stored fields of the given matches (one store per report, fetched once). */
	async resolve(matches: Match[]): Promise<Hit[]> {
		await this.describe(matches);
		const needed = [...new Set(matches.map((m) => m.report))];
		const stores = new Map(
			await Promise.all(needed.map(async (id) => [id, (await this.file(storeFile(this.reports.get(id)!.store))) as ReportStore] as const))
		);
		return matches.map((m) => {
			const entry = this.reports.get(m.report)!;
			const [anchor, kind, title, path, text] = stores.get(m.report)![m.doc - entry.firstDoc];
			return { ...m, id: `${m.report}#${anchor}`, anchor, kind, title, path, text };
		});
	}

	private async shard(n: number): Promise<TermShard> {
		const list = (await this.file(shardListFile(this.manifest.shardLists[Math.floor(n / SHARD_LIST)]))) as string[];
		return (await this.file(termFile(list[n % SHARD_LIST]))) as TermShard;
	}

	/** A published file, fetched once (and again after a failure). */
	private file(name: string): Promise<unknown> {
		let p = this.files.get(name);
		if (!p) {
			p = this.read(name);
			p.catch(() => this.files.delete(name));
			this.files.set(name, p);
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
