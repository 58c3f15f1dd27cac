/** Every internal URL of the site is built here, so a change of scheme is a change of one file. */

export const home = (): string => '/';

export const report = (id: string): string => `/reports/${encodeURIComponent(id)}/`;

export const anchor = (id: string, anchorId: string): string => `${report(id)}#${anchorId}`;

/** The static citation of a value cell (what a reader without JavaScript opens from the cell): cite-t1-r5-c1. */
export const citeAnchor = (cellAnchorId: string): string => `cite-${cellAnchorId}`;
/** The cell a static citation's anchor names, or null when the anchor is not one. */
export const citedCell = (anchorId: string): string | null => (anchorId.startsWith('cite-') ? anchorId.slice(5) : null);

export const reportSource = (id: string): string => `${report(id)}source.txt`;

/** The element id of line `n` (1-based) of a report's source text on its source page. */
export const sourceLineId = (n: number): string => `L${n}`;

/** The page showing a report's source text with line anchors, at line `n` when given. */
export const reportSourcePage = (id: string, line?: number | null): string => `${report(id)}source/${line ? `#${sourceLineId(line)}` : ''}`;

/** The element id of the report page's n-th problem (1-based), and of the list that holds them. */
export const problemId = (n: number): string => `problem-${n}`;
export const PROBLEMS_ID = 'problems';

/** The original file as received (source.<ext>) or another form of it (also.<ext>). */
export const reportFile = (id: string, name: string): string => `${report(id)}${name}`;

/** The absolute form of a site path, for links people copy and paste elsewhere. */
export const absolute = (path: string, origin: string): string => new URL(path, origin).href;

export const search = (q?: string): string => (q ? `/search/?q=${encodeURIComponent(q)}` : '/search/');

/** A search result: the report page with the query to mark, at the section or row that matched. */
export const hit = (id: string, anchorId: string, q: string): string =>
	`${report(id)}?hl=${encodeURIComponent(q)}#${anchorId}`;

/** A file of the published search index (manifest, term shard or report store), by its content-hashed name. */
export const searchFile = (name: string): string => `/search-data/${name}`;

export const data = (): string => '/data/';
export const reportData = (id: string, kind: 'json' | 'csv' | 'excel'): string =>
	`/data/reports/${encodeURIComponent(id)}${kind === 'json' ? '.json' : kind === 'csv' ? '.csv' : '-excel.csv'}`;
/** Site-wide files under /data/: indicators, reports, checks (.csv, -excel.csv, .json) and datapackage.json. */
export const dataFile = (name: string): string => `/data/${name}`;
export const indicators = (): string => '/indicators/';
export const indicator = (key: string): string => `/indicators/${encodeURIComponent(key)}/`;
export const compare = (key?: string): string => (key ? `/compare/?key=${encodeURIComponent(key)}` : '/compare/');

/**
 * The element id a location hash names. A malformed escape (#%E0%A4%A) is not an error a reader should
 * meet: the hash is then taken as written.
 */
export function hashTarget(hash: string): string {
	const raw = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

export const reports = (): string => '/reports/';
/** One page of the catalogue: all reports, a year's, a format's, or a division's (by GB/T 2260 code). */
export const browse = (kind: 'all' | 'year' | 'format' | 'in', value: string | null, page = 1): string =>
	`/browse/${kind}/${value === null ? '' : `${encodeURIComponent(value)}/`}${page}/`;
export const agency = (id: string): string => `/agencies/${encodeURIComponent(id)}/`;
/** The agency directory: the provinces with their counts. */
export const agencies = (): string => '/agencies/';
/** One province's agencies (by its GB/T 2260 code), or those not placed ('unplaced', 未定地区). */
export const agencyRegion = (region: string): string => `/agencies/${encodeURIComponent(region)}/`;
/** A city's or county's group on its province's directory page. */
export const agencyPlace = (region: string, code: string): string => `${agencyRegion(region)}#r-${code}`;
/** The data twin of /agencies/ ('index') or of a province's page. */
export const agencyRegionData = (region: string): string => `/agencies/${encodeURIComponent(region)}.json`;
/** One indicator's values in one year (JSON), loaded by need. */
export const indicatorYear = (key: string, year: string): string => `${indicator(key)}${encodeURIComponent(year)}.json`;
/** One agency's values of every indicator (JSON), fetched by /compare/ to draw its line. */
export const compareAgency = (id: string): string => `/compare/agency/${encodeURIComponent(id)}.json`;
/** The type-ahead's file for one character of agency names, by its code point in hex. */
export const compareAgencyShard = (shard: string): string => `/compare/agencies/${shard}.json`;
/** /compare/ for one indicator, prerendered so it works without JavaScript. */
export const compareKey = (key: string): string => `/compare/${encodeURIComponent(key)}/`;
/** /compare/ with a chosen indicator, rate, agencies and years: the shareable state of the page. */
export interface CompareState {
	key?: string;
	per?: string;
	agencies?: string[];
	year?: string;
	from?: string;
	to?: string;
	/** Text an agency's name must contain (the one-year view), and the page of that view. */
	filter?: string;
	page?: number;
}
export function compareState(state: CompareState): string {
	const q = new URLSearchParams();
	if (state.key) q.set('key', state.key);
	if (state.per) q.set('per', state.per);
	if (state.agencies?.length) q.set('agency', state.agencies.join(','));
	if (state.year) q.set('year', state.year);
	if (state.from) q.set('from', state.from);
	if (state.to) q.set('to', state.to);
	if (state.filter) q.set('filter', state.filter);
	if (state.page && state.page > 1) q.set('page', String(state.page));
	// Agency ids are slugs (no commas): the list reads a,b as written, not a%2Cb.
	const s = q.toString().replace(/%2C/g, ',');
	return s ? `/compare/?${s}` : '/compare/';
}
/**
 * The element id of one value cell: its row's anchor and the column's place counted from 1 (t4-r1-c3).
 * Row anchors hold only the table, row and item numbers, so the "-c" suffix never names a row.
 */
export const cellAnchor = (rowAnchor: string, columnIndex: number): string => `${rowAnchor}-c${columnIndex + 1}`;
