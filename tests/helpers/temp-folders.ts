import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A maker of fresh temporary folders for one test file, all removed when its tests are done. */
export function tempFolders(prefix: string): () => string {
	const made: string[] = [];
	afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	return () => {
		const dir = mkdtempSync(join(tmpdir(), prefix));
		made.push(dir);
		return dir;
	};
}
