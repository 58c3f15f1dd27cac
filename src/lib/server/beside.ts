import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportFiles, withSource } from './downloads';
import { publishedForms } from './forms';
import { fsPath } from './file-names';
import { eachReport } from './reports';
import { buildOrReuseIndex } from './search-files';

/**
 * Files written beside the prerender. Kit prerenders on one thread, and at 10,000 reports most of what it
 * wrote were plain files: each report's data and republished forms, the search index, the site-wide
 * downloads. `npm run build` has a process of its own write those on the other core (scripts/beside.ts)
 * into NIANBAO_BESIDE, and moves them into the site once Kit is done. Kit still asks for every file a page
 * links to: the endpoint answers 204 (Kit saves nothing) for a name it knows and 404 for one it does not,
 * so a broken link still fails the build.
 */
export const besideDir = (): string | null => process.env.NIANBAO_BESIDE || null;

/** What an endpoint answers, during `npm run build`, for a file the other process writes. */
export const writtenBeside = (): Response => new Response(null, { status: 204 });

/** The tree mirrored into the site: `site/data/reports/<id>.csv`, `site/reports/<id>/source.txt`, `site/search-data/…`. */
export const besideSite = (dir: string): string => join(dir, 'site');

/** Every report's data files and republished forms, one report at a time, as the endpoints serve them. */
export async function writeReportFiles(site: string, reported: (done: number) => void = () => {}): Promise<number> {
	const data = join(site, 'data', 'reports');
	mkdirSync(data, { recursive: true });
	let done = 0;
	for await (const loaded of eachReport()) {
		const forms = join(site, 'reports', loaded.report.id);
		mkdirSync(forms, { recursive: true });
		for (const [name, file] of reportFiles(withSource(loaded))) writeFileSync(join(data, name), file.body);
		writeFileSync(join(forms, 'source.txt'), loaded.text);
		for (const form of publishedForms([loaded.file, ...loaded.also]))
			if (form.name !== 'source.txt') writeFileSync(join(forms, form.name), readFileSync(fsPath(form.file)));
		reported(++done);
	}
	return done;
}

/** The search index, built (or reused from an earlier build with the same reports and code) and linked into the site. */
export async function placeSearchIndex(site: string): Promise<number> {
	const built = await buildOrReuseIndex();
	const into = join(site, 'search-data');
	mkdirSync(into, { recursive: true });
	for (const file of built.files) {
		// A link costs no copy; the cache and the site may sit on different disks, where only a copy will do.
		try {
			linkSync(join(built.folder, file), join(into, file));
		} catch {
			copyFileSync(join(built.folder, file), join(into, file));
		}
	}
	return built.files.length;
}
