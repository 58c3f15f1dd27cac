import { error } from '@sveltejs/kit';
import { siteCatalogue } from '$lib/server/catalogue';
import { agencyData } from './agency-data.server';
import { KEY_BY_NAME } from '$lib/indicators/keys';
import { placementNote, regionOf, UNPLACED_NAME } from '$lib/agencies';
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
	const found = (await agencyData()).get(params.id);
	if (!found) error(404, `no agency ${params.id}`);
	const { agency, entries, points } = found;
	const indicators = KEY_INDICATORS.flatMap((key) => {
		const def = KEY_BY_NAME.get(key);
		const mine = points.get(key) ?? [];
		return def && mine.length ? [{ key, name: def.name, unit: def.unit, points: mine }] : [];
	});
	return {
		agency: { id: agency.id, name: agency.name, aliases: agency.aliases, division: agency.division, unresolved: agency.unresolved },
		placement: { kind: agency.placement.kind, note: placementNote(agency.placement, agency.division && (agency.division.county ?? agency.division.city ?? agency.division.province)) },
		corrections: agency.corrections,
		region: { code: regionOf(agency), name: agency.division?.province ?? UNPLACED_NAME },
		reports: entries,
		places: entries[0]?.places ?? [],
		indicators
	};
}) satisfies PageServerLoad;
