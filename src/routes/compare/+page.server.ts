import { corpus } from '$lib/server/reports';
import { seriesByKey } from '$lib/data/series';
import { KEYS } from '$lib/indicators/keys';

export async function load() {
	const reports = (await corpus()).reports.map((r) => r.report);
	const series = seriesByKey(reports);
	return {
		reportCount: reports.length,
		keys: KEYS.filter((k) => series[k.key]).map((k) => ({ key: k.key, name: k.name, unit: k.unit })),
		series
	};
}
