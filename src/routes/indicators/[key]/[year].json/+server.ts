import { error, json } from '@sveltejs/kit';
import { siteSeries } from '$lib/server/site';
import { yearOf, type SeriesPoint } from '$lib/data/series';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One indicator's values in one year, fetched by /compare/ and the indicator page when a reader asks for
 * them: split by key and year so no file grows with the whole corpus.
 */
export const prerender = true;

/** Each key's points by year, sorted out once per build rather than by filtering the key's series for every file. */
let byYear: Promise<Map<string, Map<string, SeriesPoint[]>>> | null = null;
const pointsByYear = () =>
	(byYear ??= siteSeries().then(
		(series) =>
			new Map(
				Object.entries(series).map(([key, points]) => {
					const years = new Map<string, SeriesPoint[]>();
					for (const p of points) {
						const year = yearOf(p);
						if (!years.has(year)) years.set(year, []);
						years.get(year)!.push(p);
					}
					return [key, years];
				})
			)
	));

export const entries: EntryGenerator = async () => [...(await pointsByYear())].flatMap(([key, years]) => [...years.keys()].map((year) => ({ key, year })));

export const GET: RequestHandler = async ({ params }) => {
	const points = (await pointsByYear()).get(params.key)?.get(params.year) ?? [];
	if (points.length === 0) error(404, `no values of ${params.key} in ${params.year}`);
	return json(points);
};
