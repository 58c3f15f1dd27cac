import { corpus, getReport } from '$lib/server/reports';
import { datasetLd } from '$lib/data/jsonld';
import { agencyOfReport } from '$lib/agencies';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await corpus()).reports.map((r) => ({ id: r.report.id }));

export const load = (async ({ params, url }) => {
	const { report, problems, ext, also } = await getReport(params.id);
	const originals = [ext, ...also.map((f) => f.slice(f.lastIndexOf('.') + 1).toLowerCase())];
	return { report, problems, originals, agencyId: agencyOfReport(report).id, dataset: datasetLd(report, url.origin) };
}) satisfies PageServerLoad;
