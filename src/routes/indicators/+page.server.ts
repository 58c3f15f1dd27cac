import { corpus } from '$lib/server/reports';
import { seriesByKey } from '$lib/data/series';
import { KEYS } from '$lib/indicators/keys';

export async function load() {
	const series = seriesByKey((await corpus()).reports.map((r) => r.report));
	return { keys: KEYS.map((k) => ({ ...k, reports: series[k.key]?.length ?? 0 })) };
}
