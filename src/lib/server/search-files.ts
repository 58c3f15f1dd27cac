import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eachIndexInput, reportsDir } from './reports';
import { buildSearchIndex, type BuiltIndex } from './search-index';

/** Where built index files are kept between the processes of one build (route analysis, prerender). */
const CACHE = resolve('.svelte-kit/nianbao-search');

/** Files whose change changes the index: the search code, the segmenter dictionary. */
const CODE = ['src/lib/search', 'src/lib/server/search-index.ts', 'src/lib/server/search-docs.ts', 'src/lib/server/posting-spill.ts', 'src/lib/indicators/keys.ts', 'data/dict/user.dict.utf8'];

function listFiles(path: string): string[] {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path).sort().flatMap((n) => listFiles(join(path, n)));
}

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

/** A key for the reports as parsed (the build's catalogue, or the folder's names, sizes and times) and the search code. */
function cacheKey(): string {
	const hash = createHash('sha256');
	const catalogue = process.env.NIANBAO_CATALOGUE;
	if (catalogue && existsSync(catalogue)) hash.update(readFileSync(catalogue));
	const dir = reportsDir();
	for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
		const s = statSync(join(dir, name), { throwIfNoEntry: false });
		hash.update(`${name}\0${s?.size}\0${s?.mtimeMs}\n`);
	}
	for (const file of CODE.flatMap((p) => listFiles(resolve(p)))) hash.update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}

export interface SiteIndex extends BuiltIndex {
	folder: string;
}

/**
 * Builds the index into a folder once per reports folder and code: a second process of the same
 * build (or a rebuild with nothing changed) reads what the first wrote. Files are written one by one
 * as they are made and the folder is renamed into place when complete, so a reader never sees half.
 */
export async function buildOrReuseIndex(): Promise<SiteIndex> {
	const folder = join(CACHE, cacheKey());
	const done = join(folder, 'built.json');
	if (existsSync(done)) return { ...(JSON.parse(readFileSync(done, 'utf8')) as BuiltIndex), folder };
	const partial = `${folder}.${process.pid}.partial`;
	rmSync(partial, { recursive: true, force: true });
	mkdirSync(partial, { recursive: true });
	const shardsSaid = progress();
	const built = await buildSearchIndex(
		reportsOneByOne(progress()),
		(name, content) => writeFileSync(join(partial, name), content),
		(done, total) => shardsSaid(done, `of ${total} shard(s) written`)
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
