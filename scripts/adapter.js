import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import staticAdapter from '@sveltejs/adapter-static';

/**
 * adapter-static, except that the prerendered files are moved into the site rather than copied. At 10,000
 * reports Kit's copy of ~100,000 files took 70 s of the build, and the next build spent as long deleting
 * the originals before it could start; a rename is one system call per folder or file. Everything else
 * (the check that every route was prerendered, the client assets) is adapter-static's own.
 * @param {import('@sveltejs/adapter-static').AdapterOptions} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
export default function movingStaticAdapter(options) {
	const inner = staticAdapter(options);
	return {
		...inner,
		name: 'nianbao-moving-static',
		adapt: (builder) => {
			const source = `${builder.config.kit.outDir}/output/prerendered`;
			/** @param {string} dest */
			const writePrerendered = (dest) => ['pages', 'dependencies', 'data'].flatMap((part) => moveInto(join(source, part), dest));
			return inner.adapt({ ...builder, writePrerendered });
		}
	};
}

/**
 * Moves what `from` holds into `to`, merging folders both have (the client assets are already there),
 * and returns the paths it moved. Across file systems (BUILD_DIR on another disk) it copies instead.
 * @param {string} from
 * @param {string} to
 * @returns {string[]}
 */
export function moveInto(from, to) {
	if (!existsSync(from)) return [];
	mkdirSync(to, { recursive: true });
	/** @type {string[]} */
	const moved = [];
	for (const name of readdirSync(from)) {
		const source = join(from, name);
		const target = join(to, name);
		if (existsSync(target) && statSync(target).isDirectory() && statSync(source).isDirectory()) {
			moved.push(...moveInto(source, target));
			continue;
		}
		try {
			renameSync(source, target);
		} catch (e) {
			if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EXDEV') throw e;
			cpSync(source, target, { recursive: true });
		}
		moved.push(target);
	}
	return moved;
}
