import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMetafile, MAX_RUNS, readMetafile } from '../../../../../src/lib/ingest/forms/metafile';
import { itemAt } from '../../../../../src/lib/ingest/forms/metafile/text';
import { pictureHead, bmpGrey } from '../../../../../src/lib/ingest/forms/ocr/picture-formats';
import { emfOfBitmap, emfTable, wmfTable } from '../../../../helpers/metafile-writer';
import { dib } from '../../../../helpers/forms-pictures';

/** A small made-up table: a header that wraps in its narrow columns, a label that wraps, values set right. */
const ROWS = [
	['项目', '自然人', '社会公益组织', '总计'],
	['一、本年新收政府信息公开申请数量', '40', '2', '42'],
	['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '4', '0', '4'],
	['四、结转下年度继续办理', '3', '', '3']
];
const WIDTHS = [180, 40, 40, 40];
const EXPECTED = ['项目  自然人  社会公益组织  总计', '一、本年新收政府信息公开申请数量  40  2  42', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)  4  0  4', '四、结转下年度继续办理  3  3'];

const linesOf = (bytes: Uint8Array) => {
	const read = readMetafile(bytes);
	if (!('lines' in read)) throw new Error(`not read: ${JSON.stringify(read)}`);
	return read.lines.map((l) => l.text);
};

describe('metafile pictures (EMF, WMF)', () => {
	it('an EMF table is read as the lines its text records draw, a wrapped cell one cell, with no OCR', () => {
		const emf = emfTable(ROWS, WIDTHS);
		expect(isMetafile(emf)).toBe(true);
		expect(linesOf(emf)).toEqual(EXPECTED);
	});

	it('text in ANSI records (GBK) or in EMR_SMALLTEXTOUT, without advances, reads the same', () => {
		expect(linesOf(emfTable(ROWS, WIDTHS, { records: 'ansi' }))).toEqual(EXPECTED);
		expect(linesOf(emfTable(ROWS, WIDTHS, { records: 'small' }))).toEqual(EXPECTED);
		expect(linesOf(wmfTable(ROWS, WIDTHS, { textout: true }))).toEqual(EXPECTED);
	});

	it('runs set by their baseline, or in a fixed mapping mode whose y runs up (MM_TWIPS), stand where runs set by their box do', () => {
		expect(linesOf(emfTable(ROWS, WIDTHS, { align: 'baseline' }))).toEqual(EXPECTED);
		expect(linesOf(emfTable(ROWS, WIDTHS, { twips: true }))).toEqual(EXPECTED);
	});

	it('a run is placed by its alignment and starts at its first character, the spaces a cell pads it with left out', () => {
		// '  40' drawn right-aligned at x 100, 20 points wide (four half-em characters at 10 points), by its top at y 50.
		expect(itemAt('  40', 100, 50, 10, 20, 2)).toEqual({ str: '40', x: 90, y: -58.5, width: 10, size: 10 });
		expect(itemAt('合计', 100, 50, 10, null, 6 | 24)).toEqual({ str: '合计', x: 90, y: -50, width: 20, size: 10 });
		expect(itemAt(' \u0000 ', 0, 0, 10, null, 0)).toBeNull();
	});

	it('a WMF\'s text is decoded in its font\'s code page (GBK), the font found in the object table slot it was made in', () => {
		const wmf = wmfTable(ROWS, WIDTHS);
		expect(isMetafile(wmf)).toBe(true);
		expect(linesOf(wmf)).toEqual(EXPECTED);
	});

	it('a WMF object takes the lowest free slot of its table, as Windows plays it: a font made after a delete fills the freed slot', () => {
		// A turned font fills the pen's freed slot 0; the table's font then slot 2, the one selected.
		expect(linesOf(wmfTable(ROWS, WIDTHS, { freedSlot: true }))).toEqual(EXPECTED);
	});

	it('a metafile drawing more text runs than a table holds (MAX_RUNS) is refused, not built into lines', () => {
		const many = Array.from({ length: MAX_RUNS + 1 }, (_, i) => [String(i)]);
		expect(readMetafile(emfTable(many, [40]))).toEqual({ refused: { why: 'not-decoded', message: `EMF 图元文件的文字多于 ${MAX_RUNS} 段，不是一张表格` } });
	});

	it('text drawn as font glyph numbers is refused whole, as reading the rest would move values into other cells', () => {
		expect(readMetafile(emfTable(ROWS, WIDTHS, { glyphs: true }))).toEqual({ refused: { why: 'not-decoded', message: 'EMF 图元文件的文字以字形编号绘制' } });
	});

	it('an EMF that draws only a bitmap (a screenshot saved as a metafile) gives that bitmap to read, as a BMP file', () => {
		const width = 8;
		const pixels = { width, height: 2, data: new Uint8Array(width * 2 * 3).fill(255).fill(0, 0, 3) };
		const read = readMetafile(emfOfBitmap(dib(pixels)));
		if (!('raster' in read)) throw new Error('no raster');
		expect(pictureHead(read.raster)).toMatchObject({ kind: 'bmp', width: 8, height: 2 });
		// Rows bottom up in the DIB: its first pixel is the top row's.
		expect(Array.from(bmpGrey(read.raster).data.subarray(0, 2))).toEqual([0, 255]);
	});

	it('a metafile drawing neither text nor a bitmap is refused with why', () => {
		const empty = emfTable([], []);
		expect(readMetafile(empty)).toEqual({ refused: { why: 'not-decoded', message: 'EMF 图元文件中没有文字或图像' } });
	});

	it('a metafile cut short or with any bytes changed gives fewer runs, never a throw', () => {
		const files = [emfTable(ROWS, WIDTHS), wmfTable(ROWS, WIDTHS), emfOfBitmap(dib({ width: 4, height: 2, data: new Uint8Array(24) }))];
		fc.assert(
			fc.property(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }), fc.nat(), (file, changes, cut) => {
				const bytes = file.slice(0, Math.max(90, file.length - (cut % file.length)));
				for (const [at, v] of changes) bytes[88 + (at % Math.max(1, bytes.length - 88))] = v;
				if (isMetafile(bytes)) readMetafile(bytes);
			}),
			{ numRuns: 500 }
		);
	});
});
