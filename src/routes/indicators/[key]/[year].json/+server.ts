import { error, json } from '@sveltejs/kit';
import { siteSeries } from '$lib/server/site';
import { yearOf } from '$lib/data/series';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One indicator's values in one year, fetched by /compare/ and the indicator page when a reader asks for
 * them: split by key and year so no file grows with the whole corpus.
 */
export const prerender = true;

export const entries: EntryGenerator = async () =>
	Object.entries(await siteSeries()).flatMap(([key, points]) => [...new Set(points.map(yearOf))].map((year) => ({ key, year })));

export const GET: RequestHandler = async ({ params }) => {
	const points = ((await siteSeries())[params.key] ?? []).filter((p) => yearOf(p) === params.year);
	if (points.length === 0) error(404, `no values of ${params.key} in ${params.year}`);
	return json(points);
};
