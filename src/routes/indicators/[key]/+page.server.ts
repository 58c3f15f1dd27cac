import { error } from '@sveltejs/kit';
import { corpus } from '$lib/server/reports';
import { siteSeries } from '$lib/server/site';
import { KEY_BY_NAME, KEYS } from '$lib/indicators/keys';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => KEYS.map((k) => ({ key: k.key }));

export const load = (async ({ params }) => {
	const def = KEY_BY_NAME.get(params.key);
	if (!def) error(404, `no indicator ${params.key}`);
	return { def, points: (await siteSeries())[def.key] ?? [], reportCount: (await corpus()).reports.length };
}) satisfies PageServerLoad;
