/**
 * npm run serve [-- FOLDER]: serves build/ (or FOLDER) at http://localhost:4173 (PORT overrides) as a
 * static host would, with UTF-8 charsets so Chinese text files display correctly, and the security
 * headers of the site's `_headers` file (see scripts/serve/headers.js). Which file answers is decided
 * by scripts/serve/resolve.js from the decoded, normalised path. GET and HEAD only; one byte range
 * (scripts/serve/range.js). A file that cannot be read (out of descriptors, removed by a rebuild while
 * serving) is answered 404 or 500 and logged in one line: no request can stop the server.
 * docs/hosting.md says what it does and why.
 */
import { createServer } from 'node:http';
import { existsSync, realpathSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveRequest } from './serve/resolve.js';
import { headersFor, loadHeaders } from './serve/headers.js';
import { rangeOf } from './serve/range.js';

const folder = resolve(process.argv[2] ?? 'build');
if (!existsSync(folder)) {
	console.error(`nianbao: ${folder}: no such folder (run npm run build first, or name a built site: npm run serve -- FOLDER)`);
	process.exit(1);
}
const root = realpathSync(folder);
const port = Number(process.env.PORT ?? 4173);
const headersFile = existsSync(join(root, '_headers')) ? join(root, '_headers') : fileURLToPath(new URL('../static/_headers', import.meta.url));
const rules = loadHeaders(headersFile);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.pdf': 'application/pdf',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};
const TEXT = TYPES['.txt'];
const METHODS = 'GET, HEAD';

/** One line per failure, the request target escaped (controls, DEL, C1, bidi): it is whatever the client sent. */
const escaped = (text) => JSON.stringify(text).slice(1, -1).replace(/[\u007f-\u009f\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`);
const log = (req, what) => console.error(`nianbao serve: ${req.method} ${escaped(req.url ?? '')}: ${what}`);

/** A response with no file: a short text body naming the status (none for a redirect or HEAD). */
function sendStatus(req, res, status, sitePath, extra = {}) {
	const body = extra.location ? '' : `${status}\n`;
	res.writeHead(status, { ...headersFor(rules, sitePath), 'content-type': TEXT, 'content-length': Buffer.byteLength(body), ...extra });
	res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * A file's bytes (or the range asked for), opened before anything is answered: a file that cannot be
 * opened is still answered properly (404 if it went away, 500 otherwise), and the descriptor is closed
 * however the response ends (pipeline: a client that leaves mid-file never leaks one).
 */
async function sendFile(req, res, status, sitePath, file) {
	let handle;
	let size;
	try {
		handle = await open(file, 'r');
		size = (await handle.stat()).size;
	} catch (e) {
		await handle?.close().catch(() => {});
		const gone = e.code === 'ENOENT' || e.code === 'ENOTDIR';
		log(req, `${e.code ?? e.message}: ${gone ? 'gone since it was found; answered 404' : 'could not be opened; answered 500'}`);
		return sendStatus(req, res, gone ? 404 : 500, sitePath);
	}
	const headers = { ...headersFor(rules, sitePath), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
	const range = status === 200 ? rangeOf(req.headers, size) : null;
	if (range === 'unsatisfiable') {
		await handle.close();
		return sendStatus(req, res, 416, sitePath, { 'content-range': `bytes */${size}` });
	}
	if (status === 200) headers['accept-ranges'] = 'bytes';
	const [start, end] = range ?? [0, size - 1];
	if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
	res.writeHead(range ? 206 : status, { ...headers, 'content-length': Math.max(0, end - start + 1) });
	if (req.method === 'HEAD' || size === 0) {
		await handle.close();
		return res.end();
	}
	pipeline(handle.createReadStream({ start, end }), res, (e) => {
		// A client that leaves early is no error; a read that fails mid-file cuts the response, and is said.
		if (e && e.code !== 'ERR_STREAM_PREMATURE_CLOSE') log(req, `${e.code ?? e.message}: the read failed mid-file; response cut`);
	});
}

async function answer(req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(req, res, 405, '/', { allow: METHODS });
	const target = req.url ?? '/';
	const queryAt = target.search(/[?#]/);
	const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
	const query = queryAt < 0 ? '' : target.slice(queryAt).replace(/#.*/, '');
	const found = resolveRequest(root, rawPath);
	if (found.status === 308) return sendStatus(req, res, 308, '/', { location: found.location + query });
	if (found.status === 200) return sendFile(req, res, 200, `/${found.rel}`, found.file);
	if (found.status === 400) return sendStatus(req, res, 400, '/');
	const notFound = resolveRequest(root, '/404.html');
	if (notFound.status === 200) return sendFile(req, res, 404, '/404.html', notFound.file);
	return sendStatus(req, res, 404, '/');
}

const server = createServer((req, res) => {
	answer(req, res).catch((e) => {
		log(req, `${e.code ?? e.message}; answered 500`);
		if (!res.headersSent) sendStatus(req, res, 500, '/');
		else res.destroy();
	});
});
server.on('error', (e) => {
	if (e.code !== 'EADDRINUSE' && e.code !== 'EACCES') throw e;
	const why = e.code === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user';
	console.error(`nianbao: port ${port} ${why}; choose another with PORT, e.g. PORT=${port === 4173 ? 4180 : port + 1} npm run serve`);
	process.exit(1);
});
server.listen(port, () => console.log(`nianbao: serving ${root} at http://localhost:${server.address().port}`));
