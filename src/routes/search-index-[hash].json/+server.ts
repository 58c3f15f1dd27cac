import { error } from '@sveltejs/kit';
import { siteSearchIndex } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => [{ hash: (await siteSearchIndex()).hash }];

/** The search index, named by its content hash so it can be cached forever. */
export const GET: RequestHandler = async ({ params }) => {
	const built = await siteSearchIndex();
	if (params.hash !== built.hash) error(404, 'no such search index');
	return new Response(built.json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
