/**
 * A scanned page made ready for recognition, in plain pixel arithmetic: a red seal stamped over the text
 * taken out, the page to grey, its paper made white wherever it is shaded or lit unevenly, a threshold
 * between ink and paper (Otsu); a page out of focus told apart. Every pass is linear in the page's pixels.
 * A page a few degrees off is turned straight by skew.ts.
 */

export interface Grey {
	width: number;
	height: number;
	/** One byte per pixel, 0 black … 255 white, row by row. */
	data: Uint8Array;
}

/** Ink as 1, paper as 0, one byte per pixel. */
export interface Ink {
	width: number;
	height: number;
	data: Uint8Array;
}

/** A poppler PPM (P6) or PGM (P5) as grey; in colour, a seal's red (red well above green and blue) is paper. */
export function greyOfPnm(buf: Uint8Array): Grey {
	const head = new TextDecoder('latin1').decode(buf.subarray(0, 64)).match(/^P([56])\s+(\d+)\s+(\d+)\s+255\s/);
	if (!head) throw new Error('nianbao ocr: the page renderer gave no PNM picture');
	const [width, height] = [Number(head[2]), Number(head[3])];
	const body = buf.subarray(head[0].length);
	if (head[1] === '5') return { width, height, data: body.slice(0, width * height) };
	return greyOfRgb(width, height, body, 3);
}

/** A colour pixel as grey; a seal's ink (clearly red, not the dark grey of text) is paper: text under a seal stays, its red halo goes. */
export const greyOf = (r: number, g: number, b: number) => (r - Math.max(g, b) > 30 && r > 110 ? 255 : Math.round(0.299 * r + 0.587 * g + 0.114 * b));

/** Interleaved colour pixels (`channels` bytes each, RGB first) as grey, a seal's red as paper. */
export function greyOfRgb(width: number, height: number, rgb: Uint8Array, channels: number): Grey {
	const data = new Uint8Array(width * height);
	for (let i = 0, j = 0; i < data.length; i++, j += channels) data[i] = greyOf(rgb[j], rgb[j + 1], rgb[j + 2]);
	return { width, height, data };
}

/** Otsu's threshold: the grey level that best parts ink from paper. */
export function otsu(g: Grey): number {
	const hist = new Float64Array(256);
	for (const v of g.data) hist[v]++;
	const total = g.data.length;
	let sum = 0;
	for (let i = 0; i < 256; i++) sum += i * hist[i];
	let [sumB, wB, best, level] = [0, 0, -1, 128];
	for (let t = 0; t < 256; t++) {
		wB += hist[t];
		if (wB === 0) continue;
		const wF = total - wB;
		if (wF === 0) break;
		sumB += t * hist[t];
		const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
		if (between > best) [best, level] = [between, t];
	}
	return level;
}

/**
 * Ink and paper: each pixel against its own paper (flattened), then Otsu's threshold. Against one threshold
 * for the page, a table's shaded header row (Word's grey shading) turned to solid ink and took the part
 * title above it with it; a page lit unevenly or a scanner's dark edge would do the same.
 */
export function inkOf(g: Grey, faint = false): Ink {
	const flat = flattened(g);
	const otsuLevel = otsu(flat);
	const level = faint ? Math.round(otsuLevel + FAINT * (255 - otsuLevel)) : otsuLevel;
	const data = new Uint8Array(g.data.length);
	for (let i = 0; i < data.length; i++) data[i] = flat.data[i] <= level ? 1 : 0;
	return { width: g.width, height: g.height, data };
}

/**
 * A screenshot enlarged to reading size (picture.ts atReadingSize) has strokes a pixel or two wide at its
 * own size, anti-aliased and softened by JPEG: much of their ink is grey, and Otsu's level, between paper
 * and the strokes' dark cores, leaves thin ones as paper (a serif 0's top and bottom, read as nothing or
 * 4; 宋体 labels garbled). Its ink (`faint`) is every pixel darker than a level this share of the way from
 * Otsu's to paper: a 宋体 表三 at 96 dpi, JPEG q60, 85 → 173 of 175 values. Not for scans: their speckle
 * and the seal's rim would be ink (a scan at 200 dpi read 10 of 200 so).
 */
