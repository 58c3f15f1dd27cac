import { error, json } from '@sveltejs/kit';
import { agencyValues } from '../../compare-data.server';
import type { EntryGenerator, RequestHandler } from './$types';

/** One agency's keyed values over all its reports: what /compare/ fetches to draw the agency's line. */
export const prerender = true;

export const entries: EntryGenerator = async () => [...(await agencyValues()).keys()].map((id) => ({ id }));

export const GET: RequestHandler = async ({ params }) => {
	const packed = (await agencyValues()).get(params.id);
	if (!packed) error(404, `no values for agency ${params.id}`);
	return json(packed);
};
