import { error } from '@sveltejs/kit';
import { reportFile, reportFileId, reportFileNames } from '$lib/server/downloads';
import { besideDir, writtenBeside } from '$lib/server/beside';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => (await reportFileNames()).map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	if (besideDir()) return (await reportFileId(params.file)) ? writtenBeside() : error(404, `no data file ${params.file}`);
	const d = await reportFile(params.file);
	if (!d) error(404, `no data file ${params.file}`);
	return new Response(d.body, { headers: { 'content-type': d.type } });
};
