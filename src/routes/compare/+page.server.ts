import { corpus } from '$lib/server/reports';
import { siteSeries } from '$lib/server/site';
import { KEYS } from '$lib/indicators/keys';

export async function load() {
	const series = await siteSeries();
	return {
		reportCount: (await corpus()).reports.length,
		keys: KEYS.filter((k) => series[k.key]).map((k) => ({ key: k.key, name: k.name, unit: k.unit })),
		series
	};
}
