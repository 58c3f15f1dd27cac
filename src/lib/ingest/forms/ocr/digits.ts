/**
 * A table's value cells read a second time, digits only (index.ts readPicture): each cell's strokes
 * copied into a picture of slots, recognised with a digit whitelist by two passes whose readings vote.
 */
import { strokeAt, type Grey, type Ink } from './image';
import { centre, most, type Box } from './grid';
import { recognise, type OcrOptions } from './engine';

/** The box of a cell's ink (strokes, not specks), inside its borders; null for an empty cell. */
export function inkBox(ink: Ink, cell: Box): Box | null {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
	for (let y = cell.y + 3; y < cell.y + cell.height - 4; y++)
		for (let x = cell.x + 4; x < cell.x + cell.width - 5; x++)
			if (strokeAt(ink, y * ink.width + x)) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
	return x1 < 0 ? null : { x: x0 - 2, y: y0 - 2, width: x1 - x0 + 5, height: y1 - y0 + 5 };
}

export type Reading = { text: string; conf: number };

/**
 * Value cells read again, digits only: each cell's ink copied into a picture of its own, a slot per
 * cell, slots apart (so no two cells run into one number) and nothing else (no labels, no rulings),
 * recognised as a block twice, with the Chinese data's digits and with the English data's (each drops or
 * misreads digits the other reads). Returns each pass's reading of each cell.
 */
export async function montageReadings(clean: Grey, ink: Ink, rows: Box[][], passes: OcrOptions[]): Promise<Map<Box, Reading>[]> {
	const boxes = new Map<Box, Box>();
	for (const row of rows) for (const cell of row) {
		const b = inkBox(ink, cell);
		if (b) boxes.set(cell, b);
	}
	if (boxes.size === 0) return [];
	const ch = most([...boxes.values()].map((b) => b.height));
	const cw = most([...boxes.values()].map((b) => b.width));
	// Slots three digit heights apart: at two, Tesseract read a row of 表四's one-digit cells as one number (0141000101).
	const [pitchX, pitchY, pad] = [cw + 3 * ch, Math.round(ch * 2.2), ch];
	const width = most(rows.map((r) => r.length)) * pitchX + 2 * pad;
	const height = rows.length * pitchY + 2 * pad;
	const data = new Uint8Array(width * height).fill(255);
	rows.forEach((row, i) =>
		row.forEach((cell, k) => {
			const b = boxes.get(cell);
			if (!b) return;
			const [ox, oy] = [pad + k * pitchX + Math.round((cw - b.width) / 2), pad + i * pitchY + Math.round((ch - b.height) / 2)];
			// Only strokes are copied: a speck of dust beside a digit is not a decimal point.
			for (let y = 0; y < b.height; y++)
				for (let x = 0; x < b.width; x++) {
					const at = (b.y + y) * ink.width + b.x + x;
					if (stroke(ink, at)) data[(oy + y) * width + ox + x] = clean.data[at];
				}
		})
	);
	const picture = { width, height, data };
	const read = await Promise.all(passes.map((options) => recognise(picture, options)));
	const out = read.map(() => new Map<Box, Reading>());
	read.forEach((words, n) => {
		for (const w of words) {
			const c = centre(w);
			const cell = rows[Math.floor((c.y - pad) / pitchY)]?.[Math.floor((c.x - pad) / pitchX)];
			if (!cell || !boxes.has(cell)) continue;
			const had = out[n].get(cell);
			out[n].set(cell, had ? { text: had.text + w.text, conf: Math.min(had.conf, w.conf) } : { text: w.text, conf: w.conf });
		}
	});
	return out;
}

/** An ink pixel with ink to its right or below: part of a stroke, not a lone speck. */
const stroke = (ink: Ink, at: number) => ink.data[at] === 1 && (ink.data[at + 1] === 1 || ink.data[at + ink.width] === 1 || ink.data[at - 1] === 1 || ink.data[at - ink.width] === 1);

/** The digit passes over a table's value cells: Chinese data's digits and English data's. */
export const DIGIT_PASSES: OcrOptions[] = (['chi_sim', 'eng'] as const).map((lang) => ({ psm: 6, whitelist: '0123456789.-', lang }));
