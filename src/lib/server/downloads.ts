import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import type { Report } from '../types';
import { toCsv, toExcelCsv } from '../data/csv';
import { indicatorRecords, INDICATOR_FIELDS, names } from '../data/tidy';
import { dataPackage } from '../data/datapackage';
import { datasetteMetadata } from '../data/datasette';
import { DATASETS, partitionName, yearSlice } from '../data/datasets';
import { eachReport, getReport, reportCatalogue, type LoadedReport } from './reports';
import { sourceOf } from './sources';
import { writeSiteData, type SiteData } from './site-data';
import { awaitSiteData } from './site-data-handoff';

export interface Download {
	body: string | ReadableStream;
	type: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const TYPES: Record<string, string> = { csv: CSV_TYPE, excel: CSV_TYPE, json: JSON_TYPE, sqlite: 'application/vnd.sqlite3' };
const json = (v: unknown) => ({ body: JSON.stringify(v, null, 1) + '\n', type: JSON_TYPE });

/** Per-report files under /data/reports/: <id>.json (the parse contract), <id>.csv, <id>-excel.csv. */
export function reportFiles(report: Report): Map<string, { body: string; type: string }> {
	const csv = toCsv(names(INDICATOR_FIELDS), indicatorRecords(report));
	return new Map([
		[`${report.id}.json`, json(report)],
		[`${report.id}.csv`, { body: csv, type: CSV_TYPE }],
		[`${report.id}-excel.csv`, { body: toExcelCsv(csv), type: CSV_TYPE }]
	]);
}

/** A report as published in the data: with its original URL and retrieval date from the sources sidecar (or null). */
export const withSource = (loaded: LoadedReport): Report => ({ ...loaded.report, source: sourceOf(loaded), ...(loaded.versions?.length ? { versions: loaded.versions } : {}) });

/** Every report, one at a time, in the catalogue's order. */
async function* allReports(): AsyncIterable<Report> {
	for await (const loaded of eachReport()) yield withSource(loaded);
}

/** The site-wide files written once per build process, with datapackage.json and Datasette's metadata.json beside them. */
export async function siteFilesFrom(reports: AsyncIterable<Report>, into?: string): Promise<SiteData> {
	const data = await writeSiteData(reports, into);
	const extra = (name: string, value: unknown) => {
		const path = join(data.dir, name);
		writeFileSync(path, JSON.stringify(value, null, 1) + '\n');
		data.files.set(name, { name, path, bytes: statSync(path).size, dataset: name, variant: 'json' });
	};
	const bytes = (name: string) => data.files.get(name)?.bytes ?? 0;
	extra('datapackage.json', dataPackage({ datasets: [...data.datasets.values()], bytes, reports: data.reports }));
	extra('metadata.json', datasetteMetadata(DATASETS));
	return data;
}

/** Every site-wide file of the build's reports, into `dir`: what scripts/beside.ts runs beside the prerender. */
export const writeSiteFiles = (dir: string): Promise<SiteData> => siteFilesFrom(allReports(), dir);

let cached: Promise<SiteData> | null = null;
/**
 * The site-wide files: those `npm run build` has a process of its own write (NIANBAO_SITE_DATA, see
 * site-data-handoff.ts), else written here, once per process (a bare `vite build`, tests).
 */
export const siteData = (): Promise<SiteData> => {
	const handedOver = process.env.NIANBAO_SITE_DATA;
	return (cached ??= handedOver ? awaitSiteData(handedOver) : siteFilesFrom(allReports()));
};

/** A site-wide file, streamed from where the build wrote it. */
export async function siteFile(name: string): Promise<Download | null> {
	const file = (await siteData()).files.get(name);
	return file ? { body: Readable.toWeb(createReadStream(file.path)) as ReadableStream, type: TYPES[file.variant] } : null;
}

/** The names of the site-wide files, known from the catalogue alone (no report is parsed for this). */
export async function siteFileNames(): Promise<string[]> {
	const years = [...new Set((await reportCatalogue()).map((r) => partitionName(r.year)))].sort();
	const datasets = [...DATASETS, ...years.map(yearSlice)];
	return [...datasets.flatMap((d) => [`${d.name}.csv`, `${d.name}-excel.csv`, ...(d.json ? [`${d.name}.json`] : [])]), 'nianbao.sqlite', 'datapackage.json', 'metadata.json'];
}

/** The per-report file names, from the catalogue. */
export async function reportFileNames(): Promise<string[]> {
	return (await reportCatalogue()).flatMap(({ id }) => [`${id}.json`, `${id}.csv`, `${id}-excel.csv`]);
}

let reportIds: Promise<Set<string>> | null = null;
/**
 * The files of the report asked for last: the prerender lists a report's three files one after another,
 * so each report is read and its files made once rather than once per file.
 */
let last: { id: string; files: Map<string, { body: string; type: string }> } | null = null;

/** The report a per-report file name belongs to, or null when no report has a file of that name. */
export async function reportFileId(name: string): Promise<string | null> {
	// One set per process: three files per report each building it made the prerender quadratic.
	const ids = await (reportIds ??= reportCatalogue().then((all) => new Set(all.map((r) => r.id))));
	// "a-excel.csv" is the Excel file of report "a" or the CSV of report "a-excel": the one that exists.
	return ['-excel.csv', '.csv', '.json'].map((suffix) => (name.endsWith(suffix) ? name.slice(0, -suffix.length) : '')).find((c) => ids.has(c)) ?? null;
}

/** A per-report file by name: the report is read when asked for, never all at once. */
export async function reportFile(name: string): Promise<Download | null> {
	const id = await reportFileId(name);
	if (!id) return null;
	if (last?.id !== id) last = { id, files: reportFiles(withSource(await getReport(id))) };
	return last.files.get(name) ?? null;
}
