import { error } from '@sveltejs/kit';
import { getReport, reportCatalogue } from '$lib/server/reports';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => (await reportCatalogue()).map((r) => ({ id: r.id }));

/** A report's source text (source.txt) line by line, so each number's line can be linked and marked. */
export const load = (async ({ params }) => {
	const loaded = await getReport(params.id).catch(() => error(404, `no report ${params.id}`));
	return { id: loaded.report.id, title: loaded.report.title, lines: loaded.text.split(/\r?\n/) };
}) satisfies PageServerLoad;
