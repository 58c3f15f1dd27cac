import { corpus } from '$lib/server/reports';
import { CHECK_FIELDS, INDICATOR_FIELDS, REPORT_FIELDS } from '$lib/data/tidy';
import { KEYS } from '$lib/indicators/keys';

export async function load() {
	return {
		reports: (await corpus()).reports.map(({ report: r }) => ({ id: r.id, title: r.title })),
		fields: { indicators: INDICATOR_FIELDS, reports: REPORT_FIELDS, checks: CHECK_FIELDS },
		keys: KEYS.map((k) => ({ key: k.key, name: k.name, unit: k.unit }))
	};
}
