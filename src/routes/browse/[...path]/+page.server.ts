import { error } from '@sveltejs/kit';
import { siteCatalogue } from '$lib/server/catalogue';
import { facetPaths, matches, pageCount, pageOf, parseFacetPath, places } from '$lib/catalogue';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => facetPaths((await siteCatalogue()).entries).map((path) => ({ path }));

export const load = (async ({ params }) => {
	const parsed = parseFacetPath(params.path);
	if (!parsed) error(404, `no catalogue page ${params.path}`);
	const { entries } = await siteCatalogue();
	const { facet, page } = parsed;
	const found = entries.filter((e) => matches(e, facet));
	if (found.length === 0 || page > pageCount(found.length)) error(404, `no catalogue page ${params.path}`);
	const place = facet.kind === 'in' ? found[0].places.find((p) => p.code === facet.value) ?? null : null;
	const trail = place ? found[0].places.slice(0, found[0].places.indexOf(place)) : [];
	return {
		facet,
		page,
		pages: pageCount(found.length),
		total: found.length,
		entries: pageOf(found, page),
		place,
		trail,
		below: facet.kind === 'in' ? places(found, facet.value) : []
	};
}) satisfies PageServerLoad;
