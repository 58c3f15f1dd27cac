import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { siteSearchIndex } from '$lib/server/site';
import { searchManifestName } from '$lib/server/search-files';
import { besideDir, writtenBeside } from '$lib/server/beside';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

let published: Set<string> | null = null;
// `npm run build` writes the index in another process (server/beside.ts): only the manifest, which every page names, is asked for here.
export const entries: EntryGenerator = async () => (besideDir() ? [searchManifestName()] : (await siteSearchIndex()).files).map((file) => ({ file }));

/** A file of the search index (manifest, term shard, report store), named by its content (the manifest by the build's inputs) so it is cached forever. */
export const GET: RequestHandler = async ({ params }) => {
	if (besideDir()) return params.file === searchManifestName() ? writtenBeside() : error(404, 'no such search file');
	const built = await siteSearchIndex();
	// A set, not the list: every one of tens of thousands of files is asked for once.
	published ??= new Set(built.files);
	if (!published.has(params.file)) error(404, 'no such search file');
	return new Response(readFileSync(join(built.folder, params.file)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
