import { placeChars, joinWrapped } from './columns';

/** A line of a pandoc grid table's border: `+---+---+` (or `+===+` under the header). */
export const isGridBorder = (line: string) => /^\s*\+([-=:]+\+)+\s*$/.test(line);

interface Piece {
	/** Column boundaries the piece lies between (indexes into the table's boundaries). */
	a: number;
	b: number;
	text: string;
	border: boolean;
}

/**
 * A pandoc grid table as rows of cells, spans read as HTML has them: a cell spanning columns is one cell
 * (its slots have no `|` between them), a cell spanning rows belongs to the first row it covers (the
 * border under it is left open), and a cell's text wrapped over several physical lines is joined. Column
 * boundaries are the `+` of the full border lines, by display column; a `|` within two columns of one
 * counts (writers that measure a character's width otherwise drift a little). Null where a line's bars
 * miss the borders.
 */
export function readGridTable(block: string[]): string[][] | null {
	const bounds = [...new Set(block.filter(isGridBorder).flatMap((l) => placeChars(l).filter((c) => c.ch === '+').map((c) => c.x)))].sort((p, q) => p - q);
	const snap = (x: number) => bounds.findIndex((b) => Math.abs(b - x) <= 2);
	const pieces: Piece[][] = block.map((line) => {
		const chars = placeChars(line.trimEnd());
		const seps = chars.map((c, i) => ({ i, k: c.ch === '|' || c.ch === '+' ? snap(c.x) : -1 })).filter((s) => s.k >= 0);
		const out: Piece[] = [];
		for (let j = 1; j < seps.length; j++) {
			if (seps[j].k <= seps[j - 1].k) continue;
			const text = chars.slice(seps[j - 1].i + 1, seps[j].i).map((c) => c.ch).join('');
			out.push({ a: seps[j - 1].k, b: seps[j].k, text, border: /^[-=:]+$/.test(text) });
		}
		return out;
	});
	// A line whose bars miss the borders (a cell wider than its column) is not a grid we can read: its text
	// is better kept as it is than cut in the wrong places.
	if (pieces.some((line) => line.length === 0 || line[0].a !== 0 || line[line.length - 1].b !== bounds.length - 1)) return null;
	const covering = (l: number, k: number) => pieces[l]?.find((p) => p.a <= k && k < p.b);
	const rows = new Map<number, string[]>();
	pieces.forEach((line, l) => {
		for (const p of line) {
			if (p.border || !covering(l - 1, p.a)?.border) continue;
			const parts: string[] = [];
			for (let m = l; covering(m, p.a) && !covering(m, p.a)!.border; m++) parts.push(covering(m, p.a)!.text);
			rows.set(l, [...(rows.get(l) ?? []), joinWrapped(parts)]);
		}
	});
	return [...rows.entries()].sort((p, q) => p[0] - q[0]).map(([, cells]) => cells);
}
