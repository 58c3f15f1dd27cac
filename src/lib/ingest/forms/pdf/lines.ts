/**
 * Lines of one PDF page rebuilt from positioned text runs (pdf.js text items), whatever the layout
 * office software gave them: rotated pages, letter-spaced titles, labels written down a merged cell one
 * character per line, cells of a table row centred half a line off each other.
 */

/** A text run in its reading frame: x along the text, y up the page, in points. */
export interface Item {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

/** A rebuilt line: its text, its baseline and font size (where it stood, for the page's furniture). */
export interface PdfLine {
	text: string;
	y: number;
	size: number;
	/** A table row read from a picture by its grid (ocr.ts): its cells, as an HTML table row has them. */
	cells?: string[];
}

/** A pdf.js text item as its transform places it. */
export interface RawItem {
	str: string;
	transform: number[];
	width: number;
}

/**
 * Runs put into their own reading frame: a page turned by /Rotate or drawn sideways gives runs whose
 * direction is a multiple of 90°, rotated back so their text reads along x. Runs at any other angle
 * (a seal's name around its ring, a diagonal watermark) are not the report's text: returned apart.
 */
export function readingFrame(raw: RawItem[]): { groups: Item[][]; offAxis: string[] } {
	const byTurn = new Map<number, Item[]>();
	const offAxis: string[] = [];
	for (const it of raw) {
		if (it.str.trim() === '') continue;
		const [a, b, c, d, e, f] = it.transform;
		const degrees = (Math.atan2(b, a) * 180) / Math.PI;
		const turn = Math.round(degrees / 90);
		if (Math.abs(degrees - turn * 90) > 2) {
			offAxis.push(it.str);
			continue;
		}
		const [cos, sin] = [Math.round(Math.cos((turn * Math.PI) / 2)), Math.round(Math.sin((turn * Math.PI) / 2))];
		const size = Math.hypot(a, b) || Math.hypot(c, d) || 10;
		const item = { str: it.str, x: e * cos + f * sin, y: f * cos - e * sin, width: it.width, size };
		const key = ((turn % 4) + 4) % 4;
		if (!byTurn.has(key)) byTurn.set(key, []);
		byTurn.get(key)!.push(item);
	}
	return { groups: [...byTurn.values()], offAxis };
}

const CJK = /^[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e“”‘’《》]$/u;

/**
 * Text written down a narrow cell, one character per line (a vertically merged cell's label, such as
 * 表三's 三、本年度办理结果): single CJK characters at one x, each standing apart from its line's other
 * runs, a line's pitch below one another, three or more, with nothing to their left but other such
 * columns (a merged cell heads its rows; a column of one-character units or values stands after a
 * label). Digits are never taken. Each stack is read as one label, at its first character.
 */
export function verticalStacks(items: Item[]): { rest: Item[]; stacks: PdfLine[] } {
	const sameLine = (a: Item, b: Item) => Math.abs(a.y - b.y) < 0.3 * a.size;
	// Items by height, so the runs on an item's line are a window found by binary search, not a scan of the page.
	const byY = [...items].sort((a, b) => a.y - b.y);
	const reach = 0.3 * items.reduce((m, it) => Math.max(m, it.size), 0);
	const onLine = (it: Item) => byY.slice(lowerBound(byY, it.y - reach, (o) => o.y), lowerBound(byY, it.y + reach + 1e-9, (o) => o.y)).filter((o) => o !== it && sameLine(o, it));
	const apart = (it: Item) =>
		CJK.test(it.str.trim()) && !onLine(it).some((o) => Math.abs(o.x - (it.x + it.width)) < 0.3 * it.size || Math.abs(it.x - (o.x + o.width)) < 0.3 * it.size);
	const singles = items.filter(apart).sort((a, b) => a.x - b.x || b.y - a.y);
	const taken = new Set<Item>();
	const stacks: PdfLine[] = [];
	for (const first of singles) {
		if (taken.has(first)) continue;
		const stack = [first];
		// Only singles within a fifth of a size of its x can join: a window of the x-sorted list.
		const to = lowerBound(singles, first.x + 0.2 * first.size, (o) => o.x);
		for (let k = lowerBound(singles, first.x - 0.2 * first.size, (o) => o.x); k < to; k++) {
			const next = singles[k];
			const last = stack[stack.length - 1];
			const step = last.y - next.y;
			if (!taken.has(next) && Math.abs(next.x - first.x) < 0.2 * first.size && step >= 0.8 * first.size && step <= 2.5 * first.size) stack.push(next);
		}
		if (stack.length < 3) continue;
		const leads = stack.every((ch) => onLine(ch).every((o) => taken.has(o) || o.x >= ch.x));
		if (!leads) continue;
		stack.forEach((it) => taken.add(it));
		stacks.push({ text: stack.map((it) => it.str.trim()).join(''), y: first.y, size: first.size });
	}
	return { rest: items.filter((it) => !taken.has(it)), stacks };
}

/** The first index of a list sorted by `key` whose key is not below `value`. */
function lowerBound<T>(list: T[], value: number, key: (t: T) => number): number {
	let [lo, hi] = [0, list.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(list[mid]) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Letter spacing as pdf.js gives it (one item, a space between characters): three or more single
 * characters one space apart, two of them Chinese ("政 府 信 息", "2 0 2 3 年 政 府"). Digits alone
 * ("0 0 0", a row's one-digit cells) are never joined.
 */
const SPACED = /(?<![^\s])(?:[\u3400-\u9fff\u3000-\u303f“”《》\d] ){2,}[\u3400-\u9fff\u3000-\u303f“”《》\d](?![^\s])/gu;
const HAN = /[\u3400-\u9fff]/u;
export const unspaced = (text: string) => text.replace(SPACED, (m) => ([...m].filter((ch) => HAN.test(ch)).length >= 2 ? m.replace(/ /g, '') : m));

/**
 * Groups positioned items into lines, top to bottom, each left to right, spaced as the gaps say; a label
 * written down a cell is a line of its own just before the line its first character stood on.
 */
export function groupLines(items: Item[]): PdfLine[] {
	const { rest, stacks } = verticalStacks(items);
	const lines = rowsOf(rest).map((line) => ({ text: unspaced(joinRuns(line)), y: line[0].y, size: sizeOf(line) }));
	for (const stack of stacks) {
		const at = lines.findIndex((l) => l.y <= stack.y + 0.3 * stack.size);
		lines.splice(at < 0 ? lines.length : at, 0, stack);
	}
	return lines;
}

/** Items into lines by baseline (within a third of their size), top to bottom; then centred cells joined into their rows. */
function rowsOf(items: Item[]): Item[][] {
	const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: Item[][] = [];
	for (const it of sorted) {
		const line = lines[lines.length - 1];
		const tolerance = Math.max(2, 0.3 * Math.min(it.size, line?.[0].size ?? it.size));
		if (line && Math.abs(line[0].y - it.y) <= tolerance) line.push(it);
		else lines.push([it]);
	}
	return centredRows(lines);
}

/**
 * Runs of one line left to right: a gap of an em or more (cells at column positions) is two spaces, a
 * third of an em one. A line of three or more single characters, two of them Chinese, at one step less
 * than an em apart is letter-spaced (a title spread across the page): its characters are one word.
 */
function joinRuns(line: Item[]): string {
	line.sort((a, b) => a.x - b.x);
	const gaps = line.slice(1).map((it, i) => it.x - (line[i].x + line[i].width));
	const size = sizeOf(line);
	const spread = line.length >= 3 && line.every((it) => [...it.str.trim()].length === 1) && line.filter((it) => HAN.test(it.str)).length >= 2;
	if (spread && gaps.every((g) => g < size && Math.abs(g - gaps[0]) < 0.1 * size)) return line.map((it) => it.str.trim()).join('');
	let text = '';
	line.forEach((it, i) => {
		const prev = line[i - 1];
		const gap = prev ? it.x - (prev.x + prev.width) : 0;
		if (prev && gap >= prev.size) text += '  ';
		else if (prev && gap > prev.size / 3) text += ' ';
		text += it.str;
	});
	return text;
}

const isNumber = (s: string) => /^[-—]?\d+(\.\d+)?$/.test(s.trim());

/**
 * Lines closer than 0.9 of their font size cannot be two lines of one column of text: they are cells of
 * one table row, some centred half a line off the others (a label wrapped over two lines, its values
 * centred between them; header words on two lines beside a one-line header). Such a band of lines is
 * read as rows: each line holding numbers takes the lines less than 0.9 of a size from it (a cell merged
 * down several rows can chain rows into one band, and those stay rows of their own); a band without
 * numbers (header cells) is one row. A row is joined cell by cell: runs that overlap in x are one cell,
 * read top to bottom; one that would put two numbers in a cell is left as its lines.
 */
function centredRows(lines: Item[][]): Item[][] {
	const out: Item[][] = [];
	let band: Item[][] = [];
	const flush = () => {
		for (const row of rowsOfBand(band)) out.push(row);
		band = [];
	};
	for (const line of lines) {
		const prev = band[band.length - 1];
		if (prev && prev[0].y - line[0].y >= 0.9 * sizeOf([...line, ...prev])) flush();
		band.push(line);
	}
	flush();
	return out;
}

const sizeOf = (items: Item[]) => items.reduce((m, it) => Math.min(m, it.size), Infinity);

function rowsOfBand(band: Item[][]): Item[][] {
	if (band.length < 2) return band;
	const numbered = band.filter((line) => line.some((it) => isNumber(it.str)));
	if (numbered.length === 0) {
		const merged = mergeLines(band);
		return merged ? [merged] : band;
	}
	const owner = new Map<Item[], Item[]>();
	for (const line of band) {
		if (numbered.includes(line)) continue;
		const near = numbered.filter((v) => Math.abs(v[0].y - line[0].y) < 0.9 * sizeOf([...v, ...line])).sort((a, b) => Math.abs(a[0].y - line[0].y) - Math.abs(b[0].y - line[0].y))[0];
		if (near) owner.set(line, near);
	}
	const out: Item[][] = [];
	for (const line of band) {
		if (owner.has(line)) continue;
		if (!numbered.includes(line)) {
			out.push(line);
			continue;
		}
		const group = band.filter((l) => l === line || owner.get(l) === line);
		const merged = mergeLines(group);
		if (merged) out.push(merged);
		else for (const line of group) out.push(line);
	}
	return out;
}

/** Lines as one row, cell by cell; null where a cell would hold two numbers (two rows, not one). */
function mergeLines(band: Item[][]): Item[] | null {
	const cells: Item[][] = [];
	for (const it of band.flat().sort((a, b) => a.x - b.x)) {
		const cell = cells.find((c) => c.some((o) => it.x < o.x + o.width - 0.1 * o.size && o.x < it.x + it.width - 0.1 * it.size));
		if (cell) cell.push(it);
		else cells.push([it]);
	}
	if (cells.some((c) => c.filter((it) => isNumber(it.str)).length > 1)) return null;
	const top = band[0][0].y;
	return cells.map((c) => {
		c.sort((a, b) => b.y - a.y || a.x - b.x);
		const x = c.reduce((m, it) => Math.min(m, it.x), Infinity);
		const right = c.reduce((m, it) => Math.max(m, it.x + it.width), -Infinity);
		return { str: c.map((it) => it.str).join(''), x, y: top, width: right - x, size: c[0].size };
	});
}
