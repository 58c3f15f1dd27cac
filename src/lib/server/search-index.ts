import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import nodejieba from 'nodejieba';
import type { Report, SearchDoc, Section } from '../types';
import { indexOptions, type IndexFile } from '../search/options';
import { indexGrams, indexWords } from '../search/tokenize';

let loaded = false;

/** jieba in search mode with the project's dictionary of report vocabulary (data/dict/). */
export function segment(text: string): string[] {
	if (!loaded) {
		nodejieba.load({ userDict: resolve('data/dict/user.dict.utf8') });
		loaded = true;
	}
	return nodejieba.cutForSearch(text, true);
}

const terms = (text: string) => ({ words: indexWords(segment(text)).join(' '), grams: indexGrams(text).join(' ') });

function doc(report: string, anchor: string, kind: 's' | 'r', title: string, path: string, text: string): SearchDoc {
	const t = terms(title);
	const x = terms(text);
	return { id: `${report}#${anchor}`, tw: t.words, tg: t.grams, w: x.words, g: x.grams, r: report, a: anchor, k: kind, t: title, p: path, x: text };
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
				.map((v, i) => `${table.columns[i] ?? ''} ${v === null ? '未填报' : v}${row.unit ?? ''}`.trim())
				.join('；');
			docs.push(doc(report.id, row.anchor, 'r', row.label, [table.title, ...row.path].join(' › '), row.header ? '' : values));
		}
	}
	return docs;
}

export interface BuiltIndex {
	json: string;
	hash: string;
	docs: number;
}

/** The index file for a set of reports, with a content hash for its name. */
export function buildSearchIndex(reports: Report[]): BuiltIndex {
	const ms = new MiniSearch<SearchDoc>(indexOptions);
	const docs = reports.flatMap(searchDocs);
	ms.addAll(docs);
	const file: IndexFile = {
		version: 1,
		reports: reports.map((r) => ({ id: r.id, agency: r.agency, year: r.year, title: r.title })),
		index: ms.toJSON()
	};
	const json = JSON.stringify(file);
	return { json, hash: createHash('sha256').update(json).digest('hex').slice(0, 12), docs: docs.length };
}
