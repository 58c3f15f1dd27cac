import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** A built site and a sibling folder it must never reveal, served by scripts/serve.js on a free port. */
const dir = mkdtempSync(join(tmpdir(), 'nianbao-serve-'));
const site = join(dir, 'build');
mkdirSync(join(site, 'reports', 'r1'), { recursive: true });
mkdirSync(join(dir, 'build-secret'));
writeFileSync(join(dir, 'build-secret', 'key.txt'), 'secret');
writeFileSync(join(dir, 'outside.txt'), 'outside');
writeFileSync(join(site, 'index.html'), '<p>home</p>');
writeFileSync(join(site, '404.html'), '<p>未找到</p>');
writeFileSync(join(site, 'reports', 'r1', 'index.html'), '<p>report</p>');
writeFileSync(join(site, 'reports', 'r1', 'source.html.txt'), '<script>alert(1)</script>');
writeFileSync(join(site, 'reports', 'r1', 'source.txt'), '文本');
writeFileSync(join(site, 'digits.txt'), '0123456789');
writeFileSync(join(site, '_headers'), readFileSync('static/_headers'));
writeFileSync(join(site, '.env'), 'SECRET=1');
mkdirSync(join(site, '.git'));
writeFileSync(join(site, '.git', 'config'), 'secret');
writeFileSync(join(site, 'reports', 'r1', '.source.txt.swp'), 'secret');
/** Large enough that a client which does not read holds the server's descriptor while the socket is full. */
writeFileSync(join(site, 'big.bin'), Buffer.alloc(8 * 1048576, 0x61));
symlinkSync(join(dir, 'outside.txt'), join(site, 'link.txt'));

/** serve.js on a free port (through `sh -c` when the shell must set a limit first); resolves with its port. */
function startServer(command: string[]): { child: ChildProcess; port: Promise<number>; stderr: () => string } {
	const child = spawn(command[0], command.slice(1), { env: { ...process.env, PORT: '0' } });
	let stderr = '';
	child.stderr!.on('data', (c: Buffer) => (stderr += c));
	const port = new Promise<number>((done, fail) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const m = /localhost:(\d+)/.exec(chunk.toString());
			if (m) done(Number(m[1]));
		});
		child.on('exit', () => fail(new Error(`serve.js exited: ${stderr}`)));
	});
	return { child, port, stderr: () => stderr };
}

