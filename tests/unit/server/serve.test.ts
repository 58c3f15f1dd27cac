import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
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
symlinkSync(join(dir, 'outside.txt'), join(site, 'link.txt'));

let server: ChildProcess;
let port = 0;
beforeAll(async () => {
	server = spawn('node', ['scripts/serve.js', site], { env: { ...process.env, PORT: '0' } });
	port = await new Promise<number>((done, fail) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			const m = /localhost:(\d+)/.exec(chunk.toString());
			if (m) done(Number(m[1]));
		});
		server.on('exit', () => fail(new Error('serve.js exited')));
	});
});
afterAll(() => {
	server.kill();
	rmSync(dir, { recursive: true, force: true });
});

/** A request with the path sent exactly as written (fetch would normalise it first). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
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
