import { error } from '@sveltejs/kit';
import { siteSeries } from '$lib/server/site';
import { compareData } from '../compare-data.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * /compare/<key>/: the compare page opened at one indicator, prerendered for every indicator with values,
 * so a reader without JavaScript (or a static host that never sees ?key=) still gets the indicator asked for.
 */
export const entries: EntryGenerator = async () => Object.keys(await siteSeries()).map((key) => ({ key }));

export const load = (async ({ params }) => {
	if (!(await siteSeries())[params.key]) error(404, `no indicator ${params.key}`);
	return compareData(params.key);
}) satisfies PageServerLoad;
