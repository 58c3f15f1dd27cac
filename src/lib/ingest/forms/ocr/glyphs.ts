/**
 * The shapes of a value cell's digits, so a number can be checked against digits the template's sums
 * confirmed elsewhere in the same document (verify.ts): one table is set in one type, so a 7 the sums
 * proved looks like every other 7 of it. A glyph is a run of connected strokes at least half as tall as
 * the cell's tallest (a decimal point, a dash or a speck is not one); runs one above the other (a 5 whose
 * bar broke off) are one glyph. Its shape is its ink sampled on a fixed grid, with its width to height.
 * DigitShapes holds the shapes of digits taken as known and reads other glyphs by the nearest of them.
 */
import type { Ink } from './image';
import type { Box } from './grid';

const [COLUMNS, ROWS] = [8, 12];
/** Cells of more glyphs than this are not compared (no number in the templates is this long). */
const MAX_GLYPHS = 12;

/** A glyph's shape: ROWS×COLUMNS ink shares (0–15, one hex digit each), then its width to height (×8, 0–15). */
export type Shape = string;

interface Run {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	pixels: number[];
}

/** Connected runs of ink (8 neighbours) inside the box, by an explicit stack: linear in the box's pixels. */
function runs(ink: Ink, box: Box): Run[] {
	const { width: w, data } = ink;
	const [bx1, by1] = [Math.min(w, box.x + box.width), Math.min(ink.height, box.y + box.height)];
	const [bx0, by0] = [Math.max(0, box.x), Math.max(0, box.y)];
	const seen = new Uint8Array((bx1 - bx0) * (by1 - by0));
	const at = (x: number, y: number) => (y - by0) * (bx1 - bx0) + (x - bx0);
	const out: Run[] = [];
	for (let y = by0; y < by1; y++)
		for (let x = bx0; x < bx1; x++) {
			if (!data[y * w + x] || seen[at(x, y)]) continue;
			const run: Run = { x0: x, y0: y, x1: x, y1: y, pixels: [] };
			const stack = [x, y];
			seen[at(x, y)] = 1;
			while (stack.length) {
				const py = stack.pop()!;
				const px = stack.pop()!;
				run.pixels.push(py * w + px);
				[run.x0, run.x1, run.y0, run.y1] = [Math.min(run.x0, px), Math.max(run.x1, px), Math.min(run.y0, py), Math.max(run.y1, py)];
				for (let dy = -1; dy <= 1; dy++)
					for (let dx = -1; dx <= 1; dx++) {
						const [nx, ny] = [px + dx, py + dy];
						if (nx < bx0 || ny < by0 || nx >= bx1 || ny >= by1 || seen[at(nx, ny)] || !data[ny * w + nx]) continue;
						seen[at(nx, ny)] = 1;
						stack.push(nx, ny);
					}
			}
			// A lone speck is dust, not part of a digit.
			if (run.pixels.length >= 4) out.push(run);
		}
	return out;
}

/** The glyphs of a cell's ink box, line by line and left to right, as shapes; null when there are none or too many to compare. */
export const glyphShapes = (ink: Ink, box: Box): Shape[] | null => shapesOf(ink, glyphRuns(ink, box));

/** A value cell's glyphs as shapes (glyphShapes) and the point among them (pointOf), its ink's runs found once. */
export function cellGlyphs(ink: Ink, box: Box): { shapes: Shape[] | null; point: number | null } {
	const found = glyphRuns(ink, box);
	return { shapes: shapesOf(ink, found), point: pointOf(found) };
}

function shapesOf(ink: Ink, { lines }: GlyphRuns): Shape[] | null {
	const glyphs = lines.flat();
	if (glyphs.length === 0 || glyphs.length > MAX_GLYPHS) return null;
	return glyphs.map((g) => shapeOf(ink.width, g));
}

/**
 * Where a cell's ink holds a point: a run no wider or taller than a third of its glyphs, low on their line
 * (its centre in their lowest third), between two of them. Returns how many glyphs stand before it, or null.
 * Tesseract drops a point of 五号 type now and then, both passes alike and sure (1.5 read as 15): a
 * reading without the point the ink has is not taken on its confidence or its shapes.
 */
function pointOf({ lines, small }: GlyphRuns): number | null {
	const count = lines.reduce((n, l) => n + l.length, 0);
	// No number is longer than MAX_GLYPHS: a cell of more is no number, and each run is placed among at most that many.
	if (count < 2 || count > MAX_GLYPHS) return null;
	let before = 0;
	for (const glyphs of lines) {
		const [top, bottom] = [glyphs.reduce((y, g) => Math.min(y, g.y0), Infinity), glyphs.reduce((y, g) => Math.max(y, g.y1), -Infinity)];
		const third = (bottom - top + 1) / 3;
		for (const r of small) {
			if (r.x1 - r.x0 + 1 > third || r.y1 - r.y0 + 1 > third || (r.y0 + r.y1) / 2 < bottom - third || r.y0 > bottom) continue;
			const cx = (r.x0 + r.x1) / 2;
			const after = glyphs.findIndex((g) => g.x0 > cx);
			if (after > 0 && glyphs[after - 1].x1 < cx) return before + after;
		}
		before += glyphs.length;
	}
	return null;
}

