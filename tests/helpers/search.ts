import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { parseReport } from '../../src/lib/parse';
import { buildSearchIndex } from '../../src/lib/server/search-index';
import { indexOptions, type IndexFile } from '../../src/lib/search/options';
import type { Report, SearchDoc } from '../../src/lib/types';
import { corpusFile, hasCorpus, SEED_FILE } from './seed';

/** The index as the browser gets it: built, serialised, and loaded back with the shared options. */
export function browserIndex(reports: Report[]): { index: MiniSearch<SearchDoc>; file: IndexFile } {
	const file = JSON.parse(buildSearchIndex(reports).json) as IndexFile;
	return { index: MiniSearch.loadJS<SearchDoc>(file.index, indexOptions), file };
}

export const seedReport = (): Report => parseReport(new Uint8Array(readFileSync(SEED_FILE)), SEED_FILE).report;

/** The corpus's reports in their text and HTML forms (tests say when the corpus folder is absent). */
export function corpusReports(): Report[] {
	if (!hasCorpus) return [];
	return ['hongze-qzf-2023.txt', 'hongze-qzf-2024.txt', 'huaian-szf-2024.txt', 'shuyang-fgj-2023.html', 'shanghai-szfbgt-2019.html'].map(
		(n) => parseReport(new Uint8Array(readFileSync(corpusFile(n))), n).report
	);
}
