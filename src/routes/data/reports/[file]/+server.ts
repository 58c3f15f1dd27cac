import { error } from '@sveltejs/kit';
import { reportFile, reportFileNames } from '$lib/server/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => (await reportFileNames()).map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const d = await reportFile(params.file);
	if (!d) error(404, `no data file ${params.file}`);
	return new Response(d.body, { headers: { 'content-type': d.type } });
};
