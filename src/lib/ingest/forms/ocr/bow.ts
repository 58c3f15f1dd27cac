/**
 * A sheet that did not lie flat on the glass (lifted in the middle, curled at a fold or by the binding)
 * is scanned with its lines bowed: a ruling 2 points lower mid-page than at its ends is no longer a run of
 * ink along any one row, and the page's tables are not found. Turning the page (skewOf) straightens a
 * line, not a curve. Here each column of the page is moved up or down so its lines meet the middle's:
 * the page is cut into vertical strips, and each strip's row profile (ink per row) is matched against the
 * profile of the strips already matched, from the middle outwards. Linear in the page's pixels.
 */
import type { Grey, Ink } from './image';

/** Strips a page is cut into: about 80 pixels each at 300 dpi, narrower than any bow bends by a pixel. */
const STRIPS = 32;
/** Pixels a strip may lie above or below the strip matched before it (a slope of about 2°). */
const REACH = 3;
/** A strip is matched only when its profile and the matched strips' agree this well (correlation about their means). */
const AGREE = 0.4;
/** A bow is taken out only when its lines rise or fall by more than this many pixels across the page. */
const DEPTH = 1.5;
/** And only when the page's row profile is sharper for it (its lines and rulings lie along fewer rows). */
const SHARPER = 1.02;

/**
 * How far down (pixels, fractional) each column's lines lie below the middle's, with the ink so
 * straightened (measured to see it is sharper), or null for a page whose lines are straight (or whose
 * strips cannot be matched: nothing is bent that was not measured).
 */
export function bowOf(ink: Ink): { shift: Float64Array; ink: Ink } | null {
	const { width: w, height: h } = ink;
	const across = Math.ceil(w / STRIPS);
	const profiles = stripProfiles(ink, across);
	const mass = profiles.map((p) => p.reduce((a, b) => a + b, 0));
	const heaviest = Math.max(...mass);
	if (!heaviest) return null;
	const inked = mass.map((m) => m >= heaviest * 0.1);
	// The middle: the inked strip of most ink within the page's middle half.
	let middle = -1;
	for (let s = Math.floor(STRIPS / 4); s < Math.ceil((3 * STRIPS) / 4); s++) if (inked[s] && (middle < 0 || mass[s] > mass[middle])) middle = s;
	if (middle < 0) return null;
	const shifts: (number | null)[] = new Array(STRIPS).fill(null);
	shifts[middle] = 0;
	const template = Float64Array.from(profiles[middle]);
	for (const step of [1, -1]) {
		// A bow bends steadily: each strip is looked for where the slope of the last two matched puts it.
		let [last, at, slope] = [middle, 0, 0];
		for (let s = middle + step; s >= 0 && s < STRIPS; s += step) {
			if (!inked[s]) continue;
			const apart = Math.abs(s - last);
			const found = bestShift(template, profiles[s], at + slope * apart, Math.min(REACH * apart, 4 * REACH));
			if (found === null) continue;
			shifts[s] = found;
			[last, at, slope] = [s, found, (found - at) / apart];
			const d = Math.round(found);
			for (let y = 0; y < h; y++) if (y + d >= 0 && y + d < h) template[y] += profiles[s][y + d];
		}
	}
	const curve = columnCurve(shifts, across, w);
	if (curve.reduce((a, b) => Math.max(a, b), 0) - curve.reduce((a, b) => Math.min(a, b), 0) <= DEPTH) return null;
	const straight = unbowed(ink, curve, 0);
	return sharpness(ink) * SHARPER < sharpness(straight) ? { shift: curve, ink: straight } : null;
}

/** The picture with each column moved up by its shift (nearest pixel): its bowed lines made straight, `paper` where nothing was. */
export function unbowed<T extends Grey | Ink>(g: T, shift: Float64Array, paper: number): T {
	const { width: w, height: h } = g;
	const data = new Uint8Array(g.data.length).fill(paper);
	for (let x = 0; x < w; x++) {
		const d = Math.round(shift[x]);
		for (let y = Math.max(0, -d); y < h && y + d < h; y++) data[y * w + x] = g.data[(y + d) * w + x];
	}
	return { ...g, data };
}

