/**
 * Tables in a page picture found by their ruling lines, not by what OCR makes of them (Tesseract reads a
 * ruling as "|", "1" or "10"): horizontal lines are long runs of ink along a row, a table is a stack of
 * them spanning the same width, and each row band between two lines is cut into cells where ink runs
 * down the whole band (so a row with merged cells has its own cuts). Linear in the page's pixels.
 */
import { strokeAt, type Grey, type Ink } from './image';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One table: its box, and its rows top to bottom, each its cells left to right. */
export interface Grid {
	box: Box;
	rows: Box[][];
	/** Ruling lines to erase before recognition: x or y, thickness, extent. */
	rules: Box[];
}

interface Rule {
	y0: number;
	y1: number;
	x0: number;
	x1: number;
}

/** Horizontal rulings: rows (with the row below, a line a little off level) holding a run of ink at least `min` long. */
function horizontalRules(ink: Ink, min: number): Rule[] {
	const { width: w, height: h, data } = ink;
	const rules: Rule[] = [];
	for (let y = 0; y + 1 < h; y++) {
		let [best0, best1, start, gap] = [0, -1, -1, 0];
		for (let x = 0; x <= w; x++) {
			const on = x < w && (data[y * w + x] || data[(y + 1) * w + x]);
			if (on) {
				if (start < 0) start = x;
				gap = 0;
			} else if (start >= 0 && (++gap > 4 || x === w)) {
				// A run still open at the row's end closes there: a spreadsheet's gridlines run to the screenshot's edge.
				const end = x - gap;
				if (end - start > best1 - best0) [best0, best1] = [start, end];
				start = -1;
				gap = 0;
			}
		}
		if (best1 - best0 < min) continue;
		const last = rules[rules.length - 1];
		if (last && y - last.y1 <= 2) {
			last.y1 = y + 1;
			last.x0 = Math.min(last.x0, best0);
			last.x1 = Math.max(last.x1, best1);
		} else rules.push({ y0: y, y1: y + 1, x0: best0, x1: best1 });
	}
	return rules.filter((r) => r.y1 - r.y0 <= 12);
}

/** Ink share along a ruling under which the rows just above and below it are paper: rulings crossing it, a stroke touching it. */
const CLEAR = 0.08;

/** Whether the rows a few pixels above and below a ruling are paper along it (a line, not a row of text). */
function clearAround(ink: Ink, r: Rule): boolean {
	const share = (y: number) => {
		if (y < 0 || y >= ink.height) return 0;
		let n = 0;
		for (let x = r.x0; x <= r.x1; x++) n += ink.data[y * ink.width + x];
		return n / (r.x1 - r.x0 + 1);
	};
	const side = (from: number, step: number) => (share(from) + share(from + step) + share(from + 2 * step)) / 3;
	return side(r.y0 - 3, -1) < CLEAR && side(r.y1 + 3, 1) < CLEAR;
}

/** Columns of a row band that are ink from top to bottom (but for a few pixels): its vertical rulings. */
function verticalCuts(ink: Ink, x0: number, x1: number, top: number, bottom: number): [number, number][] {
	const { width: w, data } = ink;
	const height = bottom - top;
	const cuts: [number, number][] = [];
	for (let x = Math.max(0, x0 - 6); x <= Math.min(w - 1, x1 + 6); x++) {
		let n = 0;
		for (let y = top; y < bottom; y++) if (data[y * w + x] || data[y * w + x - 1] || data[y * w + x + 1]) n++;
		if (n < 0.9 * height) continue;
		const last = cuts[cuts.length - 1];
		if (last && x - last[1] <= 2) last[1] = x;
		else cuts.push([x, x]);
	}
	return cuts;
}

/**
 * The ruled tables of a page, top to bottom. `faint` (ink a little darker than its paper: image.ts
 * ruleInk) adds the rulings the text ink lost or never had (a half-point line scanned at 200 dpi breaks
 * into dashes at Otsu's threshold, and two rows were read as one; a spreadsheet's grey grid is not there
 * at all), and the tables' rows are cut in it. A ruling found only in it must be a line, paper above and
 * below it: in that ink a line of small dense text has long runs too.
 */
export function findGrids(ink: Ink, faint: Ink = ink): Grid[] {
	const min = Math.max(100, 0.2 * ink.width);
	const strong = horizontalRules(ink, min);
	const more = faint === ink ? [] : horizontalRules(faint, min).filter((r) => !strong.some((s) => s.y0 <= r.y1 + 2 && r.y0 <= s.y1 + 2) && clearAround(ink, r));
	const rules = [...strong, ...more].sort((a, b) => a.y0 - b.y0);
	const grids: Grid[] = [];
	let stack: Rule[] = [];
	// A table's rulings lie within its outer border (its top one, the first): a ruling under merged cells
	// (表四's result names, below 未经复议直接起诉 and not under 行政复议's names merged down two rows) spans
	// only the columns it closes, and the table goes on below it.
	const tol = 0.03 * ink.width;
	// Rulings further apart than an eighth of the page are two tables' (a picture of one short table, 表四's two
	// rows, is all rows: half an inch at reading size is never too far).
	const apart = Math.max(0.12 * ink.height, 150);
	const sameTable = (top: Rule, last: Rule, r: Rule) => r.x0 > top.x0 - tol && r.x1 < top.x1 + tol && r.y0 - last.y1 < apart;
	const flush = () => {
		for (const g of gridsOf(faint, stack)) grids.push(g);
		stack = [];
	};
	for (const r of rules) {
		if (stack.length && !sameTable(stack[0], stack[stack.length - 1], r)) flush();
		stack.push(r);
	}
	flush();
	return grids;
}

