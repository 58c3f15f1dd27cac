import { directoryData } from './directory-data.server';
import type { PageServerLoad } from './$types';

export const load = (async () => {
	const { summaries, agencies, reports } = await directoryData();
	return { regions: summaries, agencies, reports };
}) satisfies PageServerLoad;
