import { createHash } from 'node:crypto';
import type { Report } from '../types';
import {
	FORMAT_VERSION,
	INDEX_FIELDS,
	CATALOGUE_RANGE,
	catalogueFile,
	hintFile,
	lengthsFile,
	manifestFile,
	readingFile,
	SHARD_LIST,
	shardListFile,
	storeFile,
	termFile,
	type FieldLengths,
	type SearchCatalogueEntry,
	type Manifest
} from '../search/format';
import { PostingSpill } from './posting-spill';
import { prepareReport, type PreparedReport } from './search-docs';
import { hintShards, readingShards } from './search-hints';

/** A report as the index takes it: what its catalogue entry names, and its prepared documents. */
export interface IndexInput {
	report: Pick<Report, 'id' | 'agency' | 'year' | 'title'>;
	prepared: PreparedReport;
}

/** A report prepared here, in this process (the build has its parse workers do it). */
export const indexInput = (report: Report): IndexInput => ({ report, prepared: prepareReport(report) });

/** 10 hex digits (40 bits): collisions are negligible for the tens of thousands of files a large site has. */
const contentHash = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 10);

/** About this many numbers per shard (two per posting): small shards, so a rare term's shard is mostly that term. */
const NUMBERS_PER_SHARD = 20_000;

export interface BuiltIndex {
	/** File name of the manifest (the only name pages need to know). */
	manifest: string;
	/** Every file written, manifest included. */
	files: string[];
	reports: number;
}

/**
 * Builds the published index, handing each file to `write` as soon as it is complete: a report's
 * store right after the report, the shards and the manifest at the end. No file holds more than one
 * report's text or one shard's postings, so no single string grows with the corpus; postings wait
 * on disk (PostingSpill), so memory does not either.
 */
export async function buildSearchIndex(
	reports: Iterable<IndexInput> | AsyncIterable<IndexInput>,
	write: (name: string, content: string) => void,
	options: {
		/** Names the manifest when the caller knows the index's inputs (pages name it before it is built); else its content does. */
		manifestKey?: string;
		/** Told after each shard is written: the shards are the index step's second half, after the last report. */
		shardWritten?: (done: number, total: number) => void;
	} = {}
): Promise<BuiltIndex> {
	const spill = new PostingSpill();
	const catalogue: SearchCatalogueEntry[] = [];
	const files = new Set<string>();
	const lengths: FieldLengths = INDEX_FIELDS.map(() => []);
	/** Every report's words with the documents holding them: one entry per distinct word, so it grows with the vocabulary, not the text. */
	const vocabulary = new Map<string, number>();
	let reportCount = 0;
	const emit = (name: string, content: string) => {
		if (files.has(name)) return;
		write(name, content);
		files.add(name);
	};
	try {
		for await (const { report, prepared } of reports) {
			spill.addReport(reportCount++, prepared.postings, prepared.postingCount);
			prepared.fieldLengths.forEach((length, fieldId) => lengths[fieldId].push(length));
			for (const [word, docs] of Object.entries(prepared.vocabulary)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + docs);
			const storeHash = contentHash(prepared.store);
			emit(storeFile(storeHash), prepared.store);
			const entry: SearchCatalogueEntry = { id: report.id, agency: report.agency, year: report.year, store: storeHash };
			if (!report.agency) entry.title = report.title;
			catalogue.push(entry);
		}
		const shardCount = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, (spill.count * 2) / NUMBERS_PER_SHARD))));
		const shards: string[] = new Array(shardCount);
		let written = 0;
		for (const [n, terms] of spill.shards(shardCount)) {
			// Written as text: the lists arrive encoded (posting-spill.ts), so the shard is never held as numbers.
			const json = `{${[...terms]
				.sort((a, b) => (a[0] < b[0] ? -1 : 1))
				.map(([term, fields]) => `${JSON.stringify(term)}:[${fields.map((list) => (list ? `[${list}]` : '0')).join(',')}]`)
				.join(',')}}`;
			const hash = contentHash(json);
			emit(termFile(hash), json);
			shards[n] = hash;
			options.shardWritten?.(++written, shardCount);
		}
		const lengthsJson = JSON.stringify(lengths);
		const lengthsHash = contentHash(lengthsJson);
		emit(lengthsFile(lengthsHash), lengthsJson);
		const manifest: Manifest = {
			version: FORMAT_VERSION,
			documentCount: reportCount,
			averageFieldLength: lengths.map((list) => (reportCount ? list.reduce((a, b) => a + b, 0) / reportCount : 0)),
			lengths: lengthsHash,
			shardCount,
			shardLists: inFiles(shards, SHARD_LIST, shardListFile, emit),
			catalogues: inFiles(catalogue, CATALOGUE_RANGE, catalogueFile, emit),
			hints: writeHints(vocabulary, emit)
		};
		const json = JSON.stringify(manifest);
		const name = manifestFile(options.manifestKey ?? contentHash(json));
		emit(name, json);
		return { manifest: name, files: [...files], reports: reportCount };
	} finally {
		spill.close();
	}
}

/** The "did you mean" files: the vocabulary's hint shards and the character readings (see search/hints.ts). */
function writeHints(vocabulary: Map<string, number>, emit: (name: string, content: string) => void): Manifest['hints'] {
	const written = (name: (hash: string) => string) => (content: unknown) => {
		const json = JSON.stringify(content);
		const hash = contentHash(json);
		emit(name(hash), json);
		return hash;
	};
	const shards = hintShards(vocabulary).map(written(hintFile));
	return { shardCount: shards.length, shardLists: inFiles(shards, SHARD_LIST, shardListFile, emit), readings: readingShards().map(written(readingFile)) };
}

/** Writes a list in files of `size` entries each; returns their hashes. */
function inFiles<T>(list: T[], size: number, name: (hash: string) => string, emit: (name: string, content: string) => void): string[] {
	const hashes: string[] = [];
	for (let i = 0; i < list.length; i += size) {
		const json = JSON.stringify(list.slice(i, i + size));
		const hash = contentHash(json);
		emit(name(hash), json);
		hashes.push(hash);
	}
	return hashes;
}
