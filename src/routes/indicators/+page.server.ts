import { siteSeries } from '$lib/server/site';
import { KEYS } from '$lib/indicators/keys';
import { templateListing } from '$lib/indicators/listing';

export async function load() {
	const series = await siteSeries();
	return { keys: KEYS.map((k) => ({ ...k, reports: series[k.key]?.length ?? 0 })), templates: templateListing() };
}
