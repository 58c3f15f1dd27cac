import { countCells } from '../data/cell-state';
import { eachReport } from './reports';
import { agencyDirectory, agencyOfReport, type Agency } from '../agencies';
import type { Division } from '../agencies';
import { ordered, type CatalogueEntry } from '../catalogue';

/** The province, city and county a division lies in, each with its GB/T 2260 code. */
export function placesOf(d: Division | null): CatalogueEntry['places'] {
	if (!d) return [];
	const out: CatalogueEntry['places'] = [{ code: `${d.code.slice(0, 2)}0000`, name: d.province, level: 'province' }];
	if (d.city) out.push({ code: `${d.code.slice(0, 4)}00`, name: d.city, level: 'city' });
	if (d.county) out.push({ code: d.code, name: d.county, level: 'county' });
	return out;
}

let cached: Promise<{ entries: CatalogueEntry[]; agencies: Agency[] }> | null = null;

/** The light catalogue of every report (no text, no tables) and the agency directory, once per build. */
export function siteCatalogue(): Promise<{ entries: CatalogueEntry[]; agencies: Agency[] }> {
	// One report at a time: the catalogue needs each report's section count, never all their text at once.
	cached ??= (async () => {
		const refs = [];
		const entries: CatalogueEntry[] = [];
		for await (const { report: r } of eachReport()) {
			const agency = agencyOfReport(r);
			refs.push({ id: r.id, agency: r.agency, title: r.title, year: r.year });
			entries.push({
				id: r.id,
				title: r.title,
				agency: r.agency,
				agencyId: agency.id,
				year: r.year,
				published: r.published,
				format: r.format,
				sections: r.sections.length,
				cells: (({ cells, read, unread }) => ({ cells, read, unread }))(countCells(r.tables)),
				places: placesOf(agency.division)
			});
		}
		return { entries: ordered(entries), agencies: agencyDirectory(refs) };
	})();
	return cached;
}
