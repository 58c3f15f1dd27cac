import { error, json } from '@sveltejs/kit';
import { directoryData } from '../directory-data.server';
import type { EntryGenerator, RequestHandler } from './$types';

/** The data twins of the directory: index.json (the regions and their counts) and one file per region's page. */
export const prerender = true;

export const entries: EntryGenerator = async () => [{ region: 'index' }, ...(await directoryData()).summaries.map((r) => ({ region: r.code }))];

export const GET: RequestHandler = async ({ params }) => {
	const { summaries, trees, agencies, reports } = await directoryData();
	if (params.region === 'index') return json({ agencies, reports, regions: summaries });
	const summary = summaries.find((r) => r.code === params.region);
	const tree = trees.get(params.region);
	if (!summary || !tree) error(404, `no agencies in region ${params.region}`);
	return json({ ...summary, tree });
};
