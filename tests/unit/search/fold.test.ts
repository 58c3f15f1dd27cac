import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/search/fold';
import { T2S_PAIRS } from '../../../src/lib/search/t2s-table';
import { REGIONAL_PHRASES } from '../../../src/lib/search/phrase-table';
import { mainlandWording } from '../../../src/lib/search/regional';
import { foldPairs, phrasePairs } from '../../../scripts/gen-fold-table';
import { browserEngine, corpusReports, searchAll, seedReport } from '../../helpers/search';
import { hasCorpus } from '../../helpers/seed';

describe('the traditional/simplified fold', () => {
	it('is the table OpenCC gives today (npm run gen:fold-table rewrites it)', () => {
		expect(T2S_PAIRS).toBe(foldPairs());
	});

	it('folds traditional characters to simplified, one unit for one', () => {
		expect(fold('行政復議')).toBe('行政复议');
		expect(fold('政府資訊公開')).toBe('政府资讯公开');
		const s = '依申請公開ＡＢ';
		expect(fold(s)).toHaveLength(s.length);
		expect(fold('行政复议')).toBe('行政复议');
	});

	it('lets a traditional query find simplified text with the same AND matches and the words marked', async () => {
		const { engine } = await browserEngine([seedReport()]);
		const simplified = await searchAll(engine, '行政复议');
		const traditional = await searchAll(engine, '行政復議');
		expect(traditional.mode).toBe('and');
		expect(traditional.hits.map((h) => h.id)).toEqual(simplified.hits.map((h) => h.id));
		expect(traditional.hits[0].exact).toBe(true);
	});
});

describe('regional wording (OpenCC phrases, Taiwan and Hong Kong → mainland)', () => {
	it('is the phrase table OpenCC gives today (npm run gen:fold-table rewrites it)', () => {
		expect(REGIONAL_PHRASES).toBe(phrasePairs());
	});

	it('rewrites a folded part phrase by phrase, longest first, and leaves mainland wording alone', () => {
		expect(mainlandWording(fold('資訊公開'))).toBe('信息公开');
		expect(mainlandWording(fold('網路'))).toBe('网络');
		expect(mainlandWording(fold('資訊安全'))).toBe('信息安全');
		expect(mainlandWording('政府信息公开')).toBe('政府信息公开');
	});

	it('lets 資訊公開 find the sections that say 信息公开, exactly, beside what 资讯公开 finds', async () => {
		const { engine } = await browserEngine([seedReport()]);
		const mainland = await searchAll(engine, '信息公开');
		const regional = await searchAll(engine, '資訊公開');
		expect(regional.mode).toBe('and');
		expect(regional.hits.length).toBeGreaterThan(0);
		expect(regional.hits[0].exact).toBe(true);
		expect(new Set(regional.hits.map((h) => h.id))).toEqual(new Set(mainland.hits.map((h) => h.id)));
		expect(regional.parts).toEqual(['资讯公开', '信息公开']);
	});
});

describe('indicator labels of the other template as synonyms', () => {
	it('finds the 2008 被依法纠错数 row of 行政复议 by the 2019 label 结果纠正, after the literal matches', async () => {
		const { engine } = await browserEngine([seedReport()]);
		const { hits, mode } = await searchAll(engine, '结果纠正');
		expect(mode).toBe('and');
		const rows = hits.filter((h) => h.title.includes('被依法纠错数'));
		expect(rows.map((h) => h.path)).toEqual([expect.stringContaining('行政复议数量')]);
		expect(rows.every((h) => !h.exact)).toBe(true);
	});
});

describe.skipIf(!hasCorpus)('synonyms on the corpus (skipped: ../shared/corpus absent)', () => {
	it('finds the 2019 表四 结果纠正 cells of 洪泽区 2023 by the 2008 word 纠错', async () => {
		const { engine } = await browserEngine(corpusReports());
		const { hits } = await searchAll(engine, '纠错');
		const rows = hits.filter((h) => h.report === 'hongze-qzf-2023' && h.kind === 'r');
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((h) => h.text.includes('结果纠正'))).toBe(true);
	});
});