/**
 * The tables of a stack of rulings: each band between two rulings with vertical cuts is a row; a band
 * without (a heading between two tables of one width) ends one table, and the next starts below it.
 */
function gridsOf(ink: Ink, ruled: Rule[]): Grid[] {
	const x0 = ruled.reduce((m, l) => Math.min(m, l.x0), Infinity);
	const x1 = ruled.reduce((m, l) => Math.max(m, l.x1), -Infinity);
	const lines = withOpenEnds(ink, ruled, x0, x1);
	const ruling = (l: Rule): Box => ({ x: x0 - 4, y: l.y0 - 1, width: x1 - x0 + 8, height: l.y1 - l.y0 + 3 });
	// Each table as its bands (rows) and the rulings between them; cuts are kept once the table is whole.
	type Band = { top: number; bottom: number; cuts: [number, number][]; below: Rule };
	const tables: { first: Rule; last: Rule; bands: Band[]; rules: Box[] }[] = [];
	let table: (typeof tables)[number] | null = null;
	for (let i = 0; i + 1 < lines.length; i++) {
		const [top, bottom] = [lines[i].y1 + 2, lines[i + 1].y0 - 2];
		// Two rulings a few pixels apart are one line scanned thick or blurred (JPEG): no row between them, and no end of the table.
		if (bottom - top < 8) {
			table?.rules.push(ruling(lines[i + 1]));
			continue;
		}
		const cuts = verticalCuts(ink, x0, x1, top, bottom);
		if (cuts.length < 2) {
			table = null;
			continue;
		}
		if (!table) tables.push((table = { first: lines[i], last: lines[i + 1], bands: [], rules: [ruling(lines[i])] }));
		table.rules.push(ruling(lines[i + 1]));
		table.bands.push({ top, bottom, cuts, below: lines[i + 1] });
		table.last = lines[i + 1];
	}
	return tables.map(({ first, last, bands, rules }) => {
		withOpenSides(ink, bands, x0, x1);
		const grid: Grid = { box: { x: x0, y: first.y0, width: x1 - x0, height: last.y1 - first.y0 }, rows: [], rules };
		// Cells no ruling closes below (a name merged down two rows, 表四's 结果维持) go on into the band below, whole.
		let open: Box[] = [];
		for (const { top, bottom, cuts: all, below } of bands) {
			const cuts = all.filter((c) => shared(c, bands));
			grid.rules.push(...cuts.map(([a, b]) => ({ x: a - 2, y: top - 2, width: b - a + 5, height: bottom - top + 4 })));
			const row: Box[] = [];
			const cells = cuts.slice(1).map((c, k) => ({ x: cuts[k][1] + 1, y: top, width: c[0] - cuts[k][1] - 1, height: bottom - top }));
			for (const cell of cells) {
				const above = open.find((o) => Math.abs(o.x - cell.x) <= 6 && Math.abs(o.x + o.width - cell.x - cell.width) <= 6);
				if (above) above.height = bottom - above.y;
				else row.push(cell);
			}
			if (row.length) grid.rows.push(row);
			open = [...open.filter((o) => o.y + o.height === bottom), ...row].filter((c) => !closed(ink, c, below));
		}
		return grid;
	});
}

/**
 * A screenshot cut through a spreadsheet's gridlines may leave its first or last row without the ruling
 * above or below it: its vertical rulings run on to the picture's edge. The band between the outer ruling
 * and that edge is a row where its columns are cut there and it holds text, and it is no taller than three
 * of the table's rows: the edge closes it. A table on a page (its rulings end where it does) has none.
 */
function withOpenEnds(ink: Ink, lines: Rule[], x0: number, x1: number): Rule[] {
	if (lines.length < 3) return lines;
	const [first, last] = [lines[0], lines[lines.length - 1]];
	const row = (3 * (last.y0 - first.y1)) / (lines.length - 1);
	const edge = (y: number): Rule => ({ y0: y, y1: y, x0, x1 });
	const isRow = (top: number, bottom: number) => {
		if (bottom - top < 8 || bottom - top > row) return false;
		const cuts = verticalCuts(ink, x0, x1, top, bottom);
		return cuts.slice(1).some((c, k) => holdsInk(ink, { x: cuts[k][1] + 1, y: top, width: c[0] - cuts[k][1] - 1, height: bottom - top }));
	};
	const above = isRow(0, first.y0 - 2) ? [edge(0)] : [];
	const below = isRow(last.y1 + 2, ink.height - 1) ? [edge(ink.height - 1)] : [];
	return [...above, ...lines, ...below];
}

