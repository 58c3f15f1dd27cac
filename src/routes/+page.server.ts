import { siteCatalogue } from '$lib/server/catalogue';
import { catalogueFacets, pageOf } from '$lib/catalogue';

/** The home page shows the latest reports and the ways into the catalogue: its size does not grow with the corpus. */
const LATEST = 20;

export async function load() {
	const { entries } = await siteCatalogue();
	return { total: entries.length, latest: pageOf(entries, 1, LATEST), facets: catalogueFacets(entries) };
}
