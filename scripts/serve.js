/**
 * npm run serve: serves build/ at http://localhost:4173 (PORT overrides) as any static host would,
 * with UTF-8 charsets so Chinese text files display correctly.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.pdf': 'application/pdf',
	'.htm': 'text/html; charset=utf-8',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};

function resolveFile(pathname) {
	try {
		const file = normalize(join(root, decodeURIComponent(pathname)));
		if (!file.startsWith(root)) return null;
		const st = statSync(file);
		if (st.isFile()) return file;
		if (st.isDirectory()) return statSync(join(file, 'index.html')).isFile() ? join(file, 'index.html') : null;
	} catch {
		return null;
	}
	return null;
}

createServer((req, res) => {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	const file = resolveFile(pathname);
	if (file && !pathname.endsWith('/') && !pathname.endsWith('.html') && file.endsWith('/index.html')) {
		res.writeHead(308, { location: pathname + '/' });
		res.end();
		return;
	}
	if (!file) {
		const notFound = resolveFile('/404.html');
		res.writeHead(404, { 'content-type': TYPES['.html'] });
		if (notFound) createReadStream(notFound).pipe(res);
		else res.end('404 Not Found');
		return;
	}
	res.writeHead(200, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'x-content-type-options': 'nosniff',
		// A received HTML page is published as it came; sandboxed so none of its scripts run on this origin.
		...(/^\/reports\/[^/]+\/(source|also)\.html?$/.test(pathname) ? { 'content-security-policy': 'sandbox' } : {})
	});
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
}).listen(port, () => console.log(`nianbao: serving ${root} at http://localhost:${port}`));
