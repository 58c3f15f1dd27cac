import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eachIndexInput, reportsDir } from './reports';
import { codeVersion } from './parse-cache';
import { manifestFile } from '../search/format';
import { buildSearchIndex, type BuiltIndex } from './search-index';

/** Where built indexes are kept: a rebuild with the same reports and code reuses its index. */
const CACHE = resolve('.svelte-kit/nianbao-search');

/** Says how far the index got every 10 s, so its part of a long build is not silent. */
function progress() {
	const started = Date.now();
	let shown = started;
	return (done: number, what: string) => {
		if (Date.now() - shown < 10_000) return;
		shown = Date.now();
		console.log(`nianbao: search index: ${done} ${what}, ${(done / ((shown - started) / 1000)).toFixed(1)}/s`);
	};
}

/** The reports in site order, read one at a time from the build's parse cache: never all held at once. */
async function* reportsOneByOne(say: (done: number, what: string) => void) {
	let done = 0;
	for await (const input of eachIndexInput()) {
		yield input;
		say(++done, 'report(s) indexed');
	}
}

/**
 * Names the index by what it is made of: the code (the parser's and the search's, with the segmenter's
 * dictionary) and the data (the build's data version hashes every report's id, file names and bytes). Two
 * builds of the same reports and code, on any machine, name it alike; without a build's catalogue (a bare
 * `vite build`, the dev server) the folder's names, sizes and times stand in for the data.
 */
function computeIndexKey(): string {
	const hash = createHash('sha256').update(codeVersion());
	const version = process.env.NIANBAO_DATA_VERSION;
	if (version) return hash.update(version).digest('hex').slice(0, 10);
	const dir = reportsDir();
	for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
		const s = statSync(join(dir, name), { throwIfNoEntry: false });
		hash.update(`${name}\0${s?.size}\0${s?.mtimeMs}\n`);
	}
	return hash.digest('hex').slice(0, 10);
}

let knownKey: string | null = null;
/**
 * Once per build: scripts/build.ts passes it to the processes it starts (NIANBAO_INDEX_KEY), so the page
 * naming the manifest and the process writing it agree even if the code is edited during a long build.
 */
export const indexKey = (): string => (knownKey ??= process.env.NIANBAO_INDEX_KEY || computeIndexKey());

/**
 * The manifest's file name, known before the index is built: every page names it, and the build has
 * the index written by another process while the pages are prerendered (scripts/beside.ts).
 */
export const searchManifestName = (): string => manifestFile(indexKey());

export interface SiteIndex extends BuiltIndex {
	folder: string;
}

/**
 * Builds the index into a folder once per reports folder and code: a second process of the same
 * build (or a rebuild with nothing changed) reads what the first wrote. Files are written one by one
 * as they are made and the folder is renamed into place when complete, so a reader never sees half.
 */
export async function buildOrReuseIndex(): Promise<SiteIndex> {
	const key = indexKey();
	const folder = join(CACHE, key);
	const done = join(folder, 'built.json');
	if (existsSync(done)) return { ...(JSON.parse(readFileSync(done, 'utf8')) as BuiltIndex), folder };
	const partial = `${folder}.${process.pid}.partial`;
	rmSync(partial, { recursive: true, force: true });
	mkdirSync(partial, { recursive: true });
	const shardsSaid = progress();
	const built = await buildSearchIndex(
		reportsOneByOne(progress()),
		(name, content) => writeFileSync(join(partial, name), content),
		{ manifestKey: key, shardWritten: (done, total) => shardsSaid(done, `of ${total} shard(s) written`) }
	);
	writeFileSync(join(partial, 'built.json'), JSON.stringify(built));
	forgetOldIndexes();
	try {
		renameSync(partial, folder);
	} catch {
		// Another process of the build finished the same index first: use its copy.
		rmSync(partial, { recursive: true, force: true });
	}
	return { ...built, folder };
}

/** Keeps the few most recent indexes (several builds may run side by side, e.g. the benchmarks). */
function forgetOldIndexes(keep = 4) {
	const done = readdirSync(CACHE)
		.filter((n) => !n.endsWith('.partial'))
		.map((n) => ({ n, t: statSync(join(CACHE, n)).mtimeMs }))
		.sort((a, b) => b.t - a.t);
	for (const { n } of done.slice(keep)) rmSync(join(CACHE, n), { recursive: true, force: true });
}
