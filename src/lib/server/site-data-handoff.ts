import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SiteData } from './site-data';

/**
 * The site-wide downloads are written by a process of their own (scripts/beside.ts, started by
 * scripts/build.ts as the build begins): the pass grows with the corpus (~20 s at 1,000 reports) and,
 * run inside the prerender's one thread, stopped every page while it ran; beside it, it uses the other
 * core. The folder holds the files and, once all are written, `site-data.json` (what SiteData says of
 * them); `failed.txt` says why when the pass failed.
 */
const DONE = 'site-data.json';
const FAILED = 'failed.txt';

/** Says the pass is complete: written last, and renamed into place so a reader never sees half of it. */
export function handOver(data: SiteData) {
	const json = JSON.stringify({ ...data, files: [...data.files], datasets: [...data.datasets] });
	writeFileSync(join(data.dir, `${DONE}.partial`), json);
	renameSync(join(data.dir, `${DONE}.partial`), join(data.dir, DONE));
}

/** Says the pass failed, and why: the prerender waiting for it fails with this message. */
export const handOverFailure = (dir: string, message: string) => writeFileSync(join(dir, FAILED), message);

/** The site data once the other process has written it all (polled: it is asked for once per build). */
export async function awaitSiteData(dir: string): Promise<SiteData> {
	for (;;) {
		if (existsSync(join(dir, FAILED))) throw new Error(readFileSync(join(dir, FAILED), 'utf8'));
		if (existsSync(join(dir, DONE))) {
			const data = JSON.parse(readFileSync(join(dir, DONE), 'utf8'));
			return { ...data, files: new Map(data.files), datasets: new Map(data.datasets) };
		}
		await sleep(200);
	}
}
