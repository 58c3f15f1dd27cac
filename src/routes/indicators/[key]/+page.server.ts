import { error } from '@sveltejs/kit';
import { reportCatalogue } from '$lib/server/reports';
import { siteSeries } from '$lib/server/site';
import { yearOf, yearSummaries } from '$lib/data/series';
import { KEY_BY_NAME, KEYS } from '$lib/indicators/keys';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => KEYS.map((k) => ({ key: k.key }));

/** The page holds the definition, a summary per year and the latest year's values; other years load by need. */
export const load = (async ({ params }) => {
	const def = KEY_BY_NAME.get(params.key);
	if (!def) error(404, `no indicator ${params.key}`);
	const all = (await siteSeries())[def.key] ?? [];
	const years = yearSummaries(all);
	const latest = years[0]?.year ?? null;
	return { def, years, year: latest, points: all.filter((p) => yearOf(p) === latest), reportCount: (await reportCatalogue()).length };
}) satisfies PageServerLoad;
