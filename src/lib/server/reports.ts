/**
 * The reports the site is built from. `npm run build` parses the folder once, in worker threads
 * (parseAll), and leaves a catalogue and one JSON per report (parse-cache.ts); the prerender, another
 * process, reads those through corpus(), getReport(), reportCatalogue() and eachReport(). Without a
 * catalogue (unit tests, scripts) the folder is parsed in this process by loadCorpus.
 */
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { takeInventory, type Inventory, type LeftOut } from './inventory';
import { parseGroup, type Failure, type LoadedReport } from './parse-group';
import { parseLimits, type ParseLimits } from './limits';
import { runPool } from './parse-pool';
import { indexInput, type IndexInput } from './search-index';
import { prepareReport } from './search-docs';
import { catalogueFile, groupKey, readMeta, readPrepared, readResult as readStored, storeResult, writeAtomic, type Catalogue, type CachedReport, type ReportSummary } from './parse-cache';
import { joinLoaded, numbersOf, sameness, versionsById } from './same-report';

export type { Failure, LoadedReport } from './parse-group';
export type { CachedReport, ReportSummary } from './parse-cache';

export interface Corpus {
	dir: string;
	reports: LoadedReport[];
	/** Report files left out: unreadable, refused by type or size, or a form that is not the same report. */
	failures: Failure[];
	/** Entries of the folder that are not report files (hidden, another extension, a folder). */
	skipped?: LeftOut[];
	/** Reports published under an id other than their file name, and why. */
	renamed?: LeftOut[];
}

/** Report forms, the original first: when one report comes in several forms, the PDF is parsed. */
export const REPORT_EXTENSIONS = ['.pdf', '.docx', '.doc', '.html', '.htm', '.md', '.txt'];

export function reportsDir(): string {
	return resolve(process.env.REPORTS_DIR || 'data/reports');
}

function inventory(dir: string, limits: ParseLimits): Inventory {
	if (!existsSync(dir)) throw new Error(`nianbao: ${dir}: reports folder not found (set REPORTS_DIR to a folder of report files)`);
	return takeInventory(dir, { extensions: REPORT_EXTENSIONS, maxBytes: limits.maxFileBytes });
}

/** Site order: newest year first, then agency in Chinese collation, then id. */
function bySiteOrder(a: ReportSummary, b: ReportSummary): number {
	return (b.year ?? 0) - (a.year ?? 0) || (a.agency ?? '').localeCompare(b.agency ?? '', 'zh') || (a.id < b.id ? -1 : 1);
}

/** Reads and parses every report file in the folder, in this process. A file that fails is named in `failures`. */
export async function loadCorpus(dir = reportsDir()): Promise<Corpus> {
	const limits = parseLimits(1);
	const { groups, refused, skipped, renamed } = inventory(dir, limits);
	const reports: LoadedReport[] = [];
	const failures: Failure[] = [...refused];
	for (const group of groups) {
		const result = await parseGroup(group, limits);
		if (result.loaded) reports.push(result.loaded);
		for (const f of result.failures) failures.push(f);
	}
	const same = sameness(reports.map((l) => ({ ...l.report, numbers: numbersOf(l.report) })));
	const joinedAt = new Map(same.joins.map((members) => [members[0], joinLoaded(members.map((i) => reports[i]))]));
	const versions = versionsById(same.versionGroups, (i) => (joinedAt.get(i) ?? reports[i]).report.id);
	const gone = new Set(same.joins.flat());
	const kept = reports.filter((_, i) => !gone.has(i)).concat(Array.from(joinedAt.values()));
	for (const l of kept) if (versions.has(l.report.id)) l.versions = versions.get(l.report.id);
	kept.sort((a, b) => bySiteOrder(a.report, b.report));
	return { dir, reports: kept, failures: failures.sort((a, b) => (a.file < b.file ? -1 : 1)), skipped, renamed };
}

/**
 * Parses the folder once for a build, on worker threads, reusing stored results whose files and
 * parser did not change, and writes the build's catalogue. `progress` is told after each report.
 */
export async function parseAll(buildDir: string, progress: (done: number, total: number) => void, dir = reportsDir()): Promise<{ catalogue: Catalogue; file: string }> {
	const limits = parseLimits(availableParallelism());
	const { groups, refused, skipped, renamed } = inventory(dir, limits);
	const jobs = groups.map((group) => ({ group, ...groupKey(group, limits) }));
	const entries: CachedReport[] = [];
	const failures: Failure[] = [...refused];
	let done = 0;
	const take = (key: string, meta: NonNullable<ReturnType<typeof readMeta>>) => {
		if (meta.entry) entries.push({ ...meta.entry, key });
		for (const f of meta.failures) failures.push(f);
		progress(++done, jobs.length);
	};
	const toParse = jobs.filter((job) => {
		const meta = readMeta(job.key);
		if (meta) take(job.key, meta);
		return !meta;
	});
	await runPool(toParse, limits, (job, meta) => take(job.key, meta));
	joinSameReports(entries);
	entries.sort(bySiteOrder);
	// Kit's version names the data (as before: the lockfile and every report's files), not the folder.
	const version = createHash('sha256')
		.update(readFileSync('package-lock.json'))
		.update(jobs.map((job) => job.content).join('\n'))
		.digest('hex')
		.slice(0, 12);
	const catalogue: Catalogue = { dir, version, reports: entries, failures: failures.sort((a, b) => (a.file < b.file ? -1 : 1)), skipped, renamed };
	const file = catalogueFile(buildDir);
	writeAtomic(file, JSON.stringify(catalogue));
	return { catalogue, file };
}