/**
 * A table whose rulings run on past its last (or first) vertical one has an open side: drawn without
 * outer borders, or cut from a spreadsheet's screenshot through its gridlines. Where text stands in that
 * strip in half its rows or more, the strip is a column, closed where the rulings end, in every row (a row
 * whose cell there is empty keeps it: its other values stay in their columns). An empty strip (a wider
 * line above the table) is none.
 */
function withOpenSides(ink: Ink, bands: { top: number; bottom: number; cuts: [number, number][] }[], x0: number, x1: number) {
	const inked = (from: number, to: number) => bands.filter((b) => to - from > 8 && holdsInk(ink, { x: from, y: b.top, width: to - from, height: b.bottom - b.top })).length;
	const right = bands.reduce((m, b) => Math.max(m, b.cuts[b.cuts.length - 1][1]), -Infinity);
	const left = bands.reduce((m, b) => Math.min(m, b.cuts[0][0]), Infinity);
	const open = { right: 2 * inked(right + 1, x1) >= bands.length, left: 2 * inked(x0, left) >= bands.length };
	for (const b of bands) {
		if (open.right) b.cuts.push([x1, x1]);
		if (open.left) b.cuts.unshift([x0, x0]);
	}
}

/**
 * Whether a ruling closes a cell: ink along four fifths of the cell's width at the ruling's height (a line
 * of text across it, the two lines of a name merged down two rows, leaves gaps between its strokes).
 */
function closed(ink: Ink, cell: Box, r: Rule): boolean {
	let n = 0;
	for (let x = cell.x; x < cell.x + cell.width; x++) {
		for (let y = Math.max(0, r.y0 - 1); y <= Math.min(ink.height - 1, r.y1 + 1); y++) {
			if (!ink.data[y * ink.width + x]) continue;
			n++;
			break;
		}
	}
	return 5 * n >= 4 * cell.width;
}

/**
 * Whether a cut is a ruling of its table: in a table of three rows or more, at least half of its rows are
 * cut there (a table's columns run down it; a merged cell has fewer cuts, never more). A column of a row
 * dark from top to bottom in no other row is a digit between JPEG's blocks: cut there, its row's values
 * moved a column and were published under another column's name.
 */
function shared([a, b]: [number, number], bands: { cuts: [number, number][] }[]): boolean {
	if (bands.length < 3) return true;
	const near = bands.filter((band) => band.cuts.some(([c, d]) => c <= b + 6 && d >= a - 6)).length;
	return 2 * near >= bands.length;
}

/** The page with the tables' rulings painted over as paper, so recognition sees only the cells' text. */
export function withoutRules(g: Grey, grids: Grid[]): Grey {
	const data = g.data.slice();
	for (const r of grids.flatMap((grid) => grid.rules))
		for (let y = Math.max(0, r.y); y < Math.min(g.height, r.y + r.height); y++) data.fill(255, y * g.width + Math.max(0, r.x), y * g.width + Math.min(g.width, r.x + r.width));
	return { ...g, data };
}

/**
 * Whether a cell holds anything: ink pixels with ink to their right and below (a stroke), not lone specks
 * of scanner dust, away from the cell's edges. A dozen is a thin 1 set small (6 points in a 200 dpi
 * picture); at 25 such a 1, 2 or 3 was taken for an empty cell and published as left blank (未填报),
 * where a cell with ink nothing reads is unread.
 */
export function holdsInk(ink: Ink, cell: Box): boolean {
	const w = ink.width;
	let n = 0;
	for (let y = cell.y + 3; y < cell.y + cell.height - 4; y++)
		for (let x = cell.x + 4; x < cell.x + cell.width - 5; x++) if (strokeAt(ink, y * w + x)) n++;
	return n >= 12;
}

/** The least and the most of a page's numbers, in a loop: a page may hold more words than a call takes arguments. */
export const least = (xs: number[]) => xs.reduce((a, b) => Math.min(a, b), Infinity);
export const most = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);

export const centre = (w: Box) => ({ x: w.x + w.width / 2, y: w.y + w.height / 2 });
export const inside = (c: { x: number; y: number }, b: Box) => c.x >= b.x && c.x < b.x + b.width && c.y >= b.y && c.y < b.y + b.height;
/** Whether a box stands level with a table (its middle between the table's top and bottom rulings) and outside it: in the margin beside its rows. */
export function besideGrid(b: Box, grids: Grid[]): boolean {
	const c = centre(b);
	return grids.some((g) => c.y > g.box.y && c.y < g.box.y + g.box.height && !inside(c, g.box));
}
