import { siteCatalogue } from '$lib/server/catalogue';
import { catalogueFacets, pageCount, pageOf } from '$lib/catalogue';

export async function load() {
	const { entries } = await siteCatalogue();
	return { total: entries.length, entries: pageOf(entries, 1), pages: pageCount(entries.length), facets: catalogueFacets(entries) };
}
