/**
 * The reports catalogue as pure functions: the light entry a list shows, the facets it is browsed by
 * (year, format, province → city → county) and pages of a fixed size, so no page grows with the corpus.
 */

export interface CatalogueEntry {
	id: string;
	title: string;
	agency: string | null;
	agencyId: string;
	year: number | null;
	published: string | null;
	format: string;
	sections: number;
	/** The report's table cells: how many, and how many of them were read and not read (unread). */
	cells?: { cells: number; read: number; unread: number };
	/** GB/T 2260 codes of the agency's province, city and county, where resolved. */
	places: { code: string; name: string; level: 'province' | 'city' | 'county' }[];
}

export const PAGE_SIZE = 50;

/** A browsable slice: all reports, one year, one format, or one division (by its code). */
export type Facet = { kind: 'all' } | { kind: 'year'; value: string } | { kind: 'format'; value: string } | { kind: 'in'; value: string };

export function matches(entry: CatalogueEntry, facet: Facet): boolean {
	switch (facet.kind) {
		case 'all':
			return true;
		case 'year':
			return String(entry.year ?? '不详') === facet.value;
		case 'format':
			return entry.format === facet.value;
		case 'in':
			return entry.places.some((p) => p.code === facet.value);
	}
}

/** Latest year first, then agency in pinyin order: the order every list of reports uses. */
export function ordered(entries: CatalogueEntry[]): CatalogueEntry[] {
	return [...entries].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.agency ?? '').localeCompare(b.agency ?? '', 'zh') || (a.id < b.id ? -1 : 1));
}

export function pageCount(n: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(n / size));
}

/** Page `page` (from 1) of a list. */
export function pageOf<T>(items: T[], page: number, size = PAGE_SIZE): T[] {
	return items.slice((page - 1) * size, page * size);
}

export interface Count {
	value: string;
	label: string;
	count: number;
}

/** How many reports each value of a facet holds, in a stable order (years latest first). */
export function counts(entries: CatalogueEntry[], kind: 'year' | 'format'): Count[] {
	const m = new Map<string, number>();
	for (const e of entries) {
		const v = kind === 'year' ? String(e.year ?? '不详') : e.format;
		m.set(v, (m.get(v) ?? 0) + 1);
	}
	return [...m]
		.map(([value, count]) => ({ value, label: kind === 'year' ? (value === '不详' ? '年度不详' : `${value} 年度`) : `${value} 年条例格式`, count }))
		.sort((a, b) => (a.value < b.value ? 1 : -1));
}

/** The divisions one level below `parent` (null: provinces) that hold reports, with their counts. */
export function places(entries: CatalogueEntry[], parent: string | null): Count[] {
	const m = new Map<string, Count>();
	for (const e of entries) {
		const at = parent === null ? 0 : e.places.findIndex((p) => p.code === parent) + 1;
		if (parent !== null && at === 0) continue;
		const p = e.places[at];
		if (!p) continue;
		const c = m.get(p.code) ?? { value: p.code, label: p.name, count: 0 };
		c.count++;
		m.set(p.code, c);
	}
	return [...m.values()].sort((a, b) => (a.value < b.value ? -1 : 1));
}

/** Every page path of every facet, for the prerenderer: "all/1", "year/2023/1", "in/320800/2" … */
export function facetPaths(entries: CatalogueEntry[]): string[] {
	const out: string[] = [];
	const add = (prefix: string, n: number) => {
		for (let p = 1; p <= pageCount(n); p++) out.push(`${prefix}/${p}`);
	};
	add('all', entries.length);
	for (const c of counts(entries, 'year')) add(`year/${c.value}`, c.count);
	for (const c of counts(entries, 'format')) add(`format/${c.value}`, c.count);
	const codes = new Map<string, number>();
	for (const e of entries) for (const p of e.places) codes.set(p.code, (codes.get(p.code) ?? 0) + 1);
	for (const [code, n] of codes) add(`in/${code}`, n);
	return out;
}

/** Reads "year/2023/2" back into a facet and a page; null for anything else. */
export function parseFacetPath(path: string): { facet: Facet; page: number } | null {
	const parts = path.split('/').filter(Boolean);
	const page = Number(parts[parts.length - 1]);
	if (!Number.isInteger(page) || page < 1) return null;
	if (parts.length === 2 && parts[0] === 'all') return { facet: { kind: 'all' }, page };
	if (parts.length === 3 && (parts[0] === 'year' || parts[0] === 'format' || parts[0] === 'in')) return { facet: { kind: parts[0], value: parts[1] }, page };
	return null;
}

export interface CatalogueFacets {
	years: Count[];
	formats: Count[];
	provinces: Count[];
}

export function catalogueFacets(entries: CatalogueEntry[]): CatalogueFacets {
	return { years: counts(entries, 'year'), formats: counts(entries, 'format'), provinces: places(entries, null) };
}
