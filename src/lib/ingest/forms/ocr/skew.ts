/**
 * A page scanned or photographed a few degrees off, measured and turned straight: the angle at which its
 * ink sheared back into rows gives the sharpest row profile (image.ts cleans the page first; a page on
 * its side is turned by upright.ts).
 */
import type { Grey, Ink } from './image';

/**
 * The largest skew looked for, in degrees: a sheet fed crooked, or photographed, may lie 7° off (such a
 * scan read 8 of 200 values when only 5° was looked for); a page further round is on its side (upright.ts).
 */
const MAX_SKEW = 10;

/**
 * The page's skew in degrees (counter-clockwise positive), within MAX_SKEW in quarter degrees: the angle
 * at which ink sheared back into rows gives the most uneven row profile (text lines and rulings line up).
 * Measured on every fourth pixel, so it costs 81 passes over a sixteenth of the page's ink.
 */
export function skewOf(ink: Ink): number {
	const step = 4;
	const points: [number, number][] = [];
	for (let y = 0; y < ink.height; y += step) for (let x = 0; x < ink.width; x += step) if (ink.data[y * ink.width + x]) points.push([x, y]);
	if (points.length < 100) return 0;
	const rows = Math.ceil(ink.height / step) + Math.ceil(ink.width / step) + 4;
	let [best, angle] = [-1, 0];
	for (let a = -MAX_SKEW; a <= MAX_SKEW + 0.001; a += 0.25) {
		const t = Math.tan((a * Math.PI) / 180);
		const profile = new Float64Array(rows);
		const shift = Math.ceil(ink.width / step) + 2;
		for (const [x, y] of points) profile[Math.round((y - x * t) / step) + shift]++;
		let score = 0;
		for (const v of profile) score += v * v;
		if (score > best) [best, angle] = [score, a];
	}
	return angle;
}

/** The grey page turned by `degrees` about its centre (nearest pixel), paper where nothing was. */
export function turned(g: Grey, degrees: number): Grey {
	if (!degrees) return g;
	const { width: w, height: h } = g;
	const out = new Uint8Array(g.data.length).fill(255);
	const [c, s] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
	for (let y = 0; y < h; y++) {
		const dy = y - h / 2;
		for (let x = 0; x < w; x++) {
			const dx = x - w / 2;
			const sx = Math.round(c * dx - s * dy + w / 2);
			const sy = Math.round(s * dx + c * dy + h / 2);
			if (sx >= 0 && sy >= 0 && sx < w && sy < h) out[y * w + x] = g.data[sy * w + sx];
		}
	}
	return { width: w, height: h, data: out };
}

