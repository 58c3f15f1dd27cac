import { error } from '@sveltejs/kit';
import { siteCatalogue } from '$lib/server/catalogue';
import { siteSeries } from '$lib/server/site';
import { KEY_BY_NAME } from '$lib/indicators/keys';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await siteCatalogue()).agencies.map((a) => ({ id: a.id }));

/** The indicators an agency's page follows over the years: requests, their outcome, review and litigation. */
const KEY_INDICATORS = [
	'applications.received',
	'applications.answered',
	'applications.outcome.granted',
	'review.total',
	'review.corrected',
	'litigation.total',
	'litigation.direct.total',
	'litigation.after_review.total'
];

export const load = (async ({ params }) => {
	const { entries, agencies } = await siteCatalogue();
	const agency = agencies.find((a) => a.id === params.id);
	if (!agency) error(404, `no agency ${params.id}`);
	const ids = new Set(agency.reports.map((r) => r.id));
	const series = await siteSeries();
	const indicators = KEY_INDICATORS.flatMap((key) => {
		const points = (series[key] ?? []).filter((p) => ids.has(p.report));
		const def = KEY_BY_NAME.get(key);
		return def && points.length ? [{ key, name: def.name, unit: def.unit, points }] : [];
	});
	return {
		agency: { id: agency.id, name: agency.name, aliases: agency.aliases, division: agency.division, unresolved: agency.unresolved },
		reports: entries.filter((e) => ids.has(e.id)),
		places: entries.find((e) => ids.has(e.id))?.places ?? [],
		indicators
	};
}) satisfies PageServerLoad;
