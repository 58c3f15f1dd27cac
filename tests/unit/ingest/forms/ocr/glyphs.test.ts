import { describe, expect, it } from 'vitest';
import { cellGlyphs, DigitShapes, glyphShapes, PUBLISH, shapeDistance, VOTE } from '../../../../../src/lib/ingest/forms/ocr/glyphs';
import type { Ink } from '../../../../../src/lib/ingest/forms/ocr/image';

type Rect = [number, number, number, number];

/** Ink of the given size with the rectangles (x, y, width, height) inked. */
function ink(width: number, height: number, rects: Rect[]): Ink {
	const data = new Uint8Array(width * height);
	for (const [x, y, w, h] of rects) for (let r = y; r < y + h; r++) data.fill(1, r * width + x, r * width + x + w);
	return { width, height, data };
}

// Block digits 12 px wide and 20 tall, drawn at x: a 1 (a stem), a 0 (a ring), a 7 (a bar and a stem on the right), an 8 (a ring with a waist).
const one = (x: number, y = 5): Rect[] => [[x + 5, y, 3, 20]];
const zero = (x: number, y = 5): Rect[] => [[x, y, 12, 3], [x, y + 17, 12, 3], [x, y, 3, 20], [x + 9, y, 3, 20]];
const seven = (x: number, y = 5): Rect[] => [[x, y, 12, 3], [x + 9, y, 3, 20]];
const eight = (x: number, y = 5): Rect[] => [...zero(x, y), [x, y + 9, 12, 3]];

describe('digit shapes', () => {
	it('cuts a cell into its digits left to right, leaving out a decimal point and a speck', () => {
		const cell = ink(100, 30, [...one(5), ...zero(25), [42, 23, 3, 3], ...seven(50), [80, 10, 1, 1]]);
		const shapes = glyphShapes(cell, { x: 0, y: 0, width: 100, height: 30 })!;
		expect(shapes).toHaveLength(3);
		expect(shapeDistance(shapes[0], shapes[1])).toBeGreaterThan(0.2);
	});

	it('reads a number wrapped in its cell line by line (Word breaks 801 into 80 over 1): its 1 below, between the 8 and the 0, comes last', () => {
		const box = { x: 0, y: 0, width: 60, height: 60 };
		const wrapped = ink(60, 60, [...eight(5), ...zero(20), ...one(12, 33)]);
		const known = new DigitShapes();
		known.add('801', glyphShapes(ink(60, 30, [...eight(5), ...zero(20), ...one(35)]), box));
		expect(known.read(glyphShapes(wrapped, box), VOTE)).toBe('801');
		// A 1 broken across its stem, a little paper between its halves, is one digit, not two lines.
		expect(glyphShapes(ink(30, 40, [[10, 5, 3, 11], [10, 18, 3, 11]]), { x: 0, y: 0, width: 30, height: 40 })).toHaveLength(1);
	});

	it('takes the parts of a digit that broke apart, one above the other, for one digit', () => {
		// A 0 whose ring broke at both sides: two pieces over the same columns.
		const broken = ink(40, 30, [[5, 5, 12, 3], [5, 5, 3, 9], [14, 5, 3, 9], [5, 22, 12, 3], [5, 16, 3, 9], [14, 16, 3, 9]]);
		expect(glyphShapes(broken, { x: 0, y: 0, width: 40, height: 30 })).toHaveLength(1);
	});

	it('finds a point low between two digits (1.5 as 五号 type prints it), and none in a speck above the line or beside a lone digit', () => {
		const box = { x: 0, y: 0, width: 100, height: 30 };
		const pointAt = (cell: Ink, b: typeof box) => cellGlyphs(cell, b).point;
		expect(pointAt(ink(100, 30, [...one(5), [21, 22, 3, 3], ...zero(25)]), box)).toBe(1);
		expect(pointAt(ink(100, 30, [...one(5), ...zero(25), [42, 22, 3, 3], ...seven(50)]), box)).toBe(2);
		// A speck at the digits' middle or top is no point; nor is anything after a lone digit.
		expect(pointAt(ink(100, 30, [...one(5), [21, 12, 3, 3], ...zero(25)]), box)).toBeNull();
		expect(pointAt(ink(100, 30, [...one(5), [21, 22, 3, 3]]), box)).toBeNull();
		expect(pointAt(ink(100, 30, [...one(5), ...zero(25)]), box)).toBeNull();
	});

	it('gives no shapes for an empty cell', () => {
		expect(glyphShapes(ink(40, 30, []), { x: 0, y: 0, width: 40, height: 30 })).toBeNull();
	});

	it('reads glyphs as the known digits they look like, the same digit drawn a little larger too', () => {
		const known = new DigitShapes();
		const page = ink(200, 40, [...one(5), ...zero(25), ...seven(45)]);
		known.add('107', glyphShapes(page, { x: 0, y: 0, width: 200, height: 40 }));
		const bigger = ink(200, 40, [[6, 4, 4, 24], [25, 4, 14, 3], [25, 25, 14, 3], [25, 4, 3, 24], [36, 4, 3, 24]]);
		expect(known.read(glyphShapes(bigger, { x: 0, y: 0, width: 200, height: 40 }), VOTE)).toBe('10');
	});

	it('reads no number where a glyph looks like no known digit: a digit it has not seen is never taken for another', () => {
		const known = new DigitShapes();
		known.add('10', glyphShapes(ink(60, 30, [...one(5), ...zero(25)]), { x: 0, y: 0, width: 60, height: 30 }));
		known.add('10', glyphShapes(ink(60, 30, [...one(5), ...zero(25)]), { x: 0, y: 0, width: 60, height: 30 }));
		expect(known.read(glyphShapes(ink(60, 30, seven(5)), { x: 0, y: 0, width: 60, height: 30 }), PUBLISH)).toBeNull();
		expect(known.read(glyphShapes(ink(60, 30, eight(5)), { x: 0, y: 0, width: 60, height: 30 }), PUBLISH)).toBeNull();
	});

	it('reads no number where two digits look alike to it, nor by a digit seen fewer times than the rule asks', () => {
		const shapes = (rects: Rect[]) => glyphShapes(ink(60, 30, rects), { x: 0, y: 0, width: 60, height: 30 });
		const known = new DigitShapes();
		// The same ring given as a 0 and as an 8: which it is cannot be told.
		known.add('0', shapes(zero(5)));
		known.add('8', shapes(zero(5)));
		expect(known.read(shapes(zero(5)), VOTE)).toBeNull();
		const once = new DigitShapes();
		once.add('1', shapes(one(5)));
		expect(once.read(shapes(one(5)), VOTE)).toBe('1');
		expect(once.read(shapes(one(5)), PUBLISH)).toBeNull();
	});

	it('ignores a number whose digits are not its glyphs one for one', () => {
		const known = new DigitShapes();
		known.add('11', glyphShapes(ink(60, 30, one(5)), { x: 0, y: 0, width: 60, height: 30 }));
		expect(known.read(glyphShapes(ink(60, 30, one(5)), { x: 0, y: 0, width: 60, height: 30 }), VOTE)).toBeNull();
	});
});
