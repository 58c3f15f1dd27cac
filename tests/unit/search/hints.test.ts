import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { hintKeys, nearest, oneEditApart, partReadings } from '../../../src/lib/search/hints';
import { wordReading } from '../../../src/lib/server/search-hints';
import { browserEngine, searchAll, seedReport } from '../../helpers/search';

describe('what counts as one character away', () => {
	it('is one character changed, two neighbours swapped, one left out or one added', () => {
		expect(oneEditApart('行政复议', '行政复仪')).toBe(true);
		expect(oneEditApart('行政复议', '行政议复')).toBe(true);
		expect(oneEditApart('行政复议', '行政议')).toBe(true);
		expect(oneEditApart('行政议', '行政复议')).toBe(true);
		expect(oneEditApart('行政复议', '行政服役')).toBe(false);
		expect(oneEditApart('行政复议', '行政复议')).toBe(false);
		expect(oneEditApart('复议', '议复')).toBe(true);
	});

	it('files a reading under itself and under itself less each syllable, from three syllables up', () => {
		expect(hintKeys(['xing', 'zheng', 'fu', 'yi'])).toEqual({ whole: 'xing zheng fu yi', less: ['zheng fu yi', 'xing fu yi', 'xing zheng yi', 'xing zheng fu'] });
		expect(hintKeys(['fu', 'yi'])).toEqual({ whole: 'fu yi', less: [] });
	});

	it('reads a word in context and a query part in every way its characters read, within a bound', () => {
		expect(wordReading('银行')).toEqual(['yin', 'hang']);
		expect(wordReading('行政服役')).toEqual(['xing', 'zheng', 'fu', 'yi']);
		const readings: Record<string, string[]> = { 行: ['xing', 'hang'], 长: ['chang', 'zhang'], 政: ['zheng'] };
		expect(partReadings('行政', (c) => readings[c] ?? [])).toEqual([['xing', 'zheng'], ['hang', 'zheng']]);
		expect(partReadings('行长行长行长', (c) => readings[c] ?? [], 8)).toHaveLength(8);
		expect(partReadings('行x', (c) => readings[c] ?? [])).toEqual([]);
	});

	it('ranks homophones first, then words one character away, then by how many documents hold them', () => {
		const got = nearest('行政服役', [
			{ word: '行政服务', docs: 50, sounds: false },
			{ word: '行政复议', docs: 9, sounds: true },
			{ word: '行政诉讼', docs: 40, sounds: false },
			{ word: '行政服役', docs: 1, sounds: true }
		]);
		expect(got).toEqual(['行政复议', '行政服务']);
	});
});

describe('did you mean, from the published index', async () => {
	const { engine } = await browserEngine([seedReport()]);

	it('suggests 行政复议 for 行政服役, a word typed by its sound', async () => {
		expect((await searchAll(engine, '行政服役')).hits.some((m) => m.exact)).toBe(false);
		expect((await engine.suggest('行政服役'))[0]).toBe('行政复议');
	});

	it('suggests 行政复议 for one character swapped or left out', async () => {
		expect(await engine.suggest('行政议复')).toContain('行政复议');
		expect(await engine.suggest('行政议')).toContain('行政复议');
	});

	it('keeps the parts that are found and replaces only those that are not, all at once first', async () => {
		expect((await engine.suggest('行政服役 申请'))[0]).toBe('行政复议 申请');
		expect((await engine.suggest('信息公凯 行政服役'))[0]).toBe('信息公开 行政复议');
	});

	it('suggests nothing for a query found whole', async () => {
		expect(await engine.suggest('行政复议')).toEqual([]);
	});

	it('fetches its readings and hint shards only when asked, and says the bytes', async () => {
		const fresh = await browserEngine([seedReport()]);
		await fresh.engine.search('信息公凯');
		expect(fresh.fetched.filter((f) => /^(hints|readings)-/.test(f))).toEqual([]);
		const before = new Set(fresh.fetched);
		expect(await fresh.engine.suggest('信息公凯')).toEqual(['信息公开']);
		const extra = fresh.fetched.filter((f) => !before.has(f));
		expect(extra.every((f) => /^(hints|readings|shards)-/.test(f))).toBe(true);
		const gzip = extra.reduce((sum, f) => sum + gzipSync(fresh.files.get(f)!).length, 0);
		console.log(`did you mean for 信息公凯: ${extra.length} more files, ${gzip} bytes gzip`);
	});
});
