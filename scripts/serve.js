/**
 * npm run serve [-- FOLDER]: serves build/ (or FOLDER) at http://localhost:4173 (PORT overrides) as a
 * static host would, with UTF-8 charsets so Chinese text files display correctly, and the security
 * headers of the site's `_headers` file (see scripts/serve/headers.js). Which file answers is decided
 * by scripts/serve/resolve.js from the decoded, normalised path.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, realpathSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveRequest } from './serve/resolve.js';
import { headersFor, loadHeaders } from './serve/headers.js';

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

function send(req, res, status, sitePath, extra, file) {
	res.writeHead(status, { ...headersFor(rules, sitePath), ...extra });
	if (file && req.method !== 'HEAD') createReadStream(file).pipe(res);
	else res.end(file ? undefined : extra['content-type'] ? `${status}\n` : undefined);
}

const server = createServer((req, res) => {
	const target = req.url ?? '/';
	const queryAt = target.search(/[?#]/);
	const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
	const query = queryAt < 0 ? '' : target.slice(queryAt).replace(/#.*/, '');
	const found = resolveRequest(root, rawPath);
	if (found.status === 308) return send(req, res, 308, '/', { location: found.location + query });
	if (found.status === 200) return send(req, res, 200, `/${found.rel}`, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' }, found.file);
	if (found.status === 400) return send(req, res, 400, '/', { 'content-type': TYPES['.txt'] });
	const notFound = resolveRequest(root, '/404.html');
	if (notFound.status === 200) return send(req, res, 404, '/404.html', { 'content-type': TYPES['.html'] }, notFound.file);
	return send(req, res, 404, '/', { 'content-type': TYPES['.txt'] });
});
server.on('error', (e) => {
	if (e.code !== 'EADDRINUSE' && e.code !== 'EACCES') throw e;
	const why = e.code === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user';
	console.error(`nianbao: port ${port} ${why}; choose another with PORT, e.g. PORT=${port === 4173 ? 4180 : port + 1} npm run serve`);
	process.exit(1);
});
server.listen(port, () => console.log(`nianbao: serving ${root} at http://localhost:${server.address().port}`));
