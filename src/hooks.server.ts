import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';

/**
 * While prerendering, says every 2 s how many pages and files have been written and at what rate,
 * so a long build is never silent (scripts/build.ts reports the parse step the same way).
 */
const started = Date.now();
let written = 0;
let shown = 0;

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (building) {
		written++;
		if (Date.now() - shown > 2000) {
			shown = Date.now();
			console.log(`nianbao: prerendered ${written} page(s) and file(s), ${(written / ((shown - started) / 1000)).toFixed(1)}/s`);
		}
	}
	return response;
};
