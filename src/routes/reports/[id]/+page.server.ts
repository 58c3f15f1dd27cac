import { corpus, getReport } from '$lib/server/reports';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => corpus().reports.map((r) => ({ id: r.report.id }));

export function load({ params }) {
	const { report, problems } = getReport(params.id);
	return { report, problems };
}