/**
 * A cell's runs of ink: its glyphs (runs over one another joined, at least half the tallest) by lines, top
 * to bottom, each left to right, and the smaller runs. A number too long for its cell wraps (Word breaks
 * 201 into 20 over 1): read left to right whatever the line, its 1 stood between its 2 and its 0, and 201
 * was read 210 (and 267 as 276 in the same row, so its total held).
 */
type GlyphRuns = { lines: Run[][]; small: Run[] };
function glyphRuns(ink: Ink, box: Box): GlyphRuns {
	const height = (r: Run) => r.y1 - r.y0 + 1;
	const lines = linesOf(runs(ink, box)).map((line) => {
		// Runs over one another (their columns mostly shared) are one glyph: a 5 whose bar broke off.
		const merged: Run[] = [];
		for (const r of line.sort((a, b) => a.x0 - b.x0)) {
			const last = merged[merged.length - 1];
			const shared = last ? Math.min(last.x1, r.x1) - Math.max(last.x0, r.x0) + 1 : 0;
			if (last && shared >= 0.5 * Math.min(last.x1 - last.x0 + 1, r.x1 - r.x0 + 1)) {
				[last.x0, last.x1, last.y0, last.y1] = [Math.min(last.x0, r.x0), Math.max(last.x1, r.x1), Math.min(last.y0, r.y0), Math.max(last.y1, r.y1)];
				for (const p of r.pixels) last.pixels.push(p);
			} else merged.push(r);
		}
		return merged;
	});
	const tallest = lines.reduce((h, line) => line.reduce((m, r) => Math.max(m, height(r)), h), 0);
	const glyph = (r: Run) => height(r) >= tallest / 2;
	return { lines: lines.map((line) => line.filter(glyph)).filter((line) => line.length > 0), small: lines.flatMap((line) => line.filter((r) => !glyph(r))) };
}

/**
 * A cell's runs in lines, top to bottom: bands of rows with ink, two bands apart only where each holds a
 * run at least as tall as it is wide and half as tall as the tallest (a digit: a 0 broken into its upper and lower halves, or a 5's bar
 * broken off, is wider than tall) and paper a quarter of the smaller band's height lies between them (a 1
 * broken across its stem is one glyph).
 */
function linesOf(found: Run[]): Run[][] {
	const bands: { y0: number; y1: number; runs: Run[] }[] = [];
	for (const r of found.sort((a, b) => a.y0 - b.y0)) {
		const last = bands[bands.length - 1];
		if (last && r.y0 <= last.y1 + 1) {
			last.y1 = Math.max(last.y1, r.y1);
			last.runs.push(r);
		} else bands.push({ y0: r.y0, y1: r.y1, runs: [r] });
	}
	const tallest = found.reduce((h, r) => Math.max(h, r.y1 - r.y0), 0);
	const digitLike = (band: { runs: Run[] }) => band.runs.some((r) => r.y1 - r.y0 >= r.x1 - r.x0 && 2 * (r.y1 - r.y0) >= tallest);
	const out: typeof bands = [];
	for (const band of bands) {
		const last = out[out.length - 1];
		const apart = last && digitLike(last) && digitLike(band) && band.y0 - last.y1 - 1 >= 0.25 * Math.min(last.y1 - last.y0 + 1, band.y1 - band.y0 + 1);
		if (last && !apart) {
			last.y1 = Math.max(last.y1, band.y1);
			for (const r of band.runs) last.runs.push(r);
		} else out.push(band);
	}
	return out.map((band) => band.runs);
}

/**
 * A glyph's ink shares on the grid: each grid cell covers its span of the glyph's box (at least one pixel,
 * so a stem three pixels wide fills its columns instead of leaving every other one empty).
 */
function shapeOf(width: number, g: Run): Shape {
	const [w, h] = [g.x1 - g.x0 + 1, g.y1 - g.y0 + 1];
	const mask = new Uint8Array(w * h);
	for (const p of g.pixels) mask[(Math.floor(p / width) - g.y0) * w + (p % width) - g.x0] = 1;
	const span = (i: number, cells: number, size: number) => {
		const from = Math.min(size - 1, Math.floor((i * size) / cells));
		return [from, Math.max(from + 1, Math.ceil(((i + 1) * size) / cells))];
	};
	let s = '';
	for (let gy = 0; gy < ROWS; gy++) {
		const [y0, y1] = span(gy, ROWS, h);
		for (let gx = 0; gx < COLUMNS; gx++) {
			const [x0, x1] = span(gx, COLUMNS, w);
			let inked = 0;
			for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) inked += mask[y * w + x];
			s += Math.round((15 * inked) / ((y1 - y0) * (x1 - x0))).toString(16);
		}
	}
	return s + Math.min(15, Math.round((8 * w) / h)).toString(16);
}

