/**
 * Files of one report under different names (re-encoded, re-crawled, renamed by whoever saved them):
 * whatever the names, reports of the same agency and year that give the same numbers are one report,
 * and are joined into one (merge-forms.ts). Reports of the same agency and year whose numbers differ
 * stay apart and are marked as versions of each other. Pure: works on what a catalogue holds.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../types';
import { mergeForms } from './merge-forms';
import type { LoadedReport } from './parse-group';
import { withoutSpaces } from '../text/normalize';

/** A report's numbers as one hash: every read cell by row anchor and column; '' when it gives none (then nothing joins it). */
export function numbersOf(report: Report): string {
	const cells = report.tables.flatMap((t) => t.rows.flatMap((r) => r.values.map((v, i) => (v === null ? '' : `${r.anchor}/${i}=${v}`)))).filter(Boolean);
	return cells.length ? createHash('sha256').update(cells.sort().join('\n')).digest('hex').slice(0, 24) : '';
}

/** What the grouping needs of a report. */
export interface Comparable {
	id: string;
	agency: string | null;
	year: number | null;
	numbers: string;
}

export interface Sameness {
	/** Indexes of reports that are one report, each list in id order, lists of two or more. */
	joins: number[][];
	/**
	 * Reports of one agency and year whose numbers differ: each group one index per distinct report (a
	 * join's first member standing for the joined report), groups of two or more.
	 */
	versionGroups: number[][];
}

const who = (c: Comparable) => (c.year !== null && c.agency ? `${c.year}|${withoutSpaces(c.agency)}` : null);

export function sameness(items: Comparable[]): Sameness {
	const byWho = new Map<string, number[]>();
	items.forEach((c, i) => {
		const key = who(c);
		if (!key) return;
		const members = byWho.get(key);
		if (members) members.push(i);
		else byWho.set(key, [i]);
	});
	const joins: number[][] = [];
	const versionGroups: number[][] = [];
	for (const members of byWho.values()) {
		if (members.length < 2) continue;
		const byNumbers = new Map<string, number[]>();
		for (const i of members) {
			const key = items[i].numbers || `\0${items[i].id}`;
			const same = byNumbers.get(key);
			if (same) same.push(i);
			else byNumbers.set(key, [i]);
		}
		const kept: number[] = [];
		for (const same of byNumbers.values()) {
			same.sort((a, b) => (items[a].id < items[b].id ? -1 : 1));
			if (same.length > 1) joins.push(same);
			kept.push(same[0]);
		}
		if (kept.length > 1) versionGroups.push(kept);
	}
	return { joins, versionGroups };
}

/**
 * Each report's versions by the ids the reports finally carry: `idOf` gives a report's id, a joined
 * report's (which may be another member's) for a join's first member.
 */
export function versionsById(groups: number[][], idOf: (i: number) => string): Map<string, string[]> {
	const versions = new Map<string, string[]>();
	for (const group of groups) {
		const ids = group.map(idOf);
		for (const id of ids) versions.set(id, ids.filter((k) => k !== id).sort());
	}
	return versions;
}

/** Reports found to be one, joined: the best-read one's id, outline and text; every file of each kept as a form; members in id order. */
export function joinLoaded(members: LoadedReport[]): LoadedReport {
	// Where they read equally well, the report that came in most forms gives its id (a crawler's page-0120-1 rarely should).
	const loaded = members.slice().sort((a, b) => b.also.length - a.also.length);
	const { report, base, tableForms } = mergeForms(loaded.map((l) => ({ file: l.file, report: l.report })));
	const main = loaded[base];
	const files = loaded.flatMap((l) => [l.file, ...l.also]);
	const byFile = new Map(loaded.map((l) => [l.file, l]));
	for (const [anchor, file] of Object.entries(tableForms)) tableForms[anchor] = byFile.get(file)?.tableForms?.[anchor] ?? file;
	return {
		report: { ...report, id: main.report.id },
		file: main.file,
		ext: main.ext,
		text: main.text,
		problems: report.problems,
		also: files.filter((f) => f !== main.file),
		tableForms
	};
}

/** The build log's line for a report read from several files: the files and which gave which table. */
export function formsLine(l: { id: string; file: string; also: string[]; tableForms?: Record<string, string> }): string | null {
	if (l.also.length === 0) return null;
	const base = (f: string) => f.replace(/^.*[\\/]/, '');
	const byFile = new Map<string, string[]>();
	for (const [anchor, file] of Object.entries(l.tableForms ?? {})) byFile.set(base(file), [...(byFile.get(base(file)) ?? []), anchor]);
	const tables = [...byFile].map(([file, anchors]) => `${anchors.join(' ')} from ${file}`).join('; ');
	return `nianbao: ${l.id}: one report from ${[l.file, ...l.also].map(base).join(', ')} (outline and text from ${base(l.file)}${tables ? `; tables ${tables}` : ''})`;
}
