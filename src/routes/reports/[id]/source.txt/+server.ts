import { corpus, getReport } from '$lib/server/reports';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => corpus().reports.map((r) => ({ id: r.report.id }));

/** The report's text exactly as received (decoded to UTF-8), so every reader can check the parse. */
export function GET({ params }) {
	return new Response(getReport(params.id).text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