/**
 * How far apart two shapes are: the mean difference of their blurred ink shares, with their proportions
 * (0 alike, 1 opposite). Blurred, a digit lies nearer its own kind against other digits than unblurred
 * (measured below, ShapeRule).
 */
export const shapeDistance = (a: Shape, b: Shape): number => apart(blurred(a), blurred(b));

/** A shape as compared: each grid cell the mean of its 3×3 neighbourhood (a stroke a cell off still overlaps), its width to height last. */
function blurred(shape: Shape): Float32Array {
	const out = new Float32Array(COLUMNS * ROWS + 1);
	for (let y = 0; y < ROWS; y++)
		for (let x = 0; x < COLUMNS; x++) {
			let [sum, n] = [0, 0];
			for (let yy = Math.max(0, y - 1); yy <= Math.min(ROWS - 1, y + 1); yy++)
				for (let xx = Math.max(0, x - 1); xx <= Math.min(COLUMNS - 1, x + 1); xx++) [sum, n] = [sum + parseInt(shape[yy * COLUMNS + xx], 16), n + 1];
			out[y * COLUMNS + x] = sum / n;
		}
	out[COLUMNS * ROWS] = parseInt(shape[COLUMNS * ROWS], 16);
	return out;
}

/** The mean difference of two blurred shapes. */
const apart = (x: Float32Array, y: Float32Array) => {
	let d = 0;
	for (let i = 0; i < x.length; i++) d += Math.abs(x[i] - y[i]);
	return d / (15 * x.length);
};

/** Shapes of each digit kept (the first ones): reading a glyph stays linear in the cells. */
const KEPT = 64;

/**
 * How sure a reading by shapes must be: a glyph is the digit whose known shapes are nearest when it is at
 * most `near` from one of them (shapeDistance), every other digit's are more than `apart` times farther,
 * and that digit has at least `known` shapes. Measured on the made-up scans (240 digits of 208 numbers
 * both passes read surely, 2019 model and 2008 appendix, Noto Sans CJK digits scanned at 200 dpi): a
 * digit's nearest of its own kind was 0.032 away in the median, 0.063 for 95% and 0.089 at most; digits
 * of two kinds were never nearer than 0.117 (a 6 and an 8), 0.118 (0 and 8), 0.119 (5 and 6). So to
 * publish, `near` stays well under 0.117: a digit whose kind has no known shapes is not taken for another.
 */
export interface ShapeRule {
	near: number;
	apart: number;
	known: number;
}

/** To vote among the readings of one picture (a sum must still confirm a value only its shapes read). */
export const VOTE: ShapeRule = { near: 0.12, apart: 1.5, known: 1 };
/** To publish a number Tesseract read but no sum confirmed: nearer, and only as a digit confirmed twice or more. */
export const PUBLISH: ShapeRule = { near: 0.07, apart: 1.5, known: 2 };

/** The shapes of a document's (or a picture's) digits taken as known, and glyphs read by the nearest of them. */
export class DigitShapes {
	/** Each digit's known shapes, blurred once as they are added. */
	private readonly byDigit = new Map<string, Float32Array[]>();

	/** A number's digits and their shapes, one for one (others are ignored). */
	add(text: string, shapes: Shape[] | undefined | null): void {
		if (!shapes || shapes.length !== text.length || !/^\d+$/.test(text)) return;
		shapes.forEach((shape, i) => {
			const known = this.byDigit.get(text[i]) ?? this.byDigit.set(text[i], []).get(text[i])!;
			if (known.length < KEPT) known.push(blurred(shape));
		});
	}

	/** The number the glyphs are, each the digit nearest to it as surely as `rule` asks; null where one is not. */
	read(shapes: Shape[] | undefined | null, rule: ShapeRule): string | null {
		if (!shapes?.length) return null;
		let out = '';
		for (const shape of shapes) {
			const glyph = blurred(shape);
			let [best, near, next] = ['', Infinity, Infinity];
			for (const [digit, known] of this.byDigit) {
				const d = known.reduce((m, s) => Math.min(m, apart(glyph, s)), Infinity);
				if (d < near) [best, near, next] = [digit, d, near];
				else next = Math.min(next, d);
			}
			if (near > rule.near || next <= rule.apart * near || this.byDigit.get(best)!.length < rule.known) return null;
			out += best;
		}
		return out;
	}
}
