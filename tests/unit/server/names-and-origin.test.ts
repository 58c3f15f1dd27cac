import { describe, expect, it } from 'vitest';
import { safeId, MAX_ID_BYTES } from '../../../src/lib/server/report-id';
import { siteOrigin } from '../../../src/lib/server/origin';
import { publishedForms } from '../../../src/lib/server/forms';

describe('a report id made from a file name', () => {
	it('keeps letters, digits, CJK, dot, dash and underscore', () => {
		expect(safeId('huaian-szf_2024.v2')).toBe('huaian-szf_2024.v2');
		expect(safeId('淮安市人民政府2024')).toBe('淮安市人民政府2024');
	});

	it('turns every unsafe run into one dash and drops invisible characters', () => {
		for (const [name, id] of [
			['a#b', 'a-b'],
			['a?b', 'a-b'],
			['a%2Fb', 'a-2Fb'],
			['a\tb', 'a-b'],
			['a\nb', 'a-b'],
			['a\\b', 'a-b'],
			['a=b', 'a-b'],
			['a+b', 'a-b'],
			['a:b', 'a-b'],
			['a / b', 'a-b'],
			['a\u200b\u202eb', 'ab'],
			['..a..', 'a']
		])
			expect(safeId(name), JSON.stringify(name)).toBe(id);
	});

	it('cuts a long name to MAX_ID_BYTES with a hash, so two long names stay two ids', () => {
		const a = safeId('报'.repeat(120) + 'a')!;
		const b = safeId('报'.repeat(120) + 'b')!;
		expect(Buffer.byteLength(a)).toBeLessThanOrEqual(MAX_ID_BYTES);
		expect(a).not.toBe(b);
	});

	it('gives no id to a name without a letter or digit', () => {
		expect(safeId('###')).toBeNull();
	});
});

describe('published names of a report\'s forms', () => {
	it('publish markup as text and every form under a name of its own', () => {
		expect(publishedForms(['/r/dup.htm', '/r/dup.TXT', '/r/dup.txt', '/r/dup.html']).map((f) => f.name)).toEqual([
			'source.htm.txt',
			'also.txt',
			'also-2.txt',
			'also.html.txt'
		]);
	});
});

describe('SITE_ORIGIN', () => {
	it('is an origin, or unset', () => {
		expect(siteOrigin('https://nianbao.example.org/')).toBe('https://nianbao.example.org');
		expect(siteOrigin('')).toBeNull();
		expect(() => siteOrigin('nianbao.example.org')).toThrow(/is not a URL/);
		expect(() => siteOrigin('https://example.org/portal/')).toThrow(/is not an origin/);
		expect(() => siteOrigin('ftp://example.org')).toThrow(/is not an origin/);
	});
});
