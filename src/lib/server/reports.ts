import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Report } from '../types';
import { decodeReport, parseReport, ParseError } from '../ingest';

export interface LoadedReport {
	report: Report;
	file: string;
	/** The decoded text exactly as received, published as source.txt. */
	text: string;
	problems: string[];
}

export interface Failure {
	file: string;
	message: string;
}

export interface Corpus {
	dir: string;
	reports: LoadedReport[];
	failures: Failure[];
}

export const REPORT_EXTENSIONS = ['.txt'];

export function reportsDir(): string {
	return resolve(process.env.REPORTS_DIR || 'data/reports');
}

/** Reads and parses every report file in the folder. A file that fails is named in `failures` and left out. */
export function loadCorpus(dir = reportsDir()): Corpus {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		throw new Error(`nianbao: ${dir}: reports folder not found (set REPORTS_DIR to a folder of report files)`);
	}
	const reports: LoadedReport[] = [];
	const failures: Failure[] = [];
	const ids = new Map<string, string>();
	for (const name of names) {
		const file = join(dir, name);
		if (name.startsWith('.') || !statSync(file).isFile()) continue;
		if (!REPORT_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
		try {
			const text = decodeReport(new Uint8Array(readFileSync(file)), file);
			const { report, problems } = parseReport(text, file);
			const clash = ids.get(report.id);
			if (clash) throw new ParseError(file, `same report id "${report.id}" as ${clash}`);
			ids.set(report.id, file);
			reports.push({ report, file, text, problems });
		} catch (e) {
			const message = e instanceof ParseError ? e.message : `nianbao: ${file}: ${(e as Error).message}`;
			failures.push({ file, message });
		}
	}
	reports.sort(
		(a, b) => (b.report.year ?? 0) - (a.report.year ?? 0) || (a.report.agency ?? '').localeCompare(b.report.agency ?? '', 'zh')
	);
	return { dir, reports, failures };
}

let cached: Corpus | null = null;

/** The corpus the site is built from, read once per build process. */
export function corpus(): Corpus {
	if (!cached) {
		cached = loadCorpus();
		if (cached.reports.length === 0) throw new Error(`nianbao: ${cached.dir}: no report could be read; nothing to build`);
	}
	return cached;
}

export function getReport(id: string): LoadedReport {
	const found = corpus().reports.find((r) => r.report.id === id);
	if (!found) throw new Error(`nianbao: no report with id "${id}"`);
	return found;
}
