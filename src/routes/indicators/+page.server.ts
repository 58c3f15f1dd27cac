import { siteSeries } from '$lib/server/site';
import { KEYS } from '$lib/indicators/keys';

export async function load() {
	const series = await siteSeries();
	return { keys: KEYS.map((k) => ({ ...k, reports: series[k.key]?.length ?? 0 })) };
}