/**
 * Reports under different names that are one report (same agency, year and numbers) become one entry,
 * its parse stored under a key naming its members; the others of an agency and year are marked as versions.
 */
function joinSameReports(entries: CachedReport[]): void {
	const same = sameness(entries);
	const joinedAt = new Map(
		same.joins.map((members) => {
			const key = createHash('sha256').update(`joined\n${members.map((i) => entries[i].key).join('\n')}`).digest('hex').slice(0, 32);
			const meta = readMeta(key) ?? storeResult(key, { loaded: joinLoaded(members.map((i) => readStored(entries[i].key))), failures: [] });
			return [members[0], { ...meta.entry!, key }];
		})
	);
	const versions = versionsById(same.versionGroups, (i) => (joinedAt.get(i) ?? entries[i]).id);
	const gone = new Set(same.joins.flat());
	const kept = entries.filter((_, i) => !gone.has(i)).concat(Array.from(joinedAt.values()));
	entries.length = 0;
	for (const e of kept) {
		e.versions = versions.get(e.id);
		entries.push(e);
	}
}

/** A stored parse with what the catalogue adds to it (its versions). */
const readResult = (key: string, entry?: CachedReport): LoadedReport => {
	const loaded = readStored(key);
	return entry?.versions ? { ...loaded, versions: entry.versions } : loaded;
};

let stored: Catalogue | null | undefined;
/** The catalogue `npm run build` left for this build (NIANBAO_CATALOGUE), or null when there is none. */
function storedCatalogue(): Catalogue | null {
	if (stored === undefined) {
		const file = process.env.NIANBAO_CATALOGUE;
		stored = file ? JSON.parse(readFileSync(file, 'utf8')) : null;
	}
	return stored ?? null;
}

/** A report's summary and the files it was read from: what a list, a filter or a file route needs. */
export type ReportListing = ReportSummary & { file: string; also: string[] };

const listingOf = ({ id, title, agency, year, published, format, template }: ReportSummary, file: string, also: string[]): ReportListing => ({
	id,
	title,
	agency,
	year,
	published,
	format,
	template,
	file,
	also
});

let listings: Promise<ReportListing[]> | null = null;

/**
 * Every report's summary in site order, without its text: for lists, filters, counts and file routes.
 * Made once per process and shared (callers must not change it): pages ask for it per request, and a
 * fresh copy of every summary per page made the prerender quadratic in the corpus.
 */
export function reportCatalogue(): Promise<ReportListing[]> {
	listings ??= (async () => {
		const c = storedCatalogue();
		return c ? c.reports.map((e) => listingOf(e, e.file, e.also)) : (await corpus()).reports.map((r) => listingOf(r.report, r.file, r.also));
	})();
	return listings;
}

/** Every report in full, one at a time, in site order: for work that must not hold them all at once. */
export async function* eachReport(): AsyncGenerator<LoadedReport> {
	const c = storedCatalogue();
	if (!c) return yield* (await corpus()).reports;
	for (const entry of c.reports) yield readResult(entry.key, entry);
}

/** Every report as the search index takes it, in site order: prepared by the parse workers when the build stored it. */
export async function* eachIndexInput(): AsyncGenerator<IndexInput> {
	const c = storedCatalogue();
	if (!c) {
		// One at a time, as with a catalogue: preparing every report before the first was indexed held them all.
		for (const r of (await corpus()).reports) yield indexInput(r.report);
		return;
	}
	for (const entry of c.reports) yield { report: entry, prepared: readPrepared(entry.key) ?? prepareReport(readStored(entry.key).report) };
}

let cached: Promise<Corpus> | null = null;

/** The whole corpus at once, read once per build process. Prefer reportCatalogue or eachReport where they do. */
export function corpus(): Promise<Corpus> {
	cached ??= (async () => {
		const c = storedCatalogue();
		const loaded = c ? { dir: c.dir, reports: c.reports.map((e) => readResult(e.key, e)), failures: c.failures, skipped: c.skipped, renamed: c.renamed } : await loadCorpus();
		if (loaded.reports.length === 0) throw new Error(`nianbao: ${loaded.dir}: no report could be read; nothing to build`);
		return loaded;
	})();
	return cached;
}

let byId: Map<string, CachedReport> | null = null;

/** One report by id; with a stored catalogue only that report is read (found by a map: a page per report made the old linear search quadratic). */
export async function getReport(id: string): Promise<LoadedReport> {
	const c = storedCatalogue();
	if (c) byId ??= new Map(c.reports.map((r) => [r.id, r]));
	const entry = byId?.get(id);
	const found = c ? entry && readResult(entry.key, entry) : (await corpus()).reports.find((r) => r.report.id === id);
	if (!found) throw new Error(`nianbao: no report with id "${id}"`);
	return found;
}
