/**
 * Parses one report from its forms (the files of one name): the first form that parses is the
 * report; every other form is parsed too and published beside it only when it names the same year
 * and agency. Used in-process by loadCorpus and inside each parse worker.
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

export async function parseGroup(group: ReportGroup, limits: Pick<ParseLimits, 'maxPdfPages' | 'maxPdfDecodedBytes'>): Promise<GroupResult> {
	const failures: Failure[] = [];
	let loaded: LoadedReport | null = null;
	for (const form of group.forms) {
		let parsed: Awaited<ReturnType<typeof parseForm>>;
		try {
			parsed = await parseForm(form, limits);
		} catch (e) {
			failures.push(failure(form.path, e));
			continue;
		}
		if (!loaded) {
			loaded = { report: { ...parsed.report, id: group.id }, file: form.path, ext: form.ext, text: parsed.text, problems: parsed.problems, also: [] };
			continue;
		}
		const [mine, theirs] = [parsed.report, loaded.report];
		if (mine.year === theirs.year && squeeze(mine.agency) === squeeze(theirs.agency)) loaded.also.push(form.path);
		else
			failures.push({
				file: form.path,
				message: `nianbao: ${shown(form.path)}: reports ${describe(mine)}, but ${shown(loaded.file)} reports ${describe(theirs)}: not published as another form of it (give it a name of its own)`
			});
	}
	return { loaded, failures };
}
