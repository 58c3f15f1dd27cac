/**
 * What the SQLite download's full-text table holds of a section, so that plain SQLite and Datasette
 * find Chinese with the stock unicode61 tokenizer, which cuts only at spaces and punctuation: every
 * substring of one to MAX_GRAM characters of each run of the folded text (the site's runs, see
 * search/tokenize.ts), and the segmenter's longer words, all separated by spaces. A query of up to
 * MAX_GRAM characters is then one token: MATCH '行政复议' finds exactly the sections that contain
 * 行政复议, as the site's search does. Longer strings are asked as overlapping pieces (MATCH '政府信息 信息公开'),
 * or directly when the segmenter knows them as a word (政府信息公开); metadata.json says so.
 */
import { fold } from '../search/fold';
import { indexWords, runs } from '../search/tokenize';
import { segment } from './search-docs';

/** The longest substring indexed: 4 covers the four-character terms reports are made of (行政复议, 依申请公开's 申请公开). */
export const MAX_GRAM = 4;

export function ftsTerms(text: string): string {
	const out = new Set<string>();
	for (const run of runs(text)) {
		const cs = Array.from(run);
		for (let i = 0; i < cs.length; i++)
			for (let len = 1; len <= MAX_GRAM && i + len <= cs.length; len++) out.add(cs.slice(i, i + len).join(''));
	}
	for (const word of indexWords(segment(text))) if (Array.from(word).length > MAX_GRAM) out.add(fold(word));
	return [...out].join(' ');
}
