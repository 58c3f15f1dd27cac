import { T2S_PAIRS } from './t2s-table';

/** Traditional → simplified, by UTF-16 unit (see scripts/gen-fold-table.ts). */
const SIMPLIFIED = new Map<number, number>();
for (let i = 0; i < T2S_PAIRS.length; i += 2) SIMPLIFIED.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));

/**
 * The fold shared by the index and the query: full-width to half-width, letter case, and
 * traditional to simplified characters (OpenCC's character table), so 行政復議 finds 行政复议. It
 * maps one UTF-16 unit to one, so positions in folded text are positions in the original (the
 * snippet marker and the gram positions rely on this).
 */
export function fold(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
		else if (c === 0x3000) c = 0x20;
		else if (c >= 0x3400) c = SIMPLIFIED.get(c) ?? c;
		if (c >= 0x41 && c <= 0x5a) c += 0x20;
		out += String.fromCharCode(c);
	}
	return out;
}
