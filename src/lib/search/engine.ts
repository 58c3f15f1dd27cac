import {
	CATALOGUE_RANGE,
	catalogueFile,
	decodePostings,
	FORMAT_VERSION,
	hintFile,
	keyShard,
	lengthsFile,
	READING_SHARDS,
	readingFile,
	SHARD_LIST,
	shardListFile,
	shardOf,
	storeFile,
	termFile,
	type FieldLengths,
	type HintShard,
	type Manifest,
	type Posting,
	type ReadingShard,
	type ReportEntry,
	type ReportStore,
	type SearchCatalogueEntry,
	type TermShard
} from './format';
import { queryParts } from './tokenize';
import { queryVariants } from './regional';
import { mergeRankings, partialIndex, queryTerms, rankReports, type RankingSource } from './ranking';
import { mergeSections, prepareSections, rankSections, type ReportSections } from './sections';
import type { Hit, Outcome } from './query';
import { hintable, hintKeys, nearest, partReadings, type Candidate } from './hints';

/** Reads one published index file by name (fetch in the browser, the disk or memory in tests). */
export type FileReader = (name: string) => Promise<unknown>;

/** Reports whose sections are looked at to tell whether a query part occurs whole anywhere (for "did you mean"). */
const WHOLE_CHECKED = 3;
/** Reports whose folded sections are kept for the next query: a few pages of results, a few MB at most. */
const SECTIONS_KEPT = 64;

/**
 * The browser half of the index, in two levels. search() fetches the shards of the query's terms
 * and the reports' field lengths and ranks reports with MiniSearch (ranking.ts); hits() fetches one
 * shown report's catalogue entry and store and ranks its sections (sections.ts). So a query costs
 * its terms' report lists, a few bytes per report, and the stores of the reports on screen.
 */
export class SearchEngine {
	/** The catalogue entries loaded so far, by report number (see describe). */
	readonly reports = new Map<number, ReportEntry>();
	private files = new Map<string, Promise<unknown>>();
	private decoded = new Map<string, (Posting[] | null)[] | null>();
	/** Reports' sections ready for ranking, by store hash, least recently used first. */
	private sections = new Map<string, ReportSections>();

	constructor(
		readonly manifest: Manifest,
		private read: FileReader
	) {
		if (manifest.version !== FORMAT_VERSION) throw new Error(`nianbao search: index format ${manifest.version}, this page reads ${FORMAT_VERSION}`);
	}

	/** Starts fetching what every query needs besides its terms' shards (the reports' field lengths). */
	prefetch(): void {
		this.file(lengthsFile(this.manifest.lengths)).catch(() => {});
	}

	/** How many reports the index covers. */
	get reportCount(): number {
		return this.manifest.documentCount;
	}

	/** The first level: the reports matching the query as typed and, when its wording is regional, in mainland wording too. */
	async search(q: string): Promise<Outcome> {
		const variants = queryVariants(queryParts(q));
		const terms = queryTerms(variants.flat());
		const index = partialIndex(await this.sourceFor(terms), terms);
		const ranked = mergeRankings(variants.map((parts) => rankReports(index, parts)));
		return { mode: ranked.mode, parts: [...new Set(variants.flat())], variants, reports: ranked.reports };
	}

	/** The second level: one report's sections and rows for the query, best first (its catalogue entry and store fetched once). */
	async hits(outcome: Outcome, report: number): Promise<Hit[]> {
		const entry = await this.entry(report);
		const store = (await this.file(storeFile(entry.store))) as ReportStore;
		const sections = this.sectionsOf(entry.store, store);
		return mergeSections(outcome.variants.map((parts) => rankSections(sections, parts))).map(({ doc, score, exact }) => {
			const [anchor, kind, title, path, text] = store[doc];
			return { report: entry.id, number: report, doc, id: `${entry.id}#${anchor}`, anchor, kind, title, path, text, score, exact };
		});
	}

