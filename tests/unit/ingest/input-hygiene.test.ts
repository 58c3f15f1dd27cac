import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseReport } from '../../../src/lib/parse';
import { seedText } from '../../helpers/seed';

const FILE = 'hengyang-guotu-2018.txt';
const expected = parseReport(seedText(), FILE).report;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Every printable ASCII character as its full-width twin: digits, letters, ( ) : , . and the | of the table. */
const toFullWidth = (s: string) => s.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** "一、概述" → "一、概 述": spaces between the characters of every part heading, as some typesetters print them. */
const spaceHeadings = (s: string) =>
	s.replace(/^([一二三四五六七八九十]+、)(.+)$/gm, (line, num: string, title: string) =>
		line.endsWith('|') ? line : `${num}${[...title].join(' ')}`
	);

describe('input hygiene: variants of the seed parse to the same report', () => {
	it('reads GB18030 bytes', () => {
		const bytes = new Uint8Array(iconv.encode(seedText(), 'gb18030'));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		expect(parseReport(bytes, FILE).report).toEqual(expected);
	});

	it('reads GBK bytes', () => {
		expect(parseReport(new Uint8Array(iconv.encode(seedText(), 'gbk')), FILE).report).toEqual(expected);
	});

	it('reads UTF-8 with a byte-order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seedText())]);
		expect(parseReport(bytes, FILE).report).toEqual(expected);
	});

	it('reads CRLF line ends', () => {
		const crlf = seedText().replace(/\n/g, '\r\n');
		expect(crlf).toContain('\r\n');
		expect(parseReport(utf8(crlf), FILE).report).toEqual(expected);
	});

	it('reads full-width digits and punctuation', () => {
		const wide = toFullWidth(seedText());
		expect(wide).toContain('３３５６');
		expect(parseReport(utf8(wide), FILE).report).toEqual(expected);
	});

	it('reads headings with spaces between their characters', () => {
		const spaced = spaceHeadings(seedText());
		expect(spaced).toContain('一、概 述');
		expect(parseReport(utf8(spaced), FILE).report).toEqual(expected);
	});

	it('reads the agency without a stray quote mark before it (OCR reads a speck as “)', () => {
		const marked = seedText().replace(/^衡阳市国土资源局$/m, '“衡阳市国土资源局');
		expect(marked.startsWith('“衡阳市国土资源局\n')).toBe(true);
		expect(parseReport(utf8(marked), FILE).report.agency).toBe('衡阳市国土资源局');
	});

	it('reads a title whose 年 of 年度 OCR dropped (政府信息公开度报告)', () => {
		const read = seedText().replace('2018年政府信息公开年度报告', '2018年政府信息公开度报告');
		expect(read).toContain('公开度报告\n');
		expect(parseReport(utf8(read), FILE).report).toMatchObject({ year: 2018, agency: '衡阳市国土资源局' });
	});

	it('reads all of these at once', () => {
		const all = iconv.encode(toFullWidth(spaceHeadings(seedText())).replace(/\n/g, '\r\n'), 'gb18030');
		expect(parseReport(new Uint8Array(all), FILE).report).toEqual(expected);
	});
});
