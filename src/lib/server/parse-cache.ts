/**
 * Parse results stored between the parse step (scripts/build.ts, in worker threads) and the
 * prerender (another process): one JSON per report, named by a hash of its files' names and bytes
 * and of the code that parses them, and one catalogue per build naming the reports in site order
 * with their summaries. A report whose files and parser did not change is not parsed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Failure, GroupResult, LoadedReport } from './parse-group';
import type { LeftOut, ReportGroup } from './inventory';
import { fsPath } from './file-names';
import type { ParseLimits } from './limits';
import type { Problem, Report } from '../types';
import { prepareReport, type PreparedReport } from './search-docs';
import { numbersOf } from './same-report';
import { pictureStamp } from './picture-stamp';

export const CACHE_DIR = resolve(process.env.NIANBAO_CACHE_DIR || 'node_modules/.cache/nianbao');

/** What lists and filters need of a report, without its text. */
export type ReportSummary = Pick<Report, 'id' | 'title' | 'agency' | 'year' | 'published' | 'format' | 'template'>;

/** One report of a build's catalogue: its summary, where its files are, and the key of its parse. */
export interface CachedReport extends ReportSummary {
	key: string;
	file: string;
	ext: string;
	also: string[];
	problems: Problem[];
	/** A hash of the report's read numbers (same-report.ts), to find the same report under other names. */
	numbers: string;
	tableForms?: Record<string, string>;
	versions?: string[];
}

export interface Catalogue {
	dir: string;
	/** Names the data: a hash of every report's key, for Kit's version (reproducible builds). */
	version: string;
	reports: CachedReport[];
	failures: Failure[];
	skipped: LeftOut[];
	renamed: LeftOut[];
}

let code: string | null = null;
/**
 * A hash of the source the parse depends on (all of src/lib, the segmenter's dictionary, since the
 * search preparation is kept with the parse, and the lockfile), so a code change invalidates the cache.
 */
export function codeVersion(): string {
	if (code) return code;
	const hash = createHash('sha256').update(readFileSync('package-lock.json')).update(readFileSync('data/dict/user.dict.utf8'));
	for (const entry of readdirSync('src/lib', { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.sort())
		hash.update(entry).update(readFileSync(entry));
	code = hash.digest('hex');
	return code;
}

/**
 * `content` hashes what the report is made of (its id, its files' names and bytes): it names the data
 * whatever folder holds it. `key` adds the folder, the parser's code, the limits and the picture files
 * an HTML report's page names (picture-stamp.ts): it names a parse.
 */
export function groupKey(group: ReportGroup, limits: Pick<ParseLimits, 'maxPdfPages' | 'maxPdfDecodedBytes'>): { key: string; content: string } {
	const content = createHash('sha256').update(`${group.id}\n`);
	const pictures: string[] = [];
	for (const form of group.forms) {
		const path = fsPath(form.path);
		const bytes = readFileSync(path);
		content.update(`${form.name}\n`).update(createHash('sha256').update(bytes).digest('hex'));
		// (A page whose name is not UTF-8 is opened by its bytes; the reader finds no file beside it by name either.)
		if (/\.html?$/i.test(form.name) && typeof path === 'string') pictures.push(pictureStamp(bytes, path));
	}
	const contentHash = content.digest('hex');
	const key = createHash('sha256')
		.update([codeVersion(), contentHash, ...group.forms.map((f) => f.path), limits.maxPdfPages, limits.maxPdfDecodedBytes, ...pictures].join('\n'))
		.digest('hex')
		.slice(0, 32);
	return { key, content: contentHash };
}

/** Writes to a temporary name, then renames: a reader never sees half a file. */
export function writeAtomic(file: string, body: string): void {
	mkdirSync(resolve(file, '..'), { recursive: true });
	const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(tmp, body);
	renameSync(tmp, file);
}

const resultFile = (key: string) => join(CACHE_DIR, 'parsed', `${key}.json`);
const metaFile = (key: string) => join(CACHE_DIR, 'parsed', `${key}.meta.json`);
const preparedFile = (key: string) => join(CACHE_DIR, 'parsed', `${key}.search.json`);

/** What the build needs of a parse result without reading the report itself. */
export interface ResultMeta {
	entry: Omit<CachedReport, 'key'> | null;
	failures: Failure[];
}

export function metaOf(result: GroupResult): ResultMeta {
	const l = result.loaded;
	const entry = l && {
		id: l.report.id,
		title: l.report.title,
		agency: l.report.agency,
		year: l.report.year,
		published: l.report.published,
		format: l.report.format,
		template: l.report.template,
		file: l.file,
		ext: l.ext,
		also: l.also,
		problems: l.problems,
		numbers: numbersOf(l.report),
		tableForms: l.tableForms
	};
	return { entry, failures: result.failures };
}

/** Stores a parse result and, for a report, its search preparation; the meta last, as it marks the result complete. */
export function storeResult(key: string, result: GroupResult): ResultMeta {
	if (result.loaded) {
		writeAtomic(resultFile(key), JSON.stringify(result.loaded));
		writeAtomic(preparedFile(key), JSON.stringify(prepareReport(result.loaded.report)));
	}
	const meta = metaOf(result);
	writeAtomic(metaFile(key), JSON.stringify(meta));
	return meta;
}

export function readMeta(key: string): ResultMeta | null {
	try {
		return JSON.parse(readFileSync(metaFile(key), 'utf8'));
	} catch {
		return null;
	}
}

/** The report's search preparation, or null when the cache holds none (a result stored before it was kept). */
export function readPrepared(key: string): PreparedReport | null {
	try {
		return JSON.parse(readFileSync(preparedFile(key), 'utf8'));
	} catch {
		return null;
	}
}

export function readResult(key: string): LoadedReport {
	return JSON.parse(readFileSync(resultFile(key), 'utf8'));
}

export const catalogueFile = (buildDir: string): string => join(CACHE_DIR, 'catalogues', `${createHash('sha256').update(resolve(buildDir)).digest('hex').slice(0, 16)}.json`);
