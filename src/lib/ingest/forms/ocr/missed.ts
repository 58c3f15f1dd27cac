/**
 * Text the page pass dropped. Tesseract's page segmentation can leave a piece of a line without a word:
 * the 2023 of a large title "2023年政府信息公开工作年度报告" (the report's year: without it the report is
 * refused), a number alone in prose. Ink outside every word's box and every table, as tall as text, is cut
 * into pieces by the gaps between words, each read again on its own (digits.ts's montage), and its reading
 * joins the line it stands on, in its place. Linear in the page's pixels.
 */
import { spans, strokeAt, type Grey, type Ink } from './image';
import type { Box, Grid } from './grid';
import type { OcrWord } from './engine';
import { DIGIT_PASSES, montageReadings } from './digits';

/**
 * The page pass's words but those smeared over a whole line: Tesseract's layout analysis at times takes a
 * line for one blot and gives it a character or two (六、其他需要报告的事项 in 楷体, from a 150 dpi scan, came
 * back as one 人 768 pixels wide). A word wider than three of its paragraph's median word heights for each
 * character it holds (and one more) reads nothing of its ink; left out, its ink is uncovered and read
 * again piece by piece (`uncovered`, `readPieces`). Heights are its paragraph's (Tesseract's block and
 * paragraph), as a page's tables set smaller type than its prose.
 */
export function withoutSmears(words: OcrWord[]): OcrWord[] {
	const paragraph = (w: OcrWord) => w.line.slice(0, w.line.lastIndexOf('.'));
	const heights = new Map<string, number[]>();
	for (const w of words) {
		const hs = heights.get(paragraph(w));
		if (hs) hs.push(w.height);
		else heights.set(paragraph(w), [w.height]);
	}
	const em = new Map<string, number>();
	for (const [p, hs] of heights) em.set(p, hs.sort((a, b) => a - b)[hs.length >> 1]);
	return words.filter((w) => w.width <= 3 * em.get(paragraph(w))! * ([...w.text].length + 1));
}

/** A piece shorter than this (pixels at 300 dpi: a 5-point character is about 20) is a speck or a stroke's edge. */
const MIN_HEIGHT = 14;
/** Ink pixels (of strokes) a piece must hold: a character's worth, not dust. */
const MIN_INK = 60;
/** Pieces read again on a page at most (the first, top to bottom): the work a page costs stays bounded. */
export const MAX_PIECES = 40;

/** A piece of ink no word covers, and whether a word's box stands right beside it (its ink may end in a stroke of that word's first or last character). */
export interface Uncovered {
	box: Box;
	wordBefore: boolean;
	wordAfter: boolean;
}

/**
 * The pieces of ink no word and no table covers: rows of such ink make strips (lines), each strip cut
 * where its columns stay empty for more than a fifth of its height (between characters: the digits of a
 * number stand closer). A word's box is taken a little larger than Tesseract gives it (its boxes sit
 * tight on strokes, and the edges left are no text).
 */
export function uncovered(ink: Ink, words: OcrWord[], grids: Grid[]): Uncovered[] {
	// A piece is no taller than three times the page's words in the median (a title is; a seal, a logo or a
	// picture is not text the page pass dropped, and would make the montage as tall as it is, times 40).
	const heights = words.map((w) => w.height).sort((a, b) => a - b);
	const tallest = 3 * (heights[heights.length >> 1] ?? 0);
	const { width: w, height: h } = ink;
	const covered = new Uint8Array(w * h);
	const cover = (b: Box, margin: number) => {
		for (let y = Math.max(0, b.y - margin); y < Math.min(h, b.y + b.height + margin); y++) covered.fill(1, y * w + Math.max(0, b.x - margin), y * w + Math.min(w, b.x + b.width + margin));
	};
	for (const word of words) cover(word, Math.ceil(word.height / 6) + 2);
	for (const g of grids) cover(g.box, 4);
	const page = { ink, covered, left: (at: number) => covered[at] === 0 && strokeAt(ink, at) };
	const rows = new Uint32Array(h);
	for (let y = 0; y + 1 < h; y++) for (let x = 0; x + 1 < w; x++) if (page.left(y * w + x)) rows[y]++;
	const pieces: Uncovered[] = [];
	for (const [top, last] of spans(h, (y) => rows[y] > 0, 3)) {
		if (pieces.length >= MAX_PIECES) break;
		if (last + 1 - top >= MIN_HEIGHT) pieces.push(...piecesOf(page, top, last + 1).filter((p) => p.box.height <= tallest).slice(0, MAX_PIECES - pieces.length));
	}
	return pieces;
}

type Page = { ink: Ink; covered: Uint8Array; left: (at: number) => boolean };

