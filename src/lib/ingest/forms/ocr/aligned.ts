/**
 * Tables printed without rulings, found by their columns' alignment: text lines (bands of ink) in which
 * wide gaps stand at the same places, line after line. Each such run of lines becomes a Grid whose cells
 * are cut at the gaps all its lines share, so its rows are read as a ruled table's are (cells, digit
 * passes, verification) and never as prose whose numbers no pass confirms. Linear in the page's pixels.
 */
import { spans, strokeAt, type Ink } from './image';
import type { Box, Grid } from './grid';
import type { OcrWord } from './engine';

/** Lines of two columns or more a table needs, one of them a row (not a header). */
const MIN_ROWS = 2;
/** Lines of one column in a row inside a table (a group's heading, a label wrapped onto its next line); more end it. */
const MAX_SINGLE = 2;

interface Band {
	top: number;
	bottom: number;
	/** Columns (x) that hold ink in the band. */
	inked: Uint8Array;
	/** Runs of inked columns separated by a gap wider than a column gap. */
	segments: [number, number][];
	/** Whether it is a header: three characters or more past its first column (a row's unit is one or two: 件, 人次). */
	header: boolean;
	/** Whether the page pass read a digit past its first column: a row of values. */
	values: boolean;
}

/** The page's text lines outside the ruled tables: runs of rows holding a few stroke pixels or more. */
function bands(ink: Ink, ruled: Grid[]): Band[] {
	const { width: w, height: h } = ink;
	const skip = new Uint8Array(h);
	for (const g of ruled) skip.fill(1, Math.max(0, g.box.y - 4), Math.min(h, g.box.y + g.box.height + 4));
	const strokes = new Uint32Array(h);
	for (let y = 0; y + 1 < h; y++) if (!skip[y]) for (let x = 0; x + 1 < w; x++) if (strokeAt(ink, y * w + x)) strokes[y]++;
	return spans(h, (y) => strokes[y] >= 8, 2)
		.filter(([top, last]) => last - top + 1 >= 10)
		.map(([top, last]) => ({ top, bottom: last + 1, inked: inkedColumns(ink, top, last + 1), segments: [], header: false, values: false }));
}

/** Columns with strokes in rows top…bottom: three stroke pixels or more (a speck has fewer). */
function inkedColumns(ink: Ink, top: number, bottom: number): Uint8Array {
	const counts = new Uint16Array(ink.width);
	for (let y = top; y < bottom; y++) for (let x = 0; x + 1 < ink.width; x++) if (strokeAt(ink, y * ink.width + x)) counts[x]++;
	return Uint8Array.from(counts, (n) => (n >= 3 ? 1 : 0));
}

/** How many rows of the band hold strokes between columns x0…x1: a character's height, or a speck's. */
function inkHeight(ink: Ink, band: Band, [x0, x1]: [number, number]): number {
	let rows = 0;
	for (let y = band.top; y < band.bottom && y + 1 < ink.height; y++) {
		for (let x = x0; x <= x1 && x + 1 < ink.width; x++)
			if (strokeAt(ink, y * ink.width + x)) {
				rows++;
				break;
			}
	}
	return rows;
}

/** Runs of inked columns, cut where the gap is at least `gap` wide. */
const segmentsOf = (inked: Uint8Array, gap: number) => spans(inked.length, (x) => inked[x] === 1, gap);

/**
 * Tables without rulings on the page (outside `ruled`): runs of lines close together in two columns or
 * more (a gap wider than one and a half line heights between their inks; prose has none), at least
 * MIN_ROWS of them and one not a header, at most MAX_SINGLE lines of one column in a row between them. A
 * header after rows is the next table's (表二's blocks, one under another, each its own columns). Its
 * columns are cut where no line of two columns or more has ink; each line is a row.
 */