const FAINT = 0.3;

/**
 * A ruling is found wherever it is a line darker than its paper by this much (of 255): a spreadsheet's pale
 * grid (grey 0.8) that Otsu's threshold leaves as paper still cuts its table into cells.
 */
const RULE_CONTRAST = 25;

/**
 * A page out of focus (soft optics, a copy of a copy): none of its strokes' cores is black. Its ink's
 * darkest twentieth is no darker than BLURRED_INK: blurred by a 1.2-pixel Gaussian at 200 dpi, 70; so at
 * 150 dpi JPEG, 112. A sharp scan has 0–2 at 200 dpi or more (JPEG q75 too), 12–14 at 150 dpi JPEG, 30 at
 * 100 dpi: those are read in black and white, on which their rules were measured.
 */
const BLURRED_INK = 48;
export function outOfFocus(g: Grey, ink: Ink): boolean {
	const flat = flattened(g);
	let [n, dark] = [0, 0];
	for (let i = 0; i < ink.data.length; i++) if (ink.data[i]) [n, dark] = [n + 1, dark + (flat.data[i] < BLURRED_INK ? 1 : 0)];
	return n > 0 && dark < 0.05 * n;
}

/**
 * The ink as it is shaded (its flattened grey), paper white: for a page out of focus, whose strokes the
 * threshold runs together (信息 one blot). Tesseract's LSTM reads a line's greys, and their shading still
 * parts the strokes: a 150 dpi JPEG scan out of focus had its title and parts read as nothing (refused: no
 * year or agency) and reads 126 of 200 values so (bench:ocr). Sharp pages stay black and white: in grey,
 * 楷体's brush strokes lost three of 表二's block titles (第二十条 read 大上多二十条, 192 → 185), and a 150
 * dpi scan its agency's name (示例市测试局 read 示例市测十局).
 */
export function shadedInk(g: Grey, ink: Ink): Grey {
	const flat = flattened(g);
	return { width: g.width, height: g.height, data: ink.data.map((v, i) => (v ? flat.data[i] : 255)) };
}

/** Ink to find rulings in: every pixel a little darker than its paper (inkOf's text ink, and pale lines). */
export function ruleInk(g: Grey): Ink {
	const flat = flattened(g);
	const level = Math.max(otsu(flat), 255 - RULE_CONTRAST);
	return { width: g.width, height: g.height, data: flat.data.map((v) => (v <= level ? 1 : 0)) };
}

/**
 * Paper is the lightest grey within PAPER_REACH pixels (a window wider than any stroke of text at 300 dpi,
 * so a character's strokes always have paper beside them, and narrower than a shaded table row), then the
 * darkest of that within the same reach, so a shaded cell's paper ends where its shading does (a
 * morphological closing): each pixel divided by it, paper becomes white wherever its shade, and text stays
 * dark on it. Paper changes slowly: it is measured on blocks of PAPER_BLOCK pixels a side (each its
 * lightest pixel), a sixteenth of the work (half a second a page at full size). A block a shading's edge
 * crosses is as light as the paper beside it: each pixel takes the darkest paper of its block and the
 * blocks around it, so the shading is paper to its edge (white there is only divided by less).
 */
const PAPER_REACH = 20;
const PAPER_BLOCK = 4;

/** Pictures already flattened: a page's text ink, its rulings' ink and its shaded ink all start from its flattened grey. */
const flatOf = new WeakMap<Grey, Grey>();

/** The picture with its paper made white (each pixel over its paper's grey): linear in its pixels, once a picture. */
export function flattened(g: Grey): Grey {
	let flat = flatOf.get(g);
	if (!flat) flatOf.set(g, (flat = flatten(g)));
	return flat;
}

