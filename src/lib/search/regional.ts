import { REGIONAL_PHRASES } from './phrase-table';

/** Folded regional phrase → folded mainland phrase (see scripts/gen-fold-table.ts), and the longest key. */
const PHRASES = new Map<string, string>();
let LONGEST = 0;
for (const entry of REGIONAL_PHRASES.split('|')) {
	const space = entry.indexOf(' ');
	PHRASES.set(entry.slice(0, space), entry.slice(space + 1));
	LONGEST = Math.max(LONGEST, space);
}

/**
 * A folded query part in mainland wording: OpenCC's regional phrases (資訊 → 信息, 網路 → 网络)
 * replaced by longest match from the left, as OpenCC converts. Work is bounded by the part's length
 * times the longest phrase.
 */
export function mainlandWording(part: string): string {
	let out = '';
	for (let i = 0; i < part.length; ) {
		let len = Math.min(LONGEST, part.length - i);
		while (len >= 2 && !PHRASES.has(part.slice(i, i + len))) len--;
		if (len >= 2) {
			out += PHRASES.get(part.slice(i, i + len));
			i += len;
		} else out += part[i++];
	}
	return out;
}

/**
 * The queries a typed query stands for: itself, and, when its wording is regional, the same parts in
 * mainland wording (資訊公開 → 信息公开). Both are searched: 资讯 is mainland usage too, so the query as
 * typed is never replaced, only joined.
 */
export function queryVariants(parts: string[]): string[][] {
	const mainland = parts.map(mainlandWording);
	return mainland.some((p, i) => p !== parts[i]) ? [parts, mainland] : [parts];
}
