import { getReport, reportCatalogue } from '$lib/server/reports';
import { publishedForms } from '$lib/server/forms';
import { datasetLd } from '$lib/data/jsonld';
import { agencyOfReport } from '$lib/agencies';
import { siteOrigin } from '$lib/server/origin';
import { withSource } from '$lib/server/downloads';
import { buildDate } from '$lib/server/build-date';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await reportCatalogue()).map((r) => ({ id: r.id }));

export const load = (async ({ params, url }) => {
	const loaded = await getReport(params.id);
	const { problems, file, also } = loaded;
	const report = withSource(loaded);
	// Received forms as republished (source.txt, the parsed text, has its own link).
	const originals = publishedForms([file, ...also])
		.filter((f) => f.name !== 'source.txt')
		.map((f) => ({ name: f.name, original: f.file === file }));
	return { report, problems, originals, agencyId: agencyOfReport(report).id, origin: siteOrigin(), built: buildDate(), dataset: datasetLd(report, url.origin) };
}) satisfies PageServerLoad;