export function alignedGrids(ink: Ink, ruled: Grid[], words: OcrWord[]): Grid[] {
	const lines = bands(ink, ruled);
	if (lines.length < MIN_ROWS) return [];
	const heights = lines.map((b) => b.bottom - b.top).sort((a, b) => a - b);
	const line = heights[heights.length >> 1];
	// A column is as tall as a character: a speck of dust beside a line of prose (a third of a line or less) is no column.
	for (const b of lines) b.segments = segmentsOf(b.inked, 1.5 * line).filter((s) => inkHeight(ink, b, s) > line / 3);
	// Characters and digits of the page pass's words past each line's first column.
	const later = new Map<Band, number>();
	for (const w of words) {
		const [x, y] = [w.x + w.width / 2, w.y + w.height / 2];
		const b = lines.find((l) => y >= l.top && y < l.bottom);
		if (!b || b.segments.length < 2 || x <= b.segments[0][1]) continue;
		later.set(b, (later.get(b) ?? 0) + (w.text.match(/[\u3400-\u9fff]/gu) ?? []).length);
		if (/\d/.test(w.text)) b.values = true;
	}
	for (const [b, n] of later) b.header = n >= 3;
	const grids: Grid[] = [];
	let run: Band[] = [];
	const flush = () => {
		while (run.length && run[run.length - 1].segments.length < 2) run.pop();
		const wide = run.filter((b) => b.segments.length >= 2);
		const grid = wide.length >= MIN_ROWS && wide.some((b) => !b.header) ? gridOf(run, line, ink.height) : null;
		if (grid) grids.push(grid);
		run = [];
	};
	// Lines of one column before a run: a group's heading (三、依申请公开情况 atop a page the table runs on to)
	// when a row of values follows; the table's title (or a part's heading) when anything else does.
	let lead: Band[] = [];
	let singles = 0;
	for (const b of lines) {
		const prev = run[run.length - 1] ?? lead[lead.length - 1];
		if (prev && b.top - prev.bottom > 2 * line) [lead, singles] = [(flush(), []), 0];
		if (b.segments.length >= 2) {
			if (b.header && run.some((r) => r.segments.length >= 2 && !r.header)) flush();
			if (!run.length && b.values) run.push(...lead);
			[lead, singles] = [[], 0];
			run.push(b);
		} else if (run.length && ++singles <= MAX_SINGLE) run.push(b);
		else {
			if (run.length) [lead, singles] = [(flush(), []), 0];
			lead = [...lead, b].slice(-MAX_SINGLE);
		}
	}
	flush();
	return grids;
}

/** A run of lines as a grid: columns cut where no line of two columns or more has ink, each line a row. */
function gridOf(run: Band[], line: number, height: number): Grid | null {
	const wide = run.filter((b) => b.segments.length >= 2);
	const union = new Uint8Array(run[0].inked.length);
	for (const b of wide) for (let x = 0; x < union.length; x++) union[x] |= b.inked[x];
	const columns = segmentsOf(union, 0.8 * line);
	if (columns.length < 2) return null;
	const [left, right] = [Math.max(0, columns[0][0] - 8), Math.min(union.length, columns[columns.length - 1][1] + 8)];
	// Each column reaches halfway into the gaps beside it, so a cell's ink stands clear of its borders.
	const edges = [left, ...columns.slice(1).map(([start], k) => Math.round((columns[k][1] + start) / 2)), right];
	const rows: Box[][] = run.map((b, i) => {
		const above = i > 0 ? Math.round((run[i - 1].bottom + b.top) / 2) : Math.max(0, b.top - 8);
		const below = i + 1 < run.length ? Math.round((b.bottom + run[i + 1].top) / 2) : Math.min(height, b.bottom + 8);
		return edges.slice(1).map((x, k) => ({ x: edges[k], y: above, width: x - edges[k], height: below - above }));
	});
	const [top, bottom] = [rows[0][0].y, rows[rows.length - 1][0].y + rows[rows.length - 1][0].height];
	return { box: { x: left, y: top, width: right - left, height: bottom - top }, rows, rules: [] };
}
