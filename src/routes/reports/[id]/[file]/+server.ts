import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { getReport, reportCatalogue } from '$lib/server/reports';
import { publishedForms, publishedNames } from '$lib/server/forms';
import { besideDir, writtenBeside } from '$lib/server/beside';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const TYPES: Record<string, string> = { txt: 'text/plain; charset=utf-8', pdf: 'application/pdf' };

let namesById: Promise<Map<string, string[]>> | null = null;
/**
 * Beside each report: source.txt (the text the parser read) and every received form of the report,
 * byte for byte, under the names of publishedForms (markup as `.html.txt`, so it is never a page).
 */
const publishedById = () => (namesById ??= reportCatalogue().then((all) => new Map(all.map((r) => [r.id, publishedNames([r.file, ...r.also])]))));

export const entries: EntryGenerator = async () => [...(await publishedById())].flatMap(([id, files]) => files.map((file) => ({ id, file })));

export const GET: RequestHandler = async ({ params }) => {
	if (besideDir()) return (await publishedById()).get(params.id)?.includes(params.file) ? writtenBeside() : error(404, `no file ${params.file} for report ${params.id}`);
	const r = await getReport(params.id).catch(() => error(404, `no report ${params.id}`));
	const type = TYPES[params.file.slice(params.file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
	if (params.file === 'source.txt') return new Response(r.text, { headers: { 'content-type': type } });
	const form = publishedForms([r.file, ...r.also]).find((f) => f.name === params.file);
	if (!form) error(404, `no file ${params.file} for report ${params.id}`);
	return new Response(Buffer.from(readFileSync(form.file)), { headers: { 'content-type': type } });
};
