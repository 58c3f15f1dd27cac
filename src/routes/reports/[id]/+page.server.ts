import { corpus, getReport } from '$lib/server/reports';
import { datasetLd } from '$lib/data/jsonld';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => corpus().reports.map((r) => ({ id: r.report.id }));

export function load({ params, url }) {
	const { report, problems } = getReport(params.id);
	return { report, problems, dataset: datasetLd(report, url.origin) };
}
