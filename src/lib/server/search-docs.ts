/**
 * What the search index holds of one report: its documents (every section, the preamble, every
 * table row) and, made ready for the index, their stored fields and postings. The preparation is
 * the costly half of indexing (jieba, bigrams, term counts): the parse workers do it on both cores
 * and keep it beside the parse result, so the index step only numbers reports and appends blocks.
 */
import { resolve } from 'node:path';
import nodejieba from 'nodejieba';
import type { Report, Section } from '../types';
import { appendPosting, FIELD_ID, INDEX_FIELDS, isPositional, type DocKind, type ReportStore } from '../search/format';
import { indexGrams, indexWords, placedGrams } from '../search/tokenize';
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

/** A field's terms, and for the gram fields where each term starts (UTF-16 offsets in the folded text). */
interface FieldTerms {
	terms: string[];
	positions: Map<string, number[]> | null;
}

/** Grams with their places, from one pass over the text. */
function grams(text: string): FieldTerms {
	const positions = new Map<string, number[]>();
	const terms: string[] = [];
	for (const { term, at } of placedGrams(text)) {
		terms.push(term);
		const list = positions.get(term);
		if (list) list.push(at);
		else positions.set(term, [at]);
	}
	return { terms, positions };
}

/** A document's terms in each indexed field, in FIELD_ID order; each text is cut once. */
function fieldTerms(d: SearchDoc): FieldTerms[] {
	const fields: FieldTerms[] = [];
	fields[FIELD_ID.titleWords] = { terms: indexWords(segment(d.title)), positions: null };
	fields[FIELD_ID.titleGrams] = grams(d.title);
	fields[FIELD_ID.bodyWords] = { terms: indexWords(segment(d.text)), positions: null };
	fields[FIELD_ID.bodyGrams] = grams(d.text);
	fields[FIELD_ID.synonymGrams] = { terms: indexGrams(d.synonyms), positions: null };
	return fields;
}

/** A report ready for the index: documents numbered from 0 within the report. */
export interface PreparedReport {
	docs: number;
	/** Terms per field summed over the report's documents (the index averages them). */
	fieldLengths: number[];
	/** The stored fields of its documents, as the report's store file holds them (JSON). */
	store: string;
	/** Spill lines by bucket (see posting-spill.ts): one per term and field. */
	postings: Record<number, string>;
	/** Postings (term, field, document) in all: the shard count follows from the corpus's total. */
	postingCount: number;
	/** The segmenter's words of the report that could be suggested (see hintable), each with how many of its documents hold it. */
	vocabulary: Record<string, number>;
}

export function prepareReport(report: Report): PreparedReport {
	const store: ReportStore = [];
	const fieldLengths = INDEX_FIELDS.map(() => 0);
	/** Per term and field, the report's postings encoded as the shards hold them, and the last document in each. */
	const lists = new Map<string, { encoded: number[][]; last: number[] }>();
	let postingCount = 0;
	const vocabulary: Record<string, number> = {};
	searchDocs(report).forEach((d, number) => {
		store.push([d.anchor, d.kind, d.title, d.path, d.text]);
		const fields = fieldTerms(d);
		for (const word of new Set([...fields[FIELD_ID.titleWords].terms, ...fields[FIELD_ID.bodyWords].terms])) if (hintable(word)) vocabulary[word] = (vocabulary[word] ?? 0) + 1;
		fields.forEach(({ terms, positions }, fieldId) => {
			fieldLengths[fieldId] += terms.length;
			const counts = new Map<string, number>();
			for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
			for (const [term, termFrequency] of counts) {
				let entry = lists.get(term);
				if (!entry) lists.set(term, (entry = { encoded: INDEX_FIELDS.map(() => []), last: INDEX_FIELDS.map(() => 0) }));
				const at = isPositional(term, fieldId) ? (positions?.get(term) ?? null) : null;
				appendPosting(entry.encoded[fieldId], entry.last[fieldId], { doc: number, termFrequency, fieldLength: terms.length, positions: at });
				entry.last[fieldId] = number;
				postingCount++;
			}
		});
	});
	const postings: Record<number, string> = {};
	for (const [term, { encoded, last }] of lists) {
		const bucket = bucketOf(term);
		encoded.forEach((list, fieldId) => {
			if (list.length) postings[bucket] = (postings[bucket] ?? '') + termLine(term, fieldId, list, last[fieldId]);
		});
	}
	return { docs: store.length, fieldLengths, store: JSON.stringify(store), postings, postingCount, vocabulary };
}