function flatten(g: Grey): Grey {
	const { width: w, height: h } = g;
	const [bw, bh] = [Math.ceil(w / PAPER_BLOCK), Math.ceil(h / PAPER_BLOCK)];
	const blocks = new Uint8Array(bw * bh);
	for (let y = 0; y < h; y++) {
		const row = Math.floor(y / PAPER_BLOCK) * bw;
		for (let x = 0; x < w; x++) {
			const v = g.data[y * w + x];
			const at = row + Math.floor(x / PAPER_BLOCK);
			if (v > blocks[at]) blocks[at] = v;
		}
	}
	const reach = Math.round(PAPER_REACH / PAPER_BLOCK);
	const paper = extreme(extreme(extreme(blocks, bw, bh, reach, 1), bw, bh, reach, -1), bw, bh, 1, -1);
	const data = new Uint8Array(g.data.length);
	for (let y = 0; y < h; y++) {
		const row = Math.floor(y / PAPER_BLOCK) * bw;
		for (let x = 0; x < w; x++) {
			const p = paper[row + Math.floor(x / PAPER_BLOCK)];
			data[y * w + x] = p === 0 ? 255 : Math.min(255, Math.round((255 * g.data[y * w + x]) / p));
		}
	}
	return { ...g, data };
}

/**
 * The greatest (`sign` 1) or least (−1) value within `reach` pixels along rows, then along columns (a
 * square window): a sliding extreme over a queue of candidates, linear in the pixels.
 */
function extreme(values: Uint8Array, w: number, h: number, reach: number, sign: 1 | -1): Uint8Array {
	const queue = new Int32Array(Math.max(w, h));
	const slide = (from: Uint8Array, to: Uint8Array, start: number, step: number, n: number) => {
		let [head, tail] = [0, 0];
		for (let i = 0; i < n + reach; i++) {
			if (i < n) {
				const v = sign * from[start + i * step];
				while (tail > head && sign * from[start + queue[tail - 1] * step] <= v) tail--;
				queue[tail++] = i;
			}
			const at = i - reach;
			if (at < 0) continue;
			while (queue[head] < at - reach) head++;
			to[start + at * step] = from[start + queue[head] * step];
		}
	};
	const across = new Uint8Array(values.length);
	for (let y = 0; y < h; y++) slide(values, across, y * w, 1, w);
	const out = new Uint8Array(values.length);
	for (let x = 0; x < w; x++) slide(across, out, x, w, h);
	return out;
}

/** A stroke pixel: ink with ink to its right and below it (a lone speck of scanner dust is not). */
export const strokeAt = (ink: Ink, at: number) => ink.data[at] === 1 && ink.data[at + 1] === 1 && ink.data[at + ink.width] === 1;

/**
 * Runs of the positions 0…n−1 where `on` holds, a position joining the run before it when at most `join`
 * past that run's last one (rows of a text line across the gap between its strokes, columns of a word
 * across the gap between its characters): [first, last] of each, in order. Linear in n.
 */
export function spans(n: number, on: (i: number) => boolean, join: number): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < n; i++) {
		if (!on(i)) continue;
		const last = out[out.length - 1];
		if (last && i - last[1] <= join) last[1] = i;
		else out.push([i, i]);
	}
	return out;
}

/** The share of a page that is ink: a blank page (or a blank side of a sheet) has next to none. */
export const inkShare = (ink: Ink) => ink.data.reduce((n, v) => n + v, 0) / ink.data.length;

/** The picture as a binary PGM (P5), which Tesseract (Leptonica) reads. */
export function pgm(g: Grey): Uint8Array {
	const head = new TextEncoder().encode(`P5\n${g.width} ${g.height}\n255\n`);
	const out = new Uint8Array(head.length + g.data.length);
	out.set(head);
	out.set(g.data, head.length);
	return out;
}
