/**
 * The sources sidecar: `sources.csv` beside the reports, one row per report file, naming the agency's
 * original URL and the date it was retrieved (columns file,url,retrieved; see docs/data.md "The sources
 * sidecar"). It is optional and never fatal: a bad row is left out with one line naming the file and the
 * row, and the reports are built as if it were absent.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { ReportSource } from '../types';
import { shown } from './log-text';
import { readableName } from './file-names';
import { calendarDay, httpUrl } from '../text/fields';

export type { ReportSource };

export const SIDECAR_NAME = 'sources.csv';
/** A list of URLs for a folder of reports is small; anything larger is not one. */
const MAX_SIDECAR_BYTES = 8 * 1024 * 1024;


export interface Sidecar {
	/** By file name as it stands in the folder (NFC). */
	sources: Map<string, ReportSource>;
	/** One line per row left out or field not understood, `nianbao: FILE: row N: …`. */
	problems: string[];
}

/**
 * Text as Excel leaves it: UTF-8 with or without a byte-order mark, or, from "CSV" on Chinese Windows,
 * GB18030 (a superset of GBK).
 */
function decode(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

/** Dates as people and spreadsheets write them: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日; a real calendar day. */
export function readDate(text: string): string | null {
	const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text.trim());
	if (!m) return null;
	return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}


const COLUMNS = ['file', 'url', 'retrieved'] as const;

/** Parses a sidecar's bytes; `label` names the file in problem lines. Pure: no file is read. */
export function parseSidecar(bytes: Uint8Array, label: string): Sidecar {
	const sources = new Map<string, ReportSource>();
	const problems: string[] = [];
	const say = (where: string, what: string) => problems.push(`nianbao: ${shown(label)}: ${where}${what}`);
	const rows = csvParseRows(decode(bytes));
	const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
	const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
	if (at.file < 0 || at.url < 0) {
		say('', `its first row must name the columns file,url,retrieved (found: ${rows[0]?.join(',') || 'nothing'}); not used`);
		return { sources, problems };
	}
	rows.slice(1).forEach((row, i) => {
		const where = `row ${i + 2}: `;
		if (row.every((cell) => cell.trim() === '')) return;
		const file = (row[at.file] ?? '').trim().normalize('NFC');
		const urlText = (row[at.url] ?? '').trim();
		const dateText = at.retrieved >= 0 ? (row[at.retrieved] ?? '').trim() : '';
		if (!file) return say(where, 'no file name; left out');
		if (file.includes('/') || file.includes('\\')) return say(where, `"${shown(file)}" is a path; name a file in the folder; left out`);
		if (sources.has(file)) return say(where, `"${shown(file)}" is named again (the first row counts); left out`);
		const url = httpUrl(urlText);
		if (!url) return say(where, `"${shown(urlText)}" is not an http(s) URL; left out`);
		const retrieved = dateText ? readDate(dateText) : null;
		if (dateText && !retrieved) say(where, `"${shown(dateText)}" is not a date (expected e.g. 2024-03-05); the URL is kept without it`);
		sources.set(file, { url, retrieved });
	});
	return { sources, problems };
}

/** A report file as the sidecar names it: its name, a name that is not UTF-8 as read (file-names.ts), NFC. */
const nameKey = (file: string) => readableName(basename(file)).normalize('NFC');

const read = new Map<string, Sidecar>();

/** The sidecar of a reports folder, read once per process; an absent one is empty, an unreadable one says why. */
export function sidecarOf(dir: string): Sidecar {
	const cached = read.get(dir);
	if (cached) return cached;
	const path = join(dir, SIDECAR_NAME);
	let sidecar: Sidecar = { sources: new Map(), problems: [] };
	try {
		const stats = lstatSync(path, { throwIfNoEntry: false });
		// lstat, never stat: a FIFO or a symlink to /dev/zero must not be opened.
		if (stats && !stats.isFile()) sidecar.problems.push(`nianbao: ${shown(path)}: not a regular file; not used`);
		else if (stats && stats.size > MAX_SIDECAR_BYTES) sidecar.problems.push(`nianbao: ${shown(path)}: over ${MAX_SIDECAR_BYTES / 1048576} MB; not used`);
		else if (stats) sidecar = parseSidecar(new Uint8Array(readFileSync(path)), path);
	} catch (e) {
		sidecar.problems.push(`nianbao: ${shown(path)}: ${(e as Error).message.split('\n')[0]}; not used`);
	}
	read.set(dir, sidecar);
	return sidecar;
}

/**
 * The source of a report read from `file` (or another form of it, `also`), from its folder's sidecar;
 * else the address a crawler's header block gave (原文链接), without a retrieval date.
 */
export function sourceOf(report: { file: string; also: string[]; report?: { crawledUrl?: string } }): ReportSource | null {
	const { sources } = sidecarOf(dirname(report.file));
	for (const form of [report.file, ...report.also]) {
		const found = sources.get(nameKey(form));
		if (found) return found;
	}
	return report.report?.crawledUrl ? { url: report.report.crawledUrl, retrieved: null } : null;
}

/** What the build says about a folder's sidecar: its problems, and rows naming no report file there. */
export function sidecarProblems(dir: string, reportFiles: string[]): string[] {
	const sidecar = sidecarOf(dir);
	const names = new Set(reportFiles.map(nameKey));
	const strays = [...sidecar.sources.keys()].filter((name) => !names.has(name));
	return [
		...sidecar.problems,
		...strays.map((name) => `nianbao: ${shown(join(dir, SIDECAR_NAME))}: "${shown(name)}" is not a report published from this folder; its row is not used`)
	];
}
