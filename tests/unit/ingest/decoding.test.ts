import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseReport } from '../../../src/lib/parse';
import { decodeReport } from '../../../src/lib/ingest/decode';
import { seedText } from '../../helpers/seed';

const FILE = 'hengyang-guotu-2018.txt';
const expected = parseReport(seedText(), FILE).report;

describe('decoding', () => {
	it('reads UTF-16 little- and big-endian files by their byte-order mark', () => {
		for (const enc of ['utf16-le', 'utf16-be'] as const) {
			const bytes = new Uint8Array(iconv.encode(seedText(), enc, { addBOM: true }));
			expect(parseReport(bytes, FILE).report).toEqual(expected);
		}
	});

	it('keeps a UTF-8 file with one stray byte as UTF-8, replacing the byte and naming its offset', () => {
		const good = new TextEncoder().encode(seedText());
		const at = good.indexOf(0x0a, 2000) + 1;
		const bytes = new Uint8Array([...good.subarray(0, at), 0xff, ...good.subarray(at)]);
		const { text, warnings } = decodeReport(bytes, FILE);
		expect(warnings).toEqual([
			{ code: 'bytes-not-utf8', message: `文件中有 1 个字节不是有效的 UTF-8（字节偏移 ${at}），已按替换字符 U+FFFD 读出`, detail: { count: 1, offsets: [at], more: 0 } }
		]);
		expect(text).toContain('衡阳市国土资源局');
		const { report, problems } = parseReport(bytes, FILE);
		expect(problems).toEqual(warnings);
		expect(report.problems).toEqual(warnings);
		expect(report.sections.map((s) => s.anchor)).toEqual(expected.sections.map((s) => s.anchor));
	});

	it('still reads a GB18030 file (invalid as UTF-8 almost everywhere) as GB18030, without a warning', () => {
		const { text, warnings } = decodeReport(new Uint8Array(iconv.encode(seedText(), 'gb18030')), FILE);
		expect(warnings).toEqual([]);
		expect(text).toBe(seedText());
	});
});

describe('invisible characters', () => {
	it('strips zero-width and bidi controls from the agency and title, so one agency stays one', () => {
		const tricky = seedText().replace('衡阳市国土资源局', '衡阳市\u200b国土\u202e资源\u2066局\u2069').replace('2018年政府', '2018\u200d年政府');
		const { report } = parseReport(tricky, FILE);
		expect(report.agency).toBe('衡阳市国土资源局');
		expect(report.title).toBe(expected.title);
		expect(JSON.stringify(report)).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
	});
});
