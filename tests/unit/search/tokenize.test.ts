import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/search/fold';
import { indexGrams, indexWords, queryGrams, queryParts, queryWords, runs } from '../../../src/lib/search/tokenize';
import { segment } from '../../../src/lib/server/search-docs';

describe('the shared tokenizer', () => {
	it('folds full-width letters and digits and letter case, one unit for one', () => {
		expect(fold('ＰＤＦ１２３４５热线　Abc')).toBe('pdf12345热线 abc');
		expect(fold('（一）：，')).toBe('(一):,');
		const s = 'Ｘ政务公开ｙ';
		expect(fold(s)).toHaveLength(s.length);
	});

	it('cuts text into runs at spaces and punctuation', () => {
		expect(runs('《条例》全面、正确施行。2018年')).toEqual(['条例', '全面', '正确施行', '2018年']);
	});

	it('indexes every bigram and every single character of each run', () => {
		expect(indexGrams('复议,诉讼')).toEqual(['复', '复议', '议', '诉', '诉讼', '讼']);
	});

	it('queries by bigrams, or by the character of a one-character query', () => {
		expect(queryGrams('行政复议')).toEqual(['行政', '政复', '复议']);
		expect(queryGrams('局')).toEqual(['局']);
		expect(queryGrams('１２３')).toEqual(['12', '23']);
	});

	it('offers every substring of three or more characters as a word candidate, two being a bigram already', () => {
		expect(queryWords('不动产')).toEqual(['不动产']);
		expect(queryWords('不动产登记')).toEqual(['不动产', '不动产登', '不动产登记', '动产登', '动产登记', '产登记']);
		expect(queryWords('复议')).toEqual([]);
	});

	it('splits a query into parts at spaces and ignores parts without letters or digits', () => {
		expect(queryParts('  行政　诉讼 ，')).toEqual(['行政', '诉讼']);
		expect(queryParts('。、')).toEqual([]);
	});

	it('segments with the project dictionary, keeping words of three or more characters', () => {
		const words = indexWords(segment('依申请公开的不动产登记和行政复议'));
		expect(words).toEqual(expect.arrayContaining(['依申请公开', '不动产登记', '行政复议']));
		expect(words.every((w) => [...w].length >= 3)).toBe(true);
	});
});
