import { error, json } from '@sveltejs/kit';
import { agencyIndex } from '../../compare-data.server';
import type { EntryGenerator, RequestHandler } from './$types';

/** The agencies whose names hold one character (or word that it is too common to narrow a search). */
export const prerender = true;

export const entries: EntryGenerator = async () => [...(await agencyIndex()).keys()].map((shard) => ({ shard }));

export const GET: RequestHandler = async ({ params }) => {
	const shard = (await agencyIndex()).get(params.shard);
	if (!shard) error(404, `no agency name holds character ${params.shard}`);
	return json(shard);
};
