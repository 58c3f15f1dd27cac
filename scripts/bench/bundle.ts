import { build } from 'vite';
import { resolve } from 'node:path';

/**
 * The browser half of search (MiniSearch, the options, the query) bundled as one script, so the
 * benchmark can time exactly that code inside Chromium.
 */
export async function benchBundle(): Promise<string> {
	const out = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			lib: { entry: resolve('scripts/bench/browser-entry.ts'), formats: ['iife'], name: 'nianbaoBench', fileName: 'bench' }
		}
	});
	const outputs = Array.isArray(out) ? out : [out];
	const chunk = (outputs[0] as { output: { type: string; code?: string }[] }).output.find((o) => o.type === 'chunk');
	if (!chunk?.code) throw new Error('nianbao bench: could not bundle the browser search code');
	return chunk.code;
}
