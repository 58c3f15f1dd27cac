import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile } from '../../../../src/lib/parse';
import { searchDocs } from '../../../../src/lib/server/search-docs';

describe('a blank cell in search text', () => {
	it('reads 未填报 without the unit, while a number keeps its unit', async () => {
		const file = 'tests/fixtures/reports/shili-xian-2019.txt';
		const { report } = await parseFile(new Uint8Array(readFileSync(file)), file);
		const texts = searchDocs(report).filter((d) => d.kind === 'r').map((d) => d.text);
		expect(texts).toContain('数量 未填报');
		expect(texts).toContain('数量 7件');
		expect(texts.some((t) => t.includes('未填报件'))).toBe(false);
	});
});
