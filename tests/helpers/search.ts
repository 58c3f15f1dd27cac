import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/parse';
import { buildSearchIndex, indexInput } from '../../src/lib/server/search-index';
import { SearchEngine } from '../../src/lib/search/engine';
import type { Manifest } from '../../src/lib/search/format';
import type { Hit } from '../../src/lib/search/query';
import type { Report } from '../../src/lib/types';
import { corpusFile, hasCorpus, SEED_FILE } from './seed';

/**
 * The index as the browser gets it: built into files, and read back through the engine from those
 * files (serialised and parsed again, as a fetch would). `fetched` lists every file read.
 */
export async function browserEngine(reports: Report[]): Promise<{ engine: SearchEngine; files: Map<string, string>; fetched: string[] }> {
	const files = new Map<string, string>();
	const built = await buildSearchIndex(reports.map(indexInput), (name, content) => files.set(name, content));
	const fetched: string[] = [];
	const manifest = JSON.parse(files.get(built.manifest)!) as Manifest;
	const engine = new SearchEngine(manifest, async (name) => {
		fetched.push(name);
		const text = files.get(name);
		if (text === undefined) throw new Error(`no such file ${name}`);
		return JSON.parse(text);
	});
	return { engine, files, fetched };
}

/** A query's mode, parts, ranked reports (by id) and every hit of every matched report, reports in rank order. */
export async function searchAll(engine: SearchEngine, q: string): Promise<{ mode: string; parts: string[]; reports: string[]; hits: Hit[] }> {
	const outcome = await engine.search(q);
	const perReport = await Promise.all(outcome.reports.map((r) => engine.hits(outcome, r.report)));
	const reports = await Promise.all(outcome.reports.map(async (r) => (await engine.entry(r.report)).id));
	return { mode: outcome.mode, parts: outcome.parts, reports, hits: perReport.flat() };
}

export const seedReport = (): Report => parseReport(new Uint8Array(readFileSync(SEED_FILE)), SEED_FILE).report;

/** The corpus's reports in their text and HTML forms (tests say when the corpus folder is absent). */
export function corpusReports(): Report[] {
	if (!hasCorpus) return [];
	return ['hongze-qzf-2023.txt', 'hongze-qzf-2024.txt', 'huaian-szf-2024.txt', 'shuyang-fgj-2023.html', 'shanghai-szfbgt-2019.html'].map(
		(n) => parseReport(new Uint8Array(readFileSync(corpusFile(n))), n).report
	);
}
