/**
 * Display columns of plain-text tables (pandoc grid, simple and multiline tables): writers pad cells to
 * the width a terminal shows, where a CJK or full-width character takes two columns.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

export interface Placed {
	ch: string;
	/** Display column where the character starts, and how many it takes. */
	x: number;
	w: number;
}

export function placeChars(line: string): Placed[] {
	const out: Placed[] = [];
	let x = 0;
	for (const ch of line) {
		const w = ch === '\t' ? 4 - (x % 4) : WIDE.test(ch) ? 2 : 1;
		out.push({ ch, x, w });
		x += w;
	}
	return out;
}

/** Pieces of a cell's text on several physical lines joined: no space between CJK text, one between words. */
export function joinWrapped(parts: string[]): string {
	return parts
		.map((p) => p.trim())
		.filter(Boolean)
		.reduce((all, p) => (all && /[A-Za-z0-9,.;:]$/.test(all) && /^[A-Za-z0-9(]/.test(p) ? `${all} ${p}` : all + p), '');
}