	private sectionsOf(hash: string, store: ReportStore): ReportSections {
		let prepared = this.sections.get(hash);
		if (prepared) this.sections.delete(hash);
		else prepared = prepareSections(store);
		this.sections.set(hash, prepared);
		if (this.sections.size > SECTIONS_KEPT) this.sections.delete(this.sections.keys().next().value!);
		return prepared;
	}

	/** A report's catalogue entry (its catalogue file fetched once). */
	async entry(report: number): Promise<ReportEntry> {
		await this.describe([report]);
		return this.reports.get(report)!;
	}

	/** Loads the catalogue entries (id, agency, year, store) of the given reports into `reports`. */
	async describe(reports: number[]): Promise<void> {
		const ranges = new Set(reports.filter((n) => !this.reports.has(n)).map((n) => Math.floor(n / CATALOGUE_RANGE)));
		await Promise.all(
			[...ranges].map(async (range) => {
				const entries = (await this.file(catalogueFile(this.manifest.catalogues[range]))) as SearchCatalogueEntry[];
				entries.forEach((entry, i) => this.reports.set(range * CATALOGUE_RANGE + i, { ...entry, number: range * CATALOGUE_RANGE + i }));
			})
		);
	}

	/**
	 * "Did you mean" (see hints.ts): for each part of the query that no report holds whole, in either
	 * wording, the nearest indexed words. A part is held whole when one of the best reports for it
	 * has a section containing it. The first suggestion replaces every such part by its nearest word;
	 * the others try the next words, one part at a time. The part's character readings and its keys'
	 * hint shards are fetched only here.
	 */
	async suggest(q: string, limit = 3): Promise<string[]> {
		const variants = queryVariants(queryParts(q));
		const parts = variants[variants.length - 1];
		const words = await Promise.all(
			parts.map(async (part, i) => (!hintable(part) || (await this.foundWhole(variants.map((v) => v[i])))) ? [] : this.nearestWords(part, limit))
		);
		const best = parts.map((p, i) => words[i][0] ?? p);
		const out = new Set<string>();
		if (words.some((w) => w.length)) out.add(best.join(' '));
		words.forEach((list, i) => list.slice(1).forEach((word) => out.add(best.map((p, k) => (k === i ? word : p)).join(' '))));
		return [...out].slice(0, limit);
	}

	/** Whether some report holds one of a part's wordings whole, looked for in the sections of the best reports for it. */
	private async foundWhole(wordings: string[]): Promise<boolean> {
		const outcome: Outcome = { mode: 'and', parts: wordings, variants: wordings.map((w) => [w]), reports: [] };
		const terms = queryTerms(wordings);
		const index = partialIndex(await this.sourceFor(terms), terms);
		const ranked = mergeRankings(wordings.map((w) => rankReports(index, [w])));
		if (ranked.mode !== 'and') return false;
		for (const { report } of ranked.reports.slice(0, WHOLE_CHECKED)) if ((await this.hits(outcome, report)).some((h) => h.exact)) return true;
		return false;
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

	/** The postings of the given terms, from the shards they live in (fetched once each), and the reports' field lengths. */
	private async sourceFor(terms: string[]): Promise<RankingSource> {
		const count = this.manifest.shardCount;
		const loaded = new Map<number, TermShard>();
		const [lengths] = await Promise.all([
			this.file(lengthsFile(this.manifest.lengths)) as Promise<FieldLengths>,
			...[...new Set(terms.map((t) => shardOf(t, count)))].map(async (n) => loaded.set(n, await this.shard(n)))
		]);
		return {
			documentCount: this.manifest.documentCount,
			averageFieldLength: this.manifest.averageFieldLength,
			lengths: (report) => lengths.map((field) => field[report]),
			postings: (term) => this.postings(term, loaded.get(shardOf(term, count))?.[term]) ?? undefined
		};
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

	/** A term's postings, decoded once (typing a longer query decodes only its new terms). */
	private postings(term: string, raw: (number[] | 0)[] | undefined): (Posting[] | null)[] | null {
		if (this.decoded.has(term)) return this.decoded.get(term)!;
		const out = raw ? raw.map((list) => (list ? decodePostings(list) : null)) : null;
		this.decoded.set(term, out);
		return out;
	}
}
