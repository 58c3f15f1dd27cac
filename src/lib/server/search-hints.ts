/**
 * The build half of "did you mean" (see search/hints.ts): the indexed words filed under their pinyin
 * keys in shards, and every character's readings, for the browser to read its query part's keys.
 * Readings come from pinyin-pro (a word is read in context: 银行 yin hang), at build time only.
 */
import { pinyin } from 'pinyin-pro';
import { hintable, hintKeys } from '../search/hints';
import { keyShard, READING_SHARDS, type HintShard, type ReadingShard } from '../search/format';

const SYLLABLE = /^[a-zü]+$/;

/** A word's toneless reading, one syllable per character, or null when a character has none. */
export function wordReading(word: string): string[] | null {
	const syllables = pinyin(word, { toneType: 'none', type: 'array' });
	return syllables.length === Array.from(word).length && syllables.every((s) => SYLLABLE.test(s)) ? syllables : null;
}

/** About this many entries per hint shard (~8 KB gzip). */
const ENTRIES_PER_SHARD = 1000;

/**
 * The hint shards for a vocabulary (word → documents holding it), in shard order. Words too short,
 * too long or not all Han are left out (see hintable); each word is filed under every key it has.
 */
export function hintShards(vocabulary: Map<string, number>): HintShard[] {
	const filed: [key: string, entry: [string, number, 0 | 1]][] = [];
	for (const [word, docs] of [...vocabulary].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		if (!hintable(word)) continue;
		const reading = wordReading(word);
		if (!reading) continue;
		const { whole, less } = hintKeys(reading);
		filed.push([whole, [word, docs, 1]]);
		for (const key of less) filed.push([key, [word, docs, 0]]);
	}
	const count = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, filed.length / ENTRIES_PER_SHARD))));
	const shards: HintShard[] = Array.from({ length: count }, () => ({}));
	for (const [key, entry] of filed) (shards[keyShard(key, count)][key] ??= []).push(entry);
	return shards;
}

/** Every CJK unified ideograph's readings (all of them: 行 xing, hang, heng), in READING_SHARDS files by keyShard. */
export function readingShards(): ReadingShard[] {
	const shards: ReadingShard[] = Array.from({ length: READING_SHARDS }, () => ({}));
	for (let code = 0x4e00; code <= 0x9fff; code++) {
		const c = String.fromCharCode(code);
		const readings = pinyin(c, { toneType: 'none', type: 'array', multiple: true }).filter((s) => SYLLABLE.test(s));
		if (readings.length) shards[keyShard(c, READING_SHARDS)][c] = [...new Set(readings)].join(' ');
	}
	return shards;
}
