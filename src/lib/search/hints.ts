/**
 * "Did you mean": the indexed words nearest a query part that finds nothing whole. Two kinds of
 * slip are forgiven. A word typed by its sound with the wrong characters picked (a pinyin IME:
 * 行政服役 for 行政复议, both xing zheng fu yi), however many characters differ; and one character
 * changed, transposed, left out or added (an OCR or keyboard slip: 行政复仪, 行政议复).
 *
 * Both are found by keys on the toneless pinyin (SymSpell's deletion trick, on syllables): a word is
 * filed under its whole reading and under its reading less each one syllable. A query part looks up
 * the same keys: the same whole reading is a homophone; a shared key less one syllable is a word one
 * character away (checked on the characters). The build writes these keys into shards
 * (server/search-hints.ts); the browser fetches only the shards of its part's keys.
 */

/** Parts of this many Han characters get suggestions: one character is too short to be a slip of anything. */
export const HINT_MIN = 2;
export const HINT_MAX = 8;
const HAN = /^\p{Script=Han}+$/u;

export const hintable = (part: string): boolean => {
	const n = Array.from(part).length;
	return n >= HINT_MIN && n <= HINT_MAX && HAN.test(part);
};

/** A key for a reading: its syllables separated by spaces. */
export const readingKey = (syllables: string[]): string => syllables.join(' ');

/**
 * The keys a reading is filed under: whole, and less each one syllable (only from three syllables
 * up: a two-character word less one syllable would share its key with every word of that sound).
 */
export function hintKeys(syllables: string[]): { whole: string; less: string[] } {
	const less = syllables.length >= 3 ? [...new Set(syllables.map((_, i) => readingKey(syllables.filter((_, k) => k !== i))))] : [];
	return { whole: readingKey(syllables), less };
}

/** Whether two strings differ by one character changed, two neighbours swapped, one left out or one added. */
export function oneEditApart(a: string, b: string): boolean {
	const x = Array.from(a);
	const y = Array.from(b);
	if (Math.abs(x.length - y.length) > 1 || a === b) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	let j = 0;
	while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
	const restX = x.length - i - j;
	const restY = y.length - i - j;
	if (restX <= 1 && restY <= 1) return true;
	return restX === 2 && restY === 2 && x[i] === y[i + 1] && x[i + 1] === y[i];
}

/**
 * The readings a part may have, as syllable lists: every combination of its characters' readings
 * (many characters read more than one way: 行 xing, hang), at most `limit`, or none when a character
 * has no reading.
 */
export function partReadings(part: string, readingsOf: (c: string) => string[], limit = 8): string[][] {
	let combos: string[][] = [[]];
	for (const c of Array.from(part)) {
		const rs = readingsOf(c);
		if (!rs.length) return [];
		combos = combos.flatMap((combo) => rs.map((r) => [...combo, r])).slice(0, limit);
	}
	return combos;
}

export interface Candidate {
	word: string;
	docs: number;
	/** Read the same as the part (a homophone), rather than one character away. */
	sounds: boolean;
}

/**
 * The words nearest the part, best first: homophones of the same length, then words one character
 * away; within each, the words more documents hold. The part itself is never suggested.
 */
export function nearest(part: string, candidates: Candidate[], limit = 3): string[] {
	const best = new Map<string, Candidate>();
	for (const c of candidates) {
		if (c.word === part) continue;
		const sameLength = Array.from(c.word).length === Array.from(part).length;
		const kept = (c.sounds && sameLength) || oneEditApart(part, c.word);
		if (!kept) continue;
		const sounds = c.sounds && sameLength;
		const seen = best.get(c.word);
		if (!seen || (sounds && !seen.sounds)) best.set(c.word, { ...c, sounds });
	}
	return [...best.values()]
		.sort((a, b) => Number(b.sounds) - Number(a.sounds) || b.docs - a.docs || (a.word < b.word ? -1 : 1))
		.slice(0, limit)
		.map((c) => c.word);
}
