import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import nodejieba from 'nodejieba';
import type { Report, SearchDoc, Section } from '../types';
import {
	FIELD_ID,
	FORMAT_VERSION,
	INDEX_FIELDS,
	isPositional,
	CATALOGUE_RANGE,
	catalogueFile,
	manifestFile,
	SHARD_LIST,
	shardListFile,
	storeFile,
	termFile,
	type CatalogueEntry,
	type Manifest,
	type ReportStore,
	type TermShard
} from '../search/format';
import { PostingSpill } from './posting-spill';
import { indexGrams, indexWords, placedGrams } from '../search/tokenize';
import { synonymsFor } from '../search/synonyms';

let loaded = false;

/** jieba in search mode with the project's dictionary of report vocabulary (data/dict/). */
export function segment(text: string): string[] {
	if (!loaded) {
		nodejieba.load({ userDict: resolve('data/dict/user.dict.utf8') });
		loaded = true;
	}
	return nodejieba.cutForSearch(text, true);
}

function doc(report: string, anchor: string, kind: 's' | 'r', title: string, path: string, text: string, synonyms = ''): SearchDoc {
	return {
		id: `${report}#${anchor}`,
		titleWords: indexWords(segment(title)).join(' '),
		titleGrams: placedGrams(title).map((t) => t.term).join(' '),
		bodyWords: indexWords(segment(text)).join(' '),
		bodyGrams: placedGrams(text).map((t) => t.term).join(' '),
		synonymGrams: indexGrams(synonyms).join(' '),
		report,
		anchor,
		kind,
		title,
		path,
		text
	};
}

/** Every section (its own text), the preamble, and every table row (label, path and values) of a report. */
export function searchDocs(report: Report): SearchDoc[] {
	const docs: SearchDoc[] = [];
	if (report.preamble) docs.push(doc(report.id, 'preamble', 's', '前言', '', report.preamble));
	const visit = (sections: Section[], trail: string[]) => {
		for (const s of sections) {
			const heading = `${s.number}${s.title}`;
			const path = [...trail, heading];
			docs.push(doc(report.id, s.anchor, 's', heading, path.join(' › '), s.text));
			visit(s.children, path);
		}
	};
	visit(report.sections, []);
	for (const table of report.tables) {
		for (const row of table.rows) {
			const values = row.values
				// A blank cell reads 未填报, never "未填报件": the unit belongs to a number.
				.map((v, i) => `${table.columns[i] ?? ''} ${v === null ? '未填报' : `${v}${row.unit ?? ''}`}`.trim())
				.join('；');
			const path = [table.title, ...row.path].join(' › ');
			docs.push(doc(report.id, row.anchor, 'r', row.label, path, row.header ? '' : values, synonymsFor(row.keys ?? []).join(' ')));
		}
	}
	return docs;
}

/** 10 hex digits (40 bits): collisions are negligible for the tens of thousands of files a large site has. */
const contentHash = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 10);

/** About this many numbers per shard: ~25 KB gzip, so a four-bigram query fetches ~100 KB at most for rare terms. */
const NUMBERS_PER_SHARD = 20_000;

export interface BuiltIndex {
	/** File name of the manifest (the only name pages need to know). */
	manifest: string;
	/** Every file written, manifest included. */
	files: string[];
	docs: number;
}

/**
 * Builds the published index, handing each file to `write` as soon as it is complete: a report's
 * store right after the report, the shards and the manifest at the end. No file holds more than one
 * report's text or one shard's postings, so no single string grows with the corpus; postings wait
 * on disk (PostingSpill), so memory does not either.
 */
export async function buildSearchIndex(
	reports: Iterable<Report> | AsyncIterable<Report>,
	write: (name: string, content: string) => void
): Promise<BuiltIndex> {
	const spill = new PostingSpill();
	const catalogue: CatalogueEntry[] = [];
	const files = new Set<string>();
	const totalLength = INDEX_FIELDS.map(() => 0);
	let docCount = 0;
	const emit = (name: string, content: string) => {
		if (files.has(name)) return;
		write(name, content);
		files.add(name);
	};
	try {
		for await (const report of reports) {
			const firstDoc = docCount;
			const store: ReportStore = [];
			for (const d of searchDocs(report)) {
				const number = docCount++;
				store.push([d.anchor, d.kind, d.title, d.path, d.text]);
				addDoc(spill, number, d, totalLength);
			}
			const storeJson = JSON.stringify(store);
			const storeHash = contentHash(storeJson);
			emit(storeFile(storeHash), storeJson);
			const entry: CatalogueEntry = { id: report.id, agency: report.agency, year: report.year, docs: docCount - firstDoc, store: storeHash };
			if (!report.agency) entry.title = report.title;
			catalogue.push(entry);
		}
		const shardCount = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, (spill.count * 4) / NUMBERS_PER_SHARD))));
		const shards: string[] = new Array(shardCount);
		for (const [n, terms] of spill.shards(shardCount)) {
			const shard: TermShard = {};
			for (const [term, fields] of [...terms].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
				shard[term] = fields.map((list) => (list.length ? list : 0));
			const json = JSON.stringify(shard);
			const hash = contentHash(json);
			emit(termFile(hash), json);
			shards[n] = hash;
		}
		const manifest: Manifest = {
			version: FORMAT_VERSION,
			documentCount: docCount,
			averageFieldLength: totalLength.map((l) => (docCount ? l / docCount : 0)),
			shardCount,
			shardLists: inFiles(shards, SHARD_LIST, shardListFile, emit),
			reports: catalogue.map((r) => [r.id, r.docs]),
			catalogues: inFiles(catalogue, CATALOGUE_RANGE, catalogueFile, emit)
		};
		const json = JSON.stringify(manifest);
		const name = manifestFile(contentHash(json));
		emit(name, json);
		return { manifest: name, files: [...files], docs: docCount };
	} finally {
		spill.close();
	}
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

/** Adds one document's terms (its fields split on spaces) to the postings. */
function addDoc(spill: PostingSpill, number: number, d: SearchDoc, totalLength: number[]) {
	const placed = { titleGrams: placedGrams(d.title), bodyGrams: placedGrams(d.text) };
	for (const field of INDEX_FIELDS) {
		const fieldId = FIELD_ID[field];
		const list = d[field] === '' ? [] : d[field].split(' ');
		totalLength[fieldId] += list.length;
		const counts = new Map<string, number>();
		for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
		const positions = new Map<string, number[]>();
		if (field === 'titleGrams' || field === 'bodyGrams')
			for (const { term, at } of placed[field]) if (isPositional(term, fieldId)) {
					const list = positions.get(term);
					if (list) list.push(at);
					else positions.set(term, [at]);
				}
		for (const [term, termFrequency] of counts)
			spill.add(term, fieldId, { doc: number, termFrequency, fieldLength: list.length, positions: positions.get(term) ?? null });
	}
}
