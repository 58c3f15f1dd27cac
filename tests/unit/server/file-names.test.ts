import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesOfName, fsPath, nameFromBytes, readableName } from '../../../src/lib/server/file-names';
import { takeInventory } from '../../../src/lib/server/inventory';
import { whyReserved } from '../../../src/lib/server/report-id';
import { oneLine, shown } from '../../../src/lib/server/log-text';
import { SEED_FILE } from '../../helpers/seed';
import { publishedForms } from '../../../src/lib/server/forms';
import { sidecarProblems, sourceOf } from '../../../src/lib/server/sources';

/** 2023年报告 in GBK, as a zip made on Chinese Windows names it. */
const GBK_STEM = Buffer.from([0x32, 0x30, 0x32, 0x33, 0xc4, 0xea, 0xb1, 0xa8, 0xb8, 0xe6]);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-names-'));
const options = { extensions: ['.txt'], maxBytes: 1048576 };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file name is bytes', () => {
	it('keeps every byte of a name that is not UTF-8, and gives them back', () => {
		const name = nameFromBytes(GBK_STEM);
		expect(bytesOfName(name).equals(GBK_STEM)).toBe(true);
		expect(nameFromBytes(Buffer.from('淮安市2024.txt'))).toBe('淮安市2024.txt');
		// A truncated UTF-8 sequence and a lone continuation byte are kept as bytes too.
		const odd = Buffer.from([0x61, 0xe6, 0x97, 0x80, 0x62, 0xe6, 0x97]);
		expect(bytesOfName(nameFromBytes(odd)).equals(odd)).toBe(true);
	});

	it('reads a GBK name as a person would, to make its id of', () => {
		expect(readableName(nameFromBytes(GBK_STEM))).toBe('2023年报告');
	});

	it('shows the bytes that are not UTF-8 as \\xHH in a log line (EA B1 A8 happens to be UTF-8 for 걨)', () => {
		expect(shown(`/r/${nameFromBytes(GBK_STEM)}.txt`)).toBe('/r/2023\\xC4걨\\xB8\\xE6.txt');
		expect(oneLine(`nianbao: /r/${nameFromBytes(GBK_STEM)}.txt: x`)).toBe('nianbao: /r/2023\\xC4걨\\xB8\\xE6.txt: x');
	});
});

describe('a reports folder with names the site cannot publish as they are', () => {
	const gbkFile = Buffer.concat([Buffer.from(`${dir}/`), GBK_STEM, Buffer.from('.txt')]);
	writeFileSync(gbkFile, readFileSync(SEED_FILE));
	for (const name of ['index.html.txt', '__data.json.txt', 'INDEX.HTML.txt', 'a-excel.txt', 'a.txt']) copyFileSync(SEED_FILE, join(dir, name));
	symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
	symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
	const inventory = takeInventory(dir, options);
	const ids = inventory.groups.map((g) => g.id);

	it('takes stock of a name that is not UTF-8 and opens the file by its bytes', () => {
		const gbk = inventory.groups.find((g) => g.id === '2023年报告');
		expect(gbk, ids.join(' ')).toBeDefined();
		expect(readFileSync(fsPath(gbk!.forms[0].path))).toEqual(readFileSync(SEED_FILE));
		expect(inventory.renamed.map((r) => r.message)).toContain(
			`nianbao: ${dir}/2023\\xC4걨\\xB8\\xE6.txt: published as "2023年报告" (its name is not UTF-8; read as "2023年报告")`
		);
	});

	it('never gives a report the id of a file the site writes itself, and says so in one line', () => {
		expect(ids.sort()).toEqual(['2023年报告', 'INDEX.HTML-2', '__data.json-2', 'a', 'a-excel-2', 'index.html-3'].sort());
		for (const id of ids) expect(whyReserved(id), id).toBeNull();
		const lines = inventory.renamed.map((r) => r.message);
		expect(lines).toContain(`nianbao: ${dir}/index.html.txt: published as "index.html-3"; "index.html" is the file of the /reports/ page`);
		expect(lines).toContain(`nianbao: ${dir}/__data.json.txt: published as "__data.json-2"; "__data.json" is the data file of the /reports/ page`);
		expect(lines.filter((l) => l.includes('a-excel.txt'))).toHaveLength(1);
	});

	it('names a symlink loop as a loop, not as dangling', () => {
		const lines = inventory.refused.map((r) => r.message);
		expect(lines).toContain(`nianbao: ${dir}/loop-a.txt: symlink loop (it leads back to itself through loop-b.txt); refused`);
		expect(lines.join('\n')).not.toMatch(/dangling/);
	});
});

describe('a report whose name is not UTF-8, on its page and in the sources sidecar', () => {
	const gbkName = `${nameFromBytes(GBK_STEM)}.txt`;

	it('is linked by the name as read, not by replacement characters', () => {
		expect(publishedForms([join(dir, gbkName)])).toEqual([{ file: join(dir, gbkName), received: '2023年报告.txt', name: 'source.txt' }]);
	});

	it('finds its row in a sources.csv that names it as read', () => {
		const folder = mkdtempSync(join(tmpdir(), 'nianbao-names-sidecar-'));
		writeFileSync(join(folder, 'sources.csv'), 'file,url\n2023年报告.txt,https://www.example.gov.cn/2023.html\n');
		expect(sourceOf({ file: join(folder, gbkName), also: [] })).toEqual({ url: 'https://www.example.gov.cn/2023.html', retrieved: null });
		expect(sidecarProblems(folder, [join(folder, gbkName)])).toEqual([]);
		rmSync(folder, { recursive: true, force: true });
	});
});
