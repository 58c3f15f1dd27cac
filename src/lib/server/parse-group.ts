/**
 * Parses one report from its forms (the files of one name): every form is parsed, and those that name
 * the same year and agency make the report together (merge-forms.ts: the best-read form gives the
 * outline and text, each table family comes from the form that read most of it, cells by vote). A form
 * naming another report is left out with one line. Used in-process by loadCorpus and inside each parse worker.
 */
import { readFileSync } from 'node:fs';
import { parseFile, ParseError } from '../parse';
import { checkPdfLimits } from './pdf-limits';
import type { ReportFile, ReportGroup } from './inventory';
import { shown } from './log-text';
import { fsPath } from './file-names';
import type { ParseLimits } from './limits';
import type { Problem, Report } from '../types';
import { withoutSpaces } from '../text/normalize';
import { mergeForms, type ParsedForm } from './merge-forms';

/** A report as the site is built from it (kept in this shape for every page and endpoint). */
export interface LoadedReport {
	report: Report;
	file: string;
	/** Extension of the file parsed (txt, html, htm, pdf): the original is published as source.<ext>. */
	ext: string;
	/** The text the parser read (decoded as received for .txt), published as source.txt. */
	text: string;
	problems: Problem[];
	/** Other files of the same report (same name, another form, same year and agency), published as also.<ext>. */
	also: string[];
	/** Which file gave each table (by anchor), when the report was read from several files. */
	tableForms?: Record<string, string>;
	/** Ids of other reports of the same agency and year whose numbers differ (same-report.ts). */
	versions?: string[];
}

export interface Failure {
	file: string;
	message: string;
}

export interface GroupResult {
	loaded: LoadedReport | null;
	/** Forms that could not be used, one line each. */
	failures: Failure[];
}

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/** One file parsed, PDFs checked against their limits first (see pdf-limits.ts). */
export async function parseForm(form: Pick<ReportFile, 'path'>, limits: Pick<ParseLimits, 'maxPdfPages' | 'maxPdfDecodedBytes'>) {
	const bytes = new Uint8Array(readFileSync(fsPath(form.path)));
	if (isPdf(bytes)) checkPdfLimits(bytes, form.path, limits);
	return parseFile(bytes, form.path);
}

const failure = (file: string, e: unknown): Failure => ({
	file,
	message: e instanceof ParseError ? e.message : `nianbao: ${shown(file)}: ${(e as Error).message.split('\n')[0]}`
});
const squeeze = (s: string | null) => (s === null ? null : withoutSpaces(s));
const describe = (r: Report) => `${r.year ?? '(no year)'} ${r.agency ?? '(no agency)'}`;

/** Two forms of one name are one report when neither contradicts the other's year or agency (a form may lack either). */
export const sameReport = (a: Report, b: Report): boolean =>
	(a.year === b.year || a.year === null || b.year === null) && (squeeze(a.agency) === squeeze(b.agency) || a.agency === null || b.agency === null);

export async function parseGroup(group: ReportGroup, limits: Pick<ParseLimits, 'maxPdfPages' | 'maxPdfDecodedBytes'>): Promise<GroupResult> {
	const failures: Failure[] = [];
	const parsed: (ParsedForm & { ext: string; text: string })[] = [];
	for (const form of group.forms) {
		let result: Awaited<ReturnType<typeof parseForm>>;
		try {
			result = await parseForm(form, limits);
		} catch (e) {
			failures.push(failure(form.path, e));
			continue;
		}
		const first = parsed[0];
		if (!first || sameReport(result.report, first.report)) parsed.push({ file: form.path, report: result.report, ext: form.ext, text: result.text });
		else
			failures.push({
				file: form.path,
				message: `nianbao: ${shown(form.path)}: reports ${describe(result.report)}, but ${shown(first.file)} reports ${describe(first.report)}: not published as another form of it (give it a name of its own)`
			});
	}
	if (parsed.length === 0) return { loaded: null, failures };
	const { report, base, tableForms } = mergeForms(parsed);
	const main = parsed[base];
	const loaded: LoadedReport = {
		report: { ...report, id: group.id },
		file: main.file,
		ext: main.ext,
		text: main.text,
		problems: report.problems,
		also: parsed.filter((_, i) => i !== base).map((p) => p.file),
		tableForms
	};
	return { loaded, failures };
}