/** Each strip's ink per row, smoothed over three rows (so a line a pixel off still meets its match). */
function stripProfiles(ink: Ink, across: number): Float64Array[] {
	const { width: w, height: h, data } = ink;
	const raw = Array.from({ length: STRIPS }, () => new Float64Array(h));
	for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (data[y * w + x]) raw[Math.floor(x / across)][y]++;
	return raw.map((p) => p.map((v, y) => (y > 0 ? p[y - 1] : 0) + 2 * v + (y + 1 < h ? p[y + 1] : 0)));
}

/** The shift of `profile` against `template` within `reach` pixels of `near` (to a fraction of a pixel), or null when none agrees well. */
function bestShift(template: Float64Array, profile: Float64Array, near: number, reach: number): number | null {
	const h = template.length;
	// About their means: ink spread evenly (specks, a shaded band) agrees with anything, and must count for nothing.
	const [t, p] = [centred(template), centred(profile)];
	const norm = Math.sqrt(t.reduce((a, v) => a + v * v, 0) * p.reduce((a, v) => a + v * v, 0));
	if (!norm) return null;
	const from = Math.round(near) - reach;
	const scores = new Float64Array(2 * reach + 1);
	for (let i = 0; i < scores.length; i++) {
		const d = from + i;
		let sum = 0;
		for (let y = Math.max(0, -d); y < h && y + d < h; y++) sum += t[y] * p[y + d];
		scores[i] = sum / norm;
	}
	let best = 0;
	for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
	if (scores[best] < AGREE) return null;
	// A peak at the edge of the reach is no peak: the strip's lines lie farther off than a bow bends.
	if (best === 0 || best === scores.length - 1) return null;
	const [a, b, c] = [scores[best - 1], scores[best], scores[best + 1]];
	const bend = a - 2 * b + c;
	return from + best + (bend < 0 ? (a - c) / (2 * bend) : 0);
}

/** The values less their mean. */
function centred(values: Float64Array): Float64Array {
	const mean = values.reduce((a, v) => a + v, 0) / values.length;
	return values.map((v) => v - mean);
}

/**
 * The shift of every column: strips not measured take their measured neighbours', each measure is the
 * median of itself and its two neighbours (one strip matched a line off moves nothing), and columns between
 * strip centres are interpolated; beyond the outermost measured strips the shift goes on as between them
 * for a strip's width, then stays.
 */
function columnCurve(shifts: (number | null)[], across: number, w: number): Float64Array {
	const measured = shifts.flatMap((s, i) => (s === null ? [] : [{ x: (i + 0.5) * across, s }]));
	const smooth = measured.map((m, i) => {
		if (i === 0 || i === measured.length - 1) return m;
		const near = [measured[i - 1].s, m.s, measured[i + 1].s].sort((a, b) => a - b);
		return { x: m.x, s: near[1] };
	});
	const curve = new Float64Array(w);
	const line = (a: { x: number; s: number }, b: { x: number; s: number }, x: number) => a.s + ((b.s - a.s) * (x - a.x)) / (b.x - a.x);
	const [first, last] = [smooth[0], smooth[smooth.length - 1]];
	let k = 0;
	for (let x = 0; x < w; x++) {
		while (k + 2 < smooth.length && smooth[k + 1].x <= x) k++;
		if (smooth.length < 2) curve[x] = first.s;
		// Beyond the outermost strips the bend goes on as there, for a strip's width (a table's edge column), then stays.
		else if (x < first.x) curve[x] = line(first, smooth[1], Math.max(x, first.x - across));
		else if (x > last.x) curve[x] = line(smooth[smooth.length - 2], last, Math.min(x, last.x + across));
		else curve[x] = line(smooth[k], smooth[k + 1], x);
	}
	return curve;
}

/** How sharp a page's row profile is (the sum of squares of ink per row): lines along rows make it large. */
function sharpness(ink: Ink): number {
	const { width: w, height: h, data } = ink;
	let score = 0;
	for (let y = 0; y < h; y++) {
		let n = 0;
		for (let x = 0; x < w; x++) n += data[y * w + x];
		score += n * n;
	}
	return score;
}
