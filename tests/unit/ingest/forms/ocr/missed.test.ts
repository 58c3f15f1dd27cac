import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readPieces, uncovered, withoutSmears, withPieces, MAX_PIECES } from '../../../../../src/lib/ingest/forms/ocr/missed';
import { greyOfPnm, inkOf, type Ink } from '../../../../../src/lib/ingest/forms/ocr/image';
import { recognise, type OcrWord } from '../../../../../src/lib/ingest/forms/ocr/engine';
import type { Grid } from '../../../../../src/lib/ingest/forms/ocr/grid';
import { paperPdf } from '../../../../helpers/forms-scan';

type Rect = [number, number, number, number];

/** Ink of the given size with the rectangles (x, y, width, height) inked. */
function ink(width: number, height: number, rects: Rect[]): Ink {
	const data = new Uint8Array(width * height);
	for (const [x, y, w, h] of rects) for (let r = y; r < y + h; r++) data.fill(1, r * width + x, r * width + x + w);
	return { width, height, data };
}

const word = (text: string, x: number, y: number, width: number, height: number, line = '1.1.1'): OcrWord => ({ text, x, y, width, height, conf: 90, line });

describe('text the page pass dropped', () => {
	it('finds ink no word and no table covers, as tall as text, and not a speck or a sliver beside a word', () => {
		const page = ink(600, 200, [
			[20, 20, 60, 30], // a piece no word covers
			[100, 20, 60, 30], // a word's ink
			[163, 22, 4, 26], // a sliver of that word's stroke its box left out
			[300, 25, 3, 3], // a speck
			[20, 120, 80, 30] // inside a table
		]);
		const grids: Grid[] = [{ box: { x: 10, y: 110, width: 200, height: 60 }, rows: [], rules: [] }];
		const pieces = uncovered(page, [word('年', 100, 20, 60, 30)], grids);
		// Its box is its strokes' (ink with ink right of and below it).
		expect(pieces.map((p) => p.box)).toEqual([{ x: 20, y: 20, width: 59, height: 29 }]);
		// A word stands after it, not right beside it: the piece is whole.
		expect(pieces[0]).toMatchObject({ wordBefore: false, wordAfter: false });
		// Ink touching a word's cover on its right: its last character may be a stroke of that word's.
		expect(uncovered(page, [word('年', 85, 20, 70, 30)], [])[0]).toMatchObject({ wordBefore: false, wordAfter: true });
	});

	it('reads at most MAX_PIECES pieces a page, top to bottom', () => {
		const rows: Rect[] = Array.from({ length: MAX_PIECES + 10 }, (_, i) => [20, 10 + 40 * i, 30, 25]);
		const pieces = uncovered(ink(200, 40 * (MAX_PIECES + 10) + 20, rows), [word('正文', 150, 10, 40, 25)], []);
		expect(pieces).toHaveLength(MAX_PIECES);
		expect(pieces[0].box.y).toBe(10);
	});

	it('reads no piece taller than three times the page\'s words: a seal or a picture is not dropped text', () => {
		const page = ink(600, 400, [[20, 20, 60, 30], [200, 100, 240, 240]]);
		const pieces = uncovered(page, [word('正文', 500, 20, 60, 30), word('正文', 500, 80, 60, 30)], []);
		expect(pieces.map((p) => p.box.x)).toEqual([20]);
	});

	it('leaves out a word smeared over a line (a character or two over many of its paragraph\'s ems), so its ink is read again', () => {
		// A paragraph of 60-pixel words, and a table's 30-pixel ones in another: a one-character word 768 wide is no reading.
		const prose = [word('一是', 180, 100, 160, 62, '5.3.1'), word('政策', 340, 100, 102, 60, '5.3.1'), word('下', 184, 200, 55, 58, '5.3.2'), word('人', 186, 300, 768, 171, '5.3.3')];
		const table = [word('结果维持', 100, 900, 120, 30, '6.1.1'), word('40', 300, 900, 30, 30, '6.1.1')];
		expect(withoutSmears([...prose, ...table]).map((w) => w.text)).toEqual(['一是', '政策', '下', '结果维持', '40']);
		// A wide 一 (one character, its box over the next) is within three ems and one.
		expect(withoutSmears([word('一', 186, 100, 256, 62, '5.3.1'), word('是', 278, 100, 63, 60, '5.3.1')])).toHaveLength(2);
	});

	it('puts a piece into the line it stands level with, before the first word right of it, or on a line of its own', () => {
		const words = [word('年政府', 200, 100, 150, 40, 'a'), word('报告', 360, 100, 80, 40, 'a'), word('正文', 100, 300, 80, 30, 'b')];
		const out = withPieces(words, [
			{ box: { x: 100, y: 102, width: 90, height: 36 }, text: '2023', conf: 80 },
			{ box: { x: 450, y: 105, width: 30, height: 30 }, text: '书', conf: 80 },
			{ box: { x: 100, y: 500, width: 60, height: 30 }, text: '— 3 —', conf: 80 }
		]);
		expect(out.filter((w) => w.line === 'a').map((w) => w.text)).toEqual(['2023', '年政府', '报告', '书']);
		expect(out.filter((w) => w.line !== 'a' && w.line !== 'b').map((w) => w.text)).toEqual(['— 3 —']);
	});

	it('reads the year of a large title the page pass left without a word, with Tesseract', async () => {
		const paper = await paperPdf([{ text: '2023年政府信息公开工作年度报告', size: 20 }]);
		const grey = greyOfPnm(execFileSync('pdftoppm', ['-r', '300', '-f', '1', '-l', '1', '-gray', '-'], { input: paper, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] }));
		const page = inkOf(grey);
		const clean = { ...grey, data: page.data.map((v) => (v ? 0 : 255)) };
		// The page pass as it read a scan of this title: the year dropped, every other word kept.
		const words = (await recognise(clean, { psm: 3 })).filter((w) => !/\d/.test(w.text));
		expect(words.map((w) => w.text).join('')).toBe('年政府信息公开工作年度报告');
		const pieces = await readPieces(clean, page, uncovered(page, words, []));
		expect(pieces.map((p) => p.text)).toEqual(['2023']);
		expect(withPieces(words, pieces).map((w) => w.text).join('')).toBe('2023年政府信息公开工作年度报告');
	}, 120_000);
});
