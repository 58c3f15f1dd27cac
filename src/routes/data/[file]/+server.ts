import { error } from '@sveltejs/kit';
import { siteFile, siteFileNames } from '$lib/server/downloads';
import { besideDir, writtenBeside } from '$lib/server/beside';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => (await siteFileNames()).map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	if (besideDir()) return (await siteFileNames()).includes(params.file) ? writtenBeside() : error(404, `no data file ${params.file}`);
	const d = await siteFile(params.file);
	if (!d) error(404, `no data file ${params.file}`);
	return new Response(d.body, { headers: { 'content-type': d.type } });
};
