/**
 * What the search index holds of one report: its one first-level document (see prepareReport) and
 * the stored fields of its sections, preamble and table rows, which the browser ranks once the
 * report is among the results shown (search/sections.ts). The preparation is
 * the costly half of indexing (jieba, bigrams, term counts): the parse workers do it on both cores
 * and keep it beside the parse result, so the index step only numbers reports and appends blocks.
 */
import { resolve } from 'node:path';
import nodejieba from 'nodejieba';
import type { Report, Section } from '../types';
import { encodePostings, FIELD_ID, INDEX_FIELDS, type DocKind, type ReportStore } from '../search/format';
import { indexGrams, indexWords } from '../search/tokenize';
import { synonymsFor } from '../search/synonyms';
import { hintable } from '../search/hints';
import { bucketOf, termLine } from './posting-spill';

let loaded = false;

/** jieba in search mode with the project's dictionary of report vocabulary (data/dict/). */
export function segment(text: string): string[] {
	if (!loaded) {
		nodejieba.load({ userDict: resolve('data/dict/user.dict.utf8') });
		loaded = true;
	}
	return nodejieba.cutForSearch(text, true);
}

/** A document of the index: a section, the preamble or a table row, with what is stored and shown of it. */
export interface SearchDoc {
	/** `report#anchor`. */
	id: string;
	anchor: string;
	kind: DocKind;
	title: string;
	/** Where it sits: headings, or a row's table and parent rows. */
	path: string;
	text: string;
	/** Labels other templates give the row's indicators (纠错 ↔ 结果纠正): indexed, never shown. */
	synonyms: string;
}

const doc = (report: string, anchor: string, kind: DocKind, title: string, path: string, text: string, synonyms = ''): SearchDoc => ({
	id: `${report}#${anchor}`,
	anchor,
	kind,
	title,
	path,
	text,
	synonyms
});

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

/** A report ready for the index: its one first-level document, and its sections' and rows' store. */
export interface PreparedReport {
	/** Distinct terms per field (MiniSearch's field length), in FIELD_ID order. */
	fieldLengths: number[];
	/** The stored fields of its sections and rows, as the report's store file holds them (JSON). */
	store: string;
	/** Spill lines by bucket (see posting-spill.ts): one per term and field. */
	postings: Record<number, string>;
	/** Postings (term, field) in all: the shard count follows from the corpus's total. */
	postingCount: number;
	/** The segmenter's words of the report that could be suggested (see hintable), each with how many of its sections and rows hold it. */
	vocabulary: Record<string, number>;
}

/** Counts terms into a field's tally. */
const tally = (counts: Map<string, number>, terms: string[]) => {
	for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
};

/** A report's first-level terms per field (FIELD_ID order) with their frequencies, its store, and its suggestible words. */
export function reportTerms(report: Report): { fields: Map<string, number>[]; store: ReportStore; vocabulary: Record<string, number> } {
	const store: ReportStore = [];
	const fields = INDEX_FIELDS.map(() => new Map<string, number>());
	const vocabulary: Record<string, number> = {};
	const title = [report.title, report.agency ?? ''].join(' ');
	tally(fields[FIELD_ID.titleWords], indexWords(segment(title)));
	tally(fields[FIELD_ID.titleGrams], indexGrams(title));
	for (const d of searchDocs(report)) {
		store.push(d.synonyms ? [d.anchor, d.kind, d.title, d.path, d.text, d.synonyms] : [d.anchor, d.kind, d.title, d.path, d.text]);
		const words = [...indexWords(segment(d.title)), ...indexWords(segment(d.text))];
		for (const word of new Set(words)) if (hintable(word)) vocabulary[word] = (vocabulary[word] ?? 0) + 1;
		tally(fields[FIELD_ID.bodyWords], words);
		tally(fields[FIELD_ID.bodyGrams], indexGrams(d.title));
		tally(fields[FIELD_ID.bodyGrams], indexGrams(d.text));
		tally(fields[FIELD_ID.synonymGrams], indexGrams(d.synonyms));
	}
	return { fields, store, vocabulary };
}

/**
 * The report as one document of the first level: its title and agency, and the text of every section
 * and row (headings and labels included) and their synonyms. The words of each section are cut
 * apart, so the segmenter never sees a whole report, and the vocabulary counts sections.
 */
export function prepareReport(report: Report): PreparedReport {
	const { fields, store, vocabulary } = reportTerms(report);
	const postings: Record<number, string> = {};
	let postingCount = 0;
	fields.forEach((counts, fieldId) => {
		for (const [term, termFrequency] of counts) {
			const bucket = bucketOf(term);
			postings[bucket] = (postings[bucket] ?? '') + termLine(term, fieldId, encodePostings([{ report: 0, termFrequency }]), 0);
			postingCount++;
		}
	});
	return { fieldLengths: fields.map((counts) => counts.size), store: JSON.stringify(store), postings, postingCount, vocabulary };
}
