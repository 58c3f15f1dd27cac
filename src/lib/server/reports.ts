import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Report } from '../types';
import { parseFile, ParseError } from '../parse';

export interface LoadedReport {
	report: Report;
	file: string;
	/** Extension of the file parsed (txt, html, htm, pdf): the original is published as source.<ext>. */
	ext: string;
	/** The text the parser read (decoded as received for .txt), published as source.txt. */
	text: string;
	problems: string[];
	/** Other files of the same report (same name, another form), published as also.<ext>. */
	also: string[];
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

/** Report forms, the original first: when one report comes in several forms, the PDF is parsed. */
export const REPORT_EXTENSIONS = ['.pdf', '.docx', '.doc', '.html', '.htm', '.md', '.txt'];

export function reportsDir(): string {
	return resolve(process.env.REPORTS_DIR || 'data/reports');
}

/** Reads and parses every report file in the folder. A file that fails is named in `failures` and left out. */
export async function loadCorpus(dir = reportsDir()): Promise<Corpus> {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		throw new Error(`nianbao: ${dir}: reports folder not found (set REPORTS_DIR to a folder of report files)`);
	}
	const byId = new Map<string, string[]>();
	for (const name of names) {
		const ext = extname(name).toLowerCase();
		if (name.startsWith('.') || !REPORT_EXTENSIONS.includes(ext) || !statSync(join(dir, name)).isFile()) continue;
		const id = name.slice(0, -ext.length);
		byId.set(id, [...(byId.get(id) ?? []), name]);
	}
	const reports: LoadedReport[] = [];
	const failures: Failure[] = [];
	for (const [, forms] of byId) {
		forms.sort((a, b) => REPORT_EXTENSIONS.indexOf(extname(a).toLowerCase()) - REPORT_EXTENSIONS.indexOf(extname(b).toLowerCase()));
		const file = join(dir, forms[0]);
		try {
			const { report, problems, text } = await parseFile(new Uint8Array(readFileSync(file)), file);
			const also = forms.slice(1).map((f) => join(dir, f));
			reports.push({ report, file, ext: extname(file).slice(1).toLowerCase(), text, problems, also });
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

let cached: Promise<Corpus> | null = null;

/** The corpus the site is built from, read once per build process. */
export function corpus(): Promise<Corpus> {
	cached ??= loadCorpus().then((c) => {
		if (c.reports.length === 0) throw new Error(`nianbao: ${c.dir}: no report could be read; nothing to build`);
		return c;
	});
	return cached;
}

export async function getReport(id: string): Promise<LoadedReport> {
	const found = (await corpus()).reports.find((r) => r.report.id === id);
	if (!found) throw new Error(`nianbao: no report with id "${id}"`);
	return found;
}
