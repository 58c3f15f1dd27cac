import type { Report } from '../types';
import { toCsv, toExcelCsv, type Cell } from '../data/csv';
import { catalogueRecord, checkRecords, CHECK_FIELDS, indicatorRecords, INDICATOR_FIELDS, names, REPORT_FIELDS } from '../data/tidy';
import { dataPackage } from '../data/datapackage';
import { KEY_FIELDS, keyRecords } from '../data/keys';
import { corpus } from './reports';

export interface Download {
	body: string;
	type: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const json = (v: unknown): Download => ({ body: JSON.stringify(v, null, 1) + '\n', type: JSON_TYPE });

function csvTriple(base: string, columns: string[], records: Record<string, Cell>[]): [string, Download][] {
	const csv = toCsv(columns, records);
	return [
		[`${base}.csv`, { body: csv, type: CSV_TYPE }],
		[`${base}-excel.csv`, { body: toExcelCsv(csv), type: CSV_TYPE }],
		[`${base}.json`, json(records)]
	];
}

/** Per-report files under /data/reports/: <id>.json (the parse contract), <id>.csv, <id>-excel.csv. */
export function reportFiles(report: Report): Map<string, Download> {
	const csv = toCsv(names(INDICATOR_FIELDS), indicatorRecords(report));
	return new Map([
		[`${report.id}.json`, json(report)],
		[`${report.id}.csv`, { body: csv, type: CSV_TYPE }],
		[`${report.id}-excel.csv`, { body: toExcelCsv(csv), type: CSV_TYPE }]
	]);
}

/** Site-wide files under /data/. */
export function siteFiles(reports: Report[]): Map<string, Download> {
	return new Map([
		...csvTriple('indicators', names(INDICATOR_FIELDS), reports.flatMap(indicatorRecords)),
		...csvTriple('reports', names(REPORT_FIELDS), reports.map(catalogueRecord)),
		...csvTriple('checks', names(CHECK_FIELDS), reports.flatMap(checkRecords)),
		...csvTriple('keys', names(KEY_FIELDS), keyRecords()),
		['datapackage.json', json(dataPackage(reports))]
	]);
}

let cached: Promise<{ site: Map<string, Download>; perReport: Map<string, Download> }> | null = null;

export function downloads() {
	cached ??= corpus().then((c) => {
		const reports = c.reports.map((r) => r.report);
		return { site: siteFiles(reports), perReport: new Map(reports.flatMap((r) => [...reportFiles(r)])) };
	});
	return cached;
}
