import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../types';
import { csvFormatRow } from 'd3-dsv';
import { neutralise, type CsvValue } from '../data/csv';
import { agencyDirectory, type ReportRef } from '../agencies';
import { agencyRecords } from '../data/agencies';
import { DATASETS, partitionName, yearSlice, type Dataset } from '../data/datasets';
import { keyRecords } from '../data/keys';
import { catalogueRecord, checkRecords, indicatorRecords } from '../data/tidy';
import { labelRecords, wideRecord, WIDE_FORMATS } from '../data/wide';
import { openDatabase } from './database';

/**
 * Writes every site-wide download in one pass over the reports, one report at a time: each table goes straight to
 * its files (CSV, the Excel variant with its BOM, JSON) on disk, so no file is ever a string in memory and no
 * report is held after its rows are written. Reports come in a fixed order and nothing depends on the clock, so
 * two builds of the same reports write the same bytes.
 */
export type CsvRecord = Record<string, CsvValue>;

export interface WrittenFile {
	name: string;
	path: string;
	bytes: number;
	dataset: string;
	variant: 'csv' | 'excel' | 'json' | 'sqlite';
}

export interface WrittenDataset {
	dataset: Dataset;
	rows: number;
	/** The first records, for the /data/ page. */
	preview: CsvRecord[];
}

export interface SiteData {
	dir: string;
	files: Map<string, WrittenFile>;
	datasets: Map<string, WrittenDataset>;
	years: string[];
	/** The reports written, light: for the data package's sources. */
	reports: ReportRef[];
}

const PREVIEW_ROWS = 3;
const BOM = '\uFEFF';

class Output {
	private fd: number;
	bytes = 0;
	constructor(readonly file: WrittenFile) {
		this.fd = openSync(file.path, 'w');
	}
	write(text: string) {
		this.bytes += writeSync(this.fd, text);
	}
	close(): WrittenFile {
		closeSync(this.fd);
		return { ...this.file, bytes: this.bytes };
	}
}

/** One table's files: CSV, Excel CSV and (for some) JSON, written record by record. */
class TableWriter {
	private outputs: Output[];
	private columns: string[];
	rows = 0;
	preview: CsvRecord[] = [];
	constructor(
		dir: string,
		readonly dataset: Dataset
	) {
		const file = (variant: WrittenFile['variant'], suffix: string): WrittenFile => ({ name: `${dataset.name}${suffix}`, path: join(dir, `${dataset.name}${suffix}`), bytes: 0, dataset: dataset.name, variant });
		this.outputs = [new Output(file('csv', '.csv')), new Output(file('excel', '-excel.csv')), ...(dataset.json ? [new Output(file('json', '.json'))] : [])];
		this.columns = dataset.fields.map((f) => f[0]);
		const header = csvFormatRow(this.columns) + '\r\n';
		this.outputs[0].write(header);
		this.outputs[1].write(BOM + header);
		this.outputs[2]?.write('[');
	}
	/** One write per file per call: a report's rows go out together, not a system call per row. */
	add(records: CsvRecord[]) {
		let csv = '';
		let json = '';
		for (const record of records) {
			csv += csvFormatRow(this.columns.map((c) => neutralise(record[c]))) + '\r\n';
			if (this.outputs[2]) json += `${this.rows ? ',' : ''}\n${JSON.stringify(Object.fromEntries(this.columns.map((c) => [c, record[c] ?? null])))}`;
			if (this.preview.length < PREVIEW_ROWS) this.preview.push(record);
			this.rows++;
		}
		if (!records.length) return;
		this.outputs[0].write(csv);
		this.outputs[1].write(csv);
		this.outputs[2]?.write(json);
	}
	close(): WrittenFile[] {
		this.outputs[2]?.write('\n]\n');
		return this.outputs.map((o) => o.close());
	}
}

const ref = (r: Report): ReportRef => ({ id: r.id, agency: r.agency, title: r.title, year: r.year });

/** Into `into` when given (its owner removes it), else into a folder of its own removed when the process exits. */
export async function writeSiteData(reports: AsyncIterable<Report>, into?: string): Promise<SiteData> {
	const dir = into ?? mkdtempSync(join(tmpdir(), 'nianbao-data-'));
	if (!into) process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
	const writers = new Map(DATASETS.map((d) => [d.name, new TableWriter(dir, d)]));
	const table = (name: string) => writers.get(name)!;
	const sqlite = join(dir, 'nianbao.sqlite');
	const db = openDatabase(join(dir, 'scratch.sqlite'), sqlite);
	const refs: ReportRef[] = [];
	const derivedKeys = new Map<string, CsvRecord>();

	for await (const report of reports) {
		refs.push(ref(report));
		const cells = indicatorRecords(report);
		const catalogue = catalogueRecord(report);
		const checks = checkRecords(report);
		table('indicators').add(cells);
		const year = partitionName(report.year);
		if (!writers.has(`indicators-${year}`)) writers.set(`indicators-${year}`, new TableWriter(dir, yearSlice(year)));
		table(`indicators-${year}`).add(cells);
		table('reports').add([catalogue]);
		table('checks').add(checks);
		if (WIDE_FORMATS.includes(report.format)) table(`wide-${report.format}`).add([wideRecord(report)]);
		for (const cell of cells)
			if (String(cell.template_key).startsWith('x.') && !derivedKeys.has(String(cell.template_key)))
				derivedKeys.set(String(cell.template_key), derivedKeyRecord(cell));
		db.addReport(report, { report: catalogue, cells, checks });
	}

	const agencies = agencyRecords(agencyDirectory(refs));
	const keys = [...keyRecords(), ...[...derivedKeys.values()].sort((a, b) => (String(a.template_key) < String(b.template_key) ? -1 : 1))];
	table('agencies').add(agencies);
	table('keys').add(keys);
	for (const format of WIDE_FORMATS) table(`wide-${format}-labels`).add(labelRecords(format));
	db.finish(agencies, keys);

	const files = new Map<string, WrittenFile>();
	const datasets = new Map<string, WrittenDataset>();
	for (const [name, writer] of writers) {
		for (const file of writer.close()) files.set(file.name, file);
		datasets.set(name, { dataset: writer.dataset, rows: writer.rows, preview: writer.preview });
	}
	files.set('nianbao.sqlite', { name: 'nianbao.sqlite', path: sqlite, bytes: statSync(sqlite).size, dataset: 'nianbao', variant: 'sqlite' });
	const years = [...writers.keys()].filter((n) => /^indicators-/.test(n)).map((n) => n.slice('indicators-'.length)).sort();
	return { dir, files, datasets, years, reports: refs };
}

/** A key made from anchors, listed in keys.csv so that every cell's key can be looked up. */
function derivedKeyRecord(cell: CsvRecord): CsvRecord {
	return {
		template_key: cell.template_key,
		format: cell.format,
		table: cell.table,
		label: cell.label,
		column: cell.column,
		unit: cell.unit,
		definition: `由表格和行的锚点生成（${cell.row_anchor}），不属于已知模板；不同报告中同一生成键的含义可能不同`
	};
}