let server: ChildProcess;
let port = 0;
beforeAll(async () => {
	const started = startServer(['node', 'scripts/serve.js', site]);
	server = started.child;
	port = await started.port;
});
afterAll(() => {
	server.kill();
	rmSync(dir, { recursive: true, force: true });
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request with the path sent exactly as written (fetch would normalise it first). */
function get(path: string, { method = 'GET', headers = {}, to = port }: { method?: string; headers?: Record<string, string>; to?: number } = {}): Promise<Answer> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port: to, path, method, headers }, (res) => {
			let body = '';
			res.on('data', (c) => (body += c));
			res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('npm run serve decides by the resolved file', () => {
	it('never serves a sibling folder through an encoded ../', async () => {
		for (const path of ['/..%2Fbuild-secret/key.txt', '/..%2fbuild-secret%2fkey.txt', '/%2E%2E/build-secret/key.txt', '/../build-secret/key.txt']) {
			const res = await get(path);
			expect(res.body, path).not.toContain('secret');
			if (res.status === 308) expect((await get(res.headers.location as string)).status, path).toBe(404);
		}
	});

	it('redirects encoded dots and doubled slashes to the one spelling, never to another host', async () => {
		expect(await get('/reports/r1/source%2Etxt')).toMatchObject({ status: 308, headers: { location: '/reports/r1/source.txt' } });
		expect(await get('/reports/r1//source.txt')).toMatchObject({ status: 308, headers: { location: '/reports/r1/source.txt' } });
		for (const path of ['//evil.example/', '//evil.example/%2E', '/%2Fevil.example', '/%2F%2Fevil.example', '/.//evil.example', '/reports/..//evil.example']) {
			const res = await get(path);
			if (res.status === 308) expect(res.headers.location as string, path).toMatch(/^\/(?!\/)/);
		}
	});

	it('redirects a folder without its slash, and answers a malformed escape with 400, not a crash', async () => {
		expect(await get('/reports/r1')).toMatchObject({ status: 308, headers: { location: '/reports/r1/' } });
		expect((await get('/%E0%A4%A')).status).toBe(400);
		expect((await get('/reports/r1/')).status).toBe(200);
	});

	it('does not follow a symlink out of the site', async () => {
		const res = await get('/link.txt');
		expect(res.status).toBe(404);
		expect(res.body).not.toContain('outside');
	});

	it('sends frame-ancestors, base-uri and nosniff on every response, the 404 page included', async () => {
		for (const path of ['/', '/reports/r1/source.txt', '/missing/', '/reports/r1']) {
			const { headers } = await get(path);
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['content-security-policy'], path).toContain("base-uri 'none'");
			expect(headers['x-content-type-options'], path).toBe('nosniff');
		}
	});

	it('serves a republished HTML page as sandboxed text', async () => {
		const res = await get('/reports/r1/source.html.txt');
		expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
		expect(res.headers['content-security-policy']).toMatch(/sandbox; default-src 'none'/);
	});

	it('says in one line that a port is taken, and how to choose another', () => {
		const run = spawnSync('node', ['scripts/serve.js', site], { env: { ...process.env, PORT: String(port) }, encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr.trim()).toBe(`nianbao: port ${port} is already in use; choose another with PORT, e.g. PORT=${port + 1} npm run serve`);
	});
});

describe('npm run serve answers only what a static host answers', () => {
	it('answers GET and HEAD, and every other method with 405 and Allow, never with the page', async () => {
		const head = await get('/digits.txt', { method: 'HEAD' });
		expect(head).toMatchObject({ status: 200, body: '', headers: { 'content-length': '10', 'accept-ranges': 'bytes' } });
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
			const res = await get('/', { method });
			expect(res.status, method).toBe(405);
			expect(res.headers.allow, method).toBe('GET, HEAD');
			expect(res.body, method).not.toContain('home');
			expect(res.headers['x-content-type-options'], method).toBe('nosniff');
		}
	});

	it('answers a byte range with 206, and one past the end with 416', async () => {
		expect(await get('/digits.txt', { headers: { range: 'bytes=2-4' } })).toMatchObject({ status: 206, body: '234', headers: { 'content-range': 'bytes 2-4/10', 'content-length': '3' } });
		expect(await get('/digits.txt', { headers: { range: 'bytes=7-' } })).toMatchObject({ status: 206, body: '789', headers: { 'content-range': 'bytes 7-9/10' } });
		expect(await get('/digits.txt', { headers: { range: 'bytes=-2' } })).toMatchObject({ status: 206, body: '89', headers: { 'content-range': 'bytes 8-9/10' } });
		expect(await get('/digits.txt', { headers: { range: 'bytes=5-100' } })).toMatchObject({ status: 206, body: '56789' });
		expect(await get('/digits.txt', { headers: { range: 'bytes=10-' } })).toMatchObject({ status: 416, headers: { 'content-range': 'bytes */10' } });
		// Several ranges, another unit or nonsense: the whole file, as the RFC allows.
		for (const range of ['bytes=0-1,4-5', 'lines=1-2', 'bytes=x-y', 'bytes=5-2'])
			expect(await get('/digits.txt', { headers: { range } }), range).toMatchObject({ status: 200, body: '0123456789' });
	});

	it('never serves a hidden file or the host\'s _headers', async () => {
		for (const path of ['/.env', '/.git/config', '/.git/', '/reports/r1/.source.txt.swp', '/%2Eenv', '/_headers']) {
			let res = await get(path);
			if (res.status === 308) res = await get(res.headers.location as string);
			expect(res.status, path).toBe(404);
			expect(res.body, path).not.toMatch(/secret|SECRET|Content-Security-Policy/);
		}
	});
});

describe('npm run serve under failing reads', () => {
	it('survives running out of file descriptors: a read that cannot open is answered 500 and logged, and the server goes on', async () => {
		// 60 descriptors: node takes ~20 of them, so 80 clients that never read exhaust the rest.
		const limited = startServer(['sh', '-c', `ulimit -n 60 && exec node scripts/serve.js '${site}'`]);
		const at = await limited.port;
		const sockets: Socket[] = [];
		const statuses: string[] = [];
		for (let i = 0; i < 80; i++) {
			const socket = connect(at, '127.0.0.1');
			socket.on('error', () => {});
			socket.once('data', (c: Buffer) => statuses.push(c.toString('latin1').slice(9, 12)));
			socket.write('GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n');
			sockets.push(socket);
		}
		await new Promise((r) => setTimeout(r, 3000));
		for (const socket of sockets) socket.pause();
		await new Promise((r) => setTimeout(r, 1000));
		expect(limited.child.exitCode, limited.stderr()).toBeNull();
		for (const socket of sockets) socket.destroy();
		await new Promise((r) => setTimeout(r, 1000));
		expect((await get('/digits.txt', { to: at })).body).toBe('0123456789');
		expect(statuses).toContain('500');
		expect(limited.stderr()).toMatch(/^nianbao serve: GET \/big\.bin: EMFILE: could not be opened; answered 500$/m);
		limited.child.kill();
	}, 30_000);
});
