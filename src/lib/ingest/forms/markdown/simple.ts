import { placeChars, joinWrapped } from './columns';

/** The line under a pandoc simple or multiline table's header: two runs of dashes or more ("----  ---- ---"). */
export const isDashRuns = (line: string) => /^\s*-{2,}([ \t]+-{2,})+\s*$/.test(line);
/** A multiline table's top and bottom line: one run of dashes. */
export const isDashLine = (line: string) => /^\s*-{3,}\s*$/.test(line);

type Range = [number, number];

const rangesOf = (dashes: string): Range[] => {
	const out: Range[] = [];
	for (const c of placeChars(dashes)) {
		const last = out[out.length - 1];
		if (c.ch !== '-') continue;
		if (last && last[1] === c.x) last[1] = c.x + 1;
		else out.push([c.x, c.x + 1]);
	}
	return out;
};

/**
 * A physical line cut into the columns the dash runs mark: each word (text between spaces) goes to the
 * column its extent overlaps most, or the nearest one (a right-aligned number may start left of its
 * dashes, a long header may run past them).
 */
function cut(line: string, ranges: Range[]): string[] {
	const cells: string[][] = ranges.map(() => []);
	const words: { text: string; from: number; to: number }[] = [];
	for (const c of placeChars(line)) {
		const last = words[words.length - 1];
		if (/\s/.test(c.ch)) continue;
		if (last && last.to === c.x) {
			last.text += c.ch;
			last.to = c.x + c.w;
		} else words.push({ text: c.ch, from: c.x, to: c.x + c.w });
	}
	for (const w of words) {
		const score = (r: Range) => Math.min(w.to, r[1]) - Math.max(w.from, r[0]);
		let best = 0;
		ranges.forEach((r, k) => (score(r) > score(ranges[best]) ? (best = k) : 0));
		cells[best].push(w.text);
	}
	return cells.map((ws) => ws.join(' '));
}

/** A simple table: the header line (if any), the dash runs, one row per line. */
export function readSimpleTable(header: string | null, dashes: string, rows: string[]): string[][] {
	const ranges = rangesOf(dashes);
	return [...(header === null ? [] : [header]), ...rows].filter((l) => l.trim()).map((l) => cut(l, ranges));
}

/**
 * A multiline table: between its top and bottom dash lines, the header lines, the dash runs, then rows
 * apart by blank lines, each cell's text wrapped over the row's lines and joined here.
 */
export function readMultilineTable(block: string[]): string[][] {
	const inner = block.slice(1, -1);
	const at = inner.findIndex(isDashRuns);
	const ranges = rangesOf(inner[at]);
	const groups: string[][] = [inner.slice(0, at), []];
	for (const line of inner.slice(at + 1)) {
		if (!line.trim()) groups.push([]);
		else groups[groups.length - 1].push(line);
	}
	return groups.filter((g) => g.length).map((g) => ranges.map((_, k) => joinWrapped(g.map((l) => cut(l, ranges)[k]))));
}
