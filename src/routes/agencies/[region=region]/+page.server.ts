import { error } from '@sveltejs/kit';
import { directoryData } from '../directory-data.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await directoryData()).summaries.map((r) => ({ region: r.code }));

export const load = (async ({ params }) => {
	const { summaries, trees } = await directoryData();
	const summary = summaries.find((r) => r.code === params.region);
	const tree = trees.get(params.region);
	if (!summary || !tree) error(404, `no agencies in region ${params.region}`);
	return { summary, tree };
}) satisfies PageServerLoad;