/** A strip's pieces: columns with uncovered ink, cut where the gap is over a fifth of the strip's height. */
function piecesOf({ ink, covered, left }: Page, top: number, bottom: number): Uncovered[] {
	const { width: w } = ink;
	const height = bottom - top;
	const columns = new Uint32Array(w);
	for (let y = top; y < bottom; y++) for (let x = 0; x + 1 < w; x++) if (left(y * w + x)) columns[x]++;
	const beside = (x: number) => {
		for (let y = top; y < bottom && x >= 0 && x < w; y++) if (covered[y * w + x]) return true;
		return false;
	};
	return spans(w, (x) => columns[x] > 0, height / 5).flatMap(([start, last]) => {
		let sum = 0;
		for (let x = start; x <= last; x++) sum += columns[x];
		const box = tight(left, w, { x: start, y: top, width: last - start + 1, height });
		// A sliver beside a word (a stroke's edge its box left out) is narrow; a dropped character or number is not.
		return sum >= MIN_INK && box.height >= MIN_HEIGHT && box.width >= 0.4 * box.height ? [{ box, wordBefore: beside(start - 1), wordAfter: beside(last + 1) }] : [];
	});
}

/** A piece's box drawn in to its ink (a strip is as tall as its tallest piece). */
function tight(left: (at: number) => boolean, width: number, b: Box): Box {
	let [y0, y1] = [Infinity, -1];
	for (let y = b.y; y < b.y + b.height; y++)
		for (let x = b.x; x < b.x + b.width; x++)
			if (left(y * width + x)) {
				[y0, y1] = [Math.min(y0, y), Math.max(y1, y)];
				break;
			}
	return { x: b.x, y: y0, width: b.width, height: y1 - y0 + 1 };
}

/** Punctuation at a piece's ends: the edge of a neighbouring character its cut took in (2023: of 2023年). */
const EDGES = /^[\s:：;；,，.。、|!！'"“”‘’()（）[\]{}]+|[\s:：;；,，.。、|!！'"“”‘’()（）[\]{}]+$/g;

/**
 * The pieces read, each on its own (digits.ts's montage, as a block): those whose reading holds a digit
 * or a Chinese character. A piece with digits (a year, a count) is read a second time by the English
 * data's digits, which read large Latin digits more surely. Digits alone stand only where both readings
 * agree: whole, or but for a last (first) character where a word stands right after (before) the piece,
 * whose character's stroke the piece took in (20231 and 20233 beside 年 are 2023); digits among words
 * only where the second reading holds them all in a row (it reads the words as digits too).
 */
export async function readPieces(clean: Grey, ink: Ink, pieces: Uncovered[]): Promise<Piece[]> {
	if (!pieces.length) return [];
	// The montage reads a cell's ink inside its borders: each piece is given a border of paper.
	const cells = pieces.map(({ box: b }) => [{ x: b.x - 6, y: b.y - 6, width: b.width + 12, height: b.height + 12 }]);
	const [read, digits] = await montageReadings(clean, ink, cells, [{ psm: 6 }, DIGIT_PASSES[1]]);
	return pieces.flatMap((piece, i) => {
		const r = read?.get(cells[i][0]);
		const text = r?.text.replace(EDGES, '') ?? '';
		if (!/[\d\u3400-\u9fff]/u.test(text)) return [];
		if (!/\d/.test(text)) return [{ box: piece.box, text, conf: r!.conf }];
		const again = digits?.get(cells[i][0])?.text.replace(EDGES, '') ?? '';
		if (!/^\d+$/.test(text)) {
			// Digits among words (2023年): the digits pass, which reads the words as digits too, must hold them in a row.
			const own = text.replace(/\D+/g, '');
			return own.length >= 2 && again.includes(own) ? [{ box: piece.box, text, conf: r!.conf }] : [];
		}
		const number = agreed(text, again, piece);
		return number ? [{ box: piece.box, text: number, conf: r!.conf }] : [];
	});
}

/** What two readings of a piece of digits agree on: each whole, or less the character at a side a word stands on; the longest. */
function agreed(a: string, b: string, { wordBefore, wordAfter }: Uncovered): string | null {
	const ways = (s: string) => [s, ...(wordAfter && s.length > 2 ? [s.slice(0, -1)] : []), ...(wordBefore && s.length > 2 ? [s.slice(1)] : [])];
	const common = ways(a).filter((s) => ways(b).includes(s));
	return common.sort((x, y) => y.length - x.length)[0] ?? null;
}

export interface Piece {
	box: Box;
	text: string;
	conf: number;
}

/**
 * The page pass's words with the pieces' readings among them: each joins the line whose words it stands
 * level with (their middle within its height), before the first of them that stands right of it, or
 * makes a line of its own. Words keep Tesseract's order otherwise (ocrLines relies on it).
 */
export function withPieces(words: OcrWord[], pieces: Piece[]): OcrWord[] {
	const out = [...words];
	pieces.forEach(({ box, text, conf }, n) => {
		const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		const level = out.filter((w) => {
			const wm = w.y + w.height / 2;
			return (wm >= box.y && wm < box.y + box.height) || (middle.y >= w.y && middle.y < w.y + w.height);
		});
		const line = level.length ? level.reduce((a, b) => (Math.abs(a.y + a.height / 2 - middle.y) <= Math.abs(b.y + b.height / 2 - middle.y) ? a : b)).line : `missed.${n}`;
		const word: OcrWord = { text, ...box, conf, line };
		const after = out.findIndex((w) => w.line === line && w.x + w.width / 2 > middle.x);
		if (after >= 0) out.splice(after, 0, word);
		else {
			const lastOfLine = out.findLastIndex((w) => w.line === line);
			out.splice(lastOfLine < 0 ? out.length : lastOfLine + 1, 0, word);
		}
	});
	return out;
}
