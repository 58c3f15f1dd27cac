/**
 * How `npm run serve` maps a request path to a file of the built site, decided by the resolved file,
 * never by the raw path: the path is decoded once, dot segments and repeated slashes are resolved,
 * and the result must lie inside the root (checked with a path separator, so `/..%2Fbuild-x/` can
 * never reach a sibling folder). A request whose path is not already in that canonical form is
 * redirected to it, with a Location that always starts with a single slash.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';

/** Encodes each segment of a decoded path, keeping the slashes: the one canonical spelling. */
export function encodePath(decoded) {
	return decoded
		.split('/')
		.map((segment) => encodeURIComponent(segment))
		.join('/');
}

const isInside = (root, file) => file === root || file.startsWith(root + sep);

/** The host's own files (read by Netlify and Cloudflare Pages, never served by them) are not pages of the site. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);
/** Hidden files and folders (a name starting with a dot: .git, .env, an editor's swap file) are never served. */
const isPublished = (canonical) => !HOST_FILES.has(canonical) && !canonical.split('/').some((segment) => segment.startsWith('.'));

/**
 * @param {string} root absolute, real path of the site folder
 * @param {string} rawPath the request target's path, as sent (before `?`)
 * @returns {{ status: 400 } | { status: 308, location: string } | { status: 404 } | { status: 200, file: string, rel: string }}
 */
export function resolveRequest(root, rawPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return { status: 400 };
	}
	if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
	const canonical = posix.normalize(decoded);
	// Encoded dots or slashes, `.`/`..` segments, or doubled slashes: send the client to the one spelling.
	if (canonical !== decoded || /%2e|%2f|%5c/i.test(rawPath)) {
		return { status: 308, location: encodePath(canonical) };
	}
	let file = join(root, canonical);
	if (!isInside(root, file) || !isPublished(canonical)) return { status: 404 };
	let stats;
	try {
		stats = statSync(file);
		if (stats.isDirectory()) {
			if (!canonical.endsWith('/')) return { status: 308, location: encodePath(canonical + '/') };
			file = join(file, 'index.html');
			stats = statSync(file);
		}
		// A symlink inside the site must not lead out of it either.
		if (!stats.isFile() || !isInside(root, realpathSync(file))) return { status: 404 };
	} catch {
		return { status: 404 };
	}
	return { status: 200, file, rel: file.slice(root.length + 1).split(sep).join('/') };
}
