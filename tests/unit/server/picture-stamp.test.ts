import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pictureStamp } from '../../../src/lib/server/picture-stamp';
import { groupKey } from '../../../src/lib/server/parse-cache';
import { MAX_PICTURES } from '../../../src/lib/ingest/forms/ocr/picture';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A reports folder holding the files given (name → contents). */
function folder(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'nianbao-stamp-'));
	folders.push(dir);
	for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
	return dir;
}

const page = (img: string) => `<html><body><h1>示例局2023年政府信息公开工作年度报告</h1>${img}</body></html>`;

describe('the parse key of an HTML report with pictures beside it', () => {
	it('changes when a picture the page names changes, and not when another file of the folder does', () => {
		const dir = folder({ 'r.html': page('<p><img src="t3.png" alt="表三"></p>'), 't3.png': new Uint8Array(100), 'other.png': new Uint8Array(5) });
		const group = { id: 'r', forms: [{ path: join(dir, 'r.html'), name: 'r.html', ext: 'html', size: 1 }] };
		const limits = { maxPdfPages: 500, maxPdfDecodedBytes: 1 << 30 };
		const before = groupKey(group, limits);
		writeFileSync(join(dir, 'other.png'), new Uint8Array(7));
		expect(groupKey(group, limits)).toEqual(before);
		writeFileSync(join(dir, 't3.png'), new Uint8Array(120));
		const after = groupKey(group, limits);
		expect(after.key).not.toBe(before.key);
		// What the report is made of (its own files) did not change.
		expect(after.content).toBe(before.content);
	});

	it('stamps no data: URI, a web address by its file beside the page, and a src out of the folder or of no file as such', () => {
		const dir = folder({ 'r.html': '', 'b.png': 'png' });
		const html = page('<img src="https://example.org/a.png"><img src="//cdn.example.org/up/b.png?v=1"><img src="data:image/png;base64,AAAA"><img src="../secret.png"><img src=\'gone.png\'>');
		const stamps = pictureStamp(new TextEncoder().encode(html), join(dir, 'r.html')).split('\n');
		expect(stamps.map((s) => s.replace(/:\d+:[\d.]+$/, ':stat'))).toEqual(['https://example.org/a.png:missing', '//cdn.example.org/up/b.png?v=1:stat', '../secret.png:outside', 'gone.png:missing']);
		expect(pictureStamp(new TextEncoder().encode(page('<p>没有图片</p>')), join(dir, 'r.html'))).toBe('');
	});

	it('stamps every place a tag names its picture in, as the reader looks in them (a lazy page\'s data-src, UEditor\'s _src)', () => {
		const dir = folder({ 'r.html': '', 't3.png': 'png' });
		const html = page('<img src="data:image/gif;base64,R0lGOD" data-src="t3.png" _src="/u/t3.png">');
		expect(pictureStamp(new TextEncoder().encode(html), join(dir, 'r.html')).split('\n').map((s) => s.replace(/:\d+:[\d.]+$/, ':stat'))).toEqual(['t3.png:stat', '/u/t3.png:stat']);
	});

	it('stamps no more pictures than the reader looks up, however many the page names', () => {
		const dir = folder({ 'r.html': '' });
		const html = page('<img src="x.png">'.repeat(100_000));
		expect(pictureStamp(new TextEncoder().encode(html), join(dir, 'r.html')).split('\n')).toHaveLength(MAX_PICTURES + 1);
	});

	it('reads a page of 100,000 unclosed <img tags once through (no tag is searched to the page\'s end more than once)', () => {
		const dir = folder({ 'r.html': '' });
		const html = page('<img alt="表三" '.repeat(100_000));
		expect(pictureStamp(new TextEncoder().encode(html), join(dir, 'r.html'))).toBe('');
	});
});
