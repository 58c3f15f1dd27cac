import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { corpus, type LoadedReport } from '$lib/server/reports';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const TYPES: Record<string, string> = {
	txt: 'text/plain; charset=utf-8',
	html: 'text/html; charset=utf-8',
	htm: 'text/html; charset=utf-8',
	pdf: 'application/pdf'
};

/**
 * Beside each report: source.txt (the text the parser read), source.<ext> (the original file exactly
 * as received, when it was not plain text) and also.<ext> (another form of the same report received).
 */
function files(r: LoadedReport): Map<string, () => Uint8Array | string> {
	const out = new Map<string, () => Uint8Array | string>([['source.txt', () => r.text]]);
	if (r.ext !== 'txt') out.set(`source.${r.ext}`, () => new Uint8Array(readFileSync(r.file)));
	for (const f of r.also) out.set(`also.${f.slice(f.lastIndexOf('.') + 1).toLowerCase()}`, () => new Uint8Array(readFileSync(f)));
	return out;
}

export const entries: EntryGenerator = async () =>
	(await corpus()).reports.flatMap((r) => [...files(r).keys()].map((file) => ({ id: r.report.id, file })));

export const GET: RequestHandler = async ({ params }) => {
	const r = (await corpus()).reports.find((x) => x.report.id === params.id);
	const body = r && files(r).get(params.file);
	if (!body) error(404, `no file ${params.file} for report ${params.id}`);
	const ext = params.file.slice(params.file.lastIndexOf('.') + 1);
	const content = body();
	return new Response(typeof content === 'string' ? content : Buffer.from(content), { headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream' } });
};
