import { error } from '@sveltejs/kit';
import { siteCatalogue } from '$lib/server/catalogue';
import { facetPaths, matches, pageCount, pageOf, parseFacetPath, places, type CatalogueEntry, type Count, type Facet } from '$lib/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => facetPaths((await siteCatalogue()).entries).map((path) => ({ path }));

/**
 * A facet's reports and the divisions below it, found once per facet and build: every page of a facet
 * filtering the whole catalogue again made the catalogue pages quadratic in the corpus.
 */
const byFacet = new Map<string, Promise<{ found: CatalogueEntry[]; below: Count[] }>>();
function facetReports(facet: Facet) {
	const key = facet.kind === 'all' ? 'all' : `${facet.kind}/${facet.value}`;
	let slice = byFacet.get(key);
	if (!slice) {
		slice = siteCatalogue().then(({ entries }) => {
			const found = entries.filter((e) => matches(e, facet));
			return { found, below: facet.kind === 'in' ? places(found, facet.value) : [] };
		});
		byFacet.set(key, slice);
	}
	return slice;
}

export const load = (async ({ params }) => {
	const parsed = parseFacetPath(params.path);
	if (!parsed) error(404, `no catalogue page ${params.path}`);
	const { facet, page } = parsed;
	const { found, below } = await facetReports(facet);
	if (found.length === 0 || page > pageCount(found.length)) error(404, `no catalogue page ${params.path}`);
	const place = facet.kind === 'in' ? found[0].places.find((p) => p.code === facet.value) ?? null : null;
	const trail = place ? found[0].places.slice(0, found[0].places.indexOf(place)) : [];
	return { facet, page, pages: pageCount(found.length), total: found.length, entries: pageOf(found, page), place, trail, below };
}) satisfies PageServerLoad;
