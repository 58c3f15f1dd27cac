/**
 * An Enhanced Metafile ([MS-EMF]: a table copied from Excel or Word and pasted as a picture, an embedded
 * worksheet's preview) played just far enough to know where its text stands: the mapping mode, window,
 * viewport and world transform, the selected font, the text alignment, and each EMR_EXTTEXTOUTW's (or
 * EMR_EXTTEXTOUTA's, EMR_SMALLTEXTOUT's) string at its reference point, in points, y up the picture, as
 * the PDF reader's text runs are. Bitmaps it draws (a screenshot saved as a metafile) are kept as files.
 * One pass over the records; every read is checked against the record it is in.
 */
import { dibPicture } from '../ocr/picture-formats';
import { decodeAnsi, itemAt, type Drawn, type Font } from './text';

/** Record types played here ([MS-EMF] 2.1.1). */
const R = {
	HEADER: 1,
	SETWINDOWEXTEX: 9,
	SETWINDOWORGEX: 10,
	SETVIEWPORTEXTEX: 11,
	SETVIEWPORTORGEX: 12,
	EOF: 14,
	SETMAPMODE: 17,
	SETTEXTALIGN: 22,
	SAVEDC: 33,
	RESTOREDC: 34,
	SETWORLDTRANSFORM: 35,
	MODIFYWORLDTRANSFORM: 36,
	SELECTOBJECT: 37,
	DELETEOBJECT: 40,
	STRETCHDIBITS: 81,
	EXTCREATEFONTINDIRECTW: 82,
	EXTTEXTOUTA: 83,
	EXTTEXTOUTW: 84,
	SMALLTEXTOUT: 108
};
const ETO_GLYPH_INDEX = 0x10;
const ETO_PDY = 0x2000;
const ETO_NO_RECT = 0x100;
const ETO_SMALL_CHARS = 0x200;

/** World transform [m11, m12, m21, m22, dx, dy]. */
type Xform = [number, number, number, number, number, number];
const IDENTITY: Xform = [1, 0, 0, 1, 0, 0];
const times = (a: Xform, b: Xform): Xform => [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]];

interface State {
	mapMode: number;
	window: { x: number; y: number; cx: number; cy: number };
	viewport: { x: number; y: number; cx: number; cy: number };
	xform: Xform;
	align: number;
	font: Font | null;
}

/** Logical units a millimetre holds in each fixed mapping mode (MM_LOMETRIC … MM_TWIPS), whose y runs up. */
const UNITS_PER_MM: Record<number, number> = { 2: 10, 3: 100, 4: 100 / 25.4, 5: 1000 / 25.4, 6: 1440 / 25.4 };

export const isEmf = (b: Uint8Array) => b.length >= 88 && b[0] === 1 && b[1] === 0 && b[2] === 0 && b[3] === 0 && b[40] === 0x20 && b[41] === 0x45 && b[42] === 0x4d && b[43] === 0x46;

/** The text runs and bitmaps an EMF draws. */
export function emfDrawn(bytes: Uint8Array): Drawn {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The reference device's pixels and millimetres give a device pixel's size in points.
	const [devX, mmX] = [b.readInt32LE(72), b.readInt32LE(80)];
	const ptPerPx = devX > 0 && mmX > 0 ? ((mmX / devX) * 72) / 25.4 : 0.75;
	const pxPerMm = 72 / 25.4 / ptPerPx;
	let s: State = { mapMode: 1, window: { x: 0, y: 0, cx: 1, cy: 1 }, viewport: { x: 0, y: 0, cx: 1, cy: 1 }, xform: IDENTITY, align: 0, font: null };
	const saved: State[] = [];
	const fonts = new Map<number, Font>();
	const drawn: Drawn = { items: [], glyphs: 0, rasters: [] };

	/** A logical point as device pixels, and the scale of a logical unit along x and y there. */
	const toDevice = (x: number, y: number): { x: number; y: number; sx: number; sy: number } => {
		const [m11, m12, m21, m22, dx, dy] = s.xform;
		const [px, py] = [m11 * x + m21 * y + dx, m12 * x + m22 * y + dy];
		let [fx, fy] = [1, 1];
		if (s.mapMode === 7 || s.mapMode === 8) [fx, fy] = [s.viewport.cx / (s.window.cx || 1), s.viewport.cy / (s.window.cy || 1)];
		else if (UNITS_PER_MM[s.mapMode]) [fx, fy] = [pxPerMm / UNITS_PER_MM[s.mapMode], -pxPerMm / UNITS_PER_MM[s.mapMode]];
		return { x: (px - s.window.x) * fx + s.viewport.x, y: (py - s.window.y) * fy + s.viewport.y, sx: Math.hypot(m11, m12) * fx, sy: Math.hypot(m21, m22) * fy };
	};

	const text = (x: number, y: number, str: string, advances: number | null) => {
		const font = s.font;
		const [m11, m12] = s.xform;
		// A run at an angle (a rotated header) is no row's text: left out.
		if ((font && font.escapement % 3600 !== 0) || Math.abs(m12) > 1e-6 * Math.abs(m11)) return;
		const d = toDevice(x, y);
		const height = Math.abs((font?.height ?? 0) * d.sy) || 12 / ptPerPx;
		// A transform that sends the run out of all range (a broken record's huge scale) places nothing.
		if (!Number.isFinite(d.x + d.y + height)) return;
		const item = itemAt(str, d.x * ptPerPx, d.y * ptPerPx, height * ptPerPx, advances === null ? null : Math.abs(advances * d.sx) * ptPerPx, s.align);
		if (item) drawn.items.push(item);
	};

	for (let at = 0; at + 8 <= b.length; ) {
		const type = b.readUInt32LE(at);
		const size = b.readUInt32LE(at + 4);
		if (size < 8 || size % 4 !== 0 || at + size > b.length) break;
		const end = at + size;
		const i32 = (o: number) => (at + o + 4 <= end ? b.readInt32LE(at + o) : 0);
		const f32 = (o: number) => (at + o + 4 <= end ? b.readFloatLE(at + o) : 0);
		switch (type) {
			case R.SETWINDOWEXTEX:
				s.window = { ...s.window, cx: i32(8), cy: i32(12) };
				break;
			case R.SETWINDOWORGEX:
				s.window = { ...s.window, x: i32(8), y: i32(12) };
				break;
			case R.SETVIEWPORTEXTEX:
				s.viewport = { ...s.viewport, cx: i32(8), cy: i32(12) };
				break;
			case R.SETVIEWPORTORGEX:
				s.viewport = { ...s.viewport, x: i32(8), y: i32(12) };
				break;
			case R.SETMAPMODE:
				s.mapMode = i32(8);
				break;
			case R.SETTEXTALIGN:
				s.align = i32(8);
				break;
			case R.SAVEDC:
				// Bounded by the records: each SAVEDC is 8 bytes of the file.
				saved.push({ ...s });
				break;
			case R.RESTOREDC: {
				const back = -i32(8);
				if (back >= 1 && back <= saved.length) {
					s = saved[saved.length - back];
					saved.length -= back;
				}
				break;
			}
			case R.SETWORLDTRANSFORM:
			case R.MODIFYWORLDTRANSFORM: {
				const x: Xform = [f32(8), f32(12), f32(16), f32(20), f32(24), f32(28)];
				if (!x.every(Number.isFinite)) break;
				const mode = type === R.SETWORLDTRANSFORM ? 4 : i32(32);
				s.xform = mode === 1 ? IDENTITY : mode === 2 ? times(x, s.xform) : mode === 3 ? times(s.xform, x) : mode === 4 ? x : s.xform;
				break;
			}
			case R.EXTCREATEFONTINDIRECTW:
				fonts.set(i32(8), { height: i32(12), escapement: i32(20), charset: at + 35 < end ? b[at + 35] : 1 });
				break;
			case R.SELECTOBJECT: {
				const font = fonts.get(i32(8));
				// A stock object or a pen or brush leaves the font as it is.
				if (font) s.font = font;
				break;
			}
			case R.DELETEOBJECT:
				fonts.delete(i32(8));
				break;
			case R.EXTTEXTOUTA:
			case R.EXTTEXTOUTW: {
				const [n, offString, options, offDx] = [i32(44), i32(48), i32(52), i32(72)];
				const wide = type === R.EXTTEXTOUTW;
				const bytesLong = n * (wide ? 2 : 1);
				if (n <= 0 || offString < 76 || at + offString + bytesLong > end) break;
				if (options & ETO_GLYPH_INDEX) {
					drawn.glyphs++;
					break;
				}
				const raw = b.subarray(at + offString, at + offString + bytesLong);
				const str = wide ? raw.toString('utf16le') : decodeAnsi(raw, s.font?.charset ?? 1);
				// The advances (one per character, two with ETO_PDY) give the run's width.
				const step = options & ETO_PDY ? 8 : 4;
				let advances: number | null = null;
				if (offDx >= 76 && at + offDx + n * step <= end) {
					advances = 0;
					for (let k = 0; k < n; k++) advances += b.readInt32LE(at + offDx + k * step);
				}
				text(i32(36), i32(40), str, advances);
				break;
			}
			case R.SMALLTEXTOUT: {
				const [n, options] = [i32(16), i32(20)];
				const from = at + 36 + (options & ETO_NO_RECT ? 0 : 16);
				const small = (options & ETO_SMALL_CHARS) !== 0;
				if (n <= 0 || from + n * (small ? 1 : 2) > end) break;
				if (options & ETO_GLYPH_INDEX) {
					drawn.glyphs++;
					break;
				}
				const raw = b.subarray(from, from + n * (small ? 1 : 2));
				text(i32(8), i32(12), small ? raw.toString('latin1') : raw.toString('utf16le'), null);
				break;
			}
			case R.STRETCHDIBITS: {
				const [offBmi, cbBmi, offBits, cbBits] = [i32(48), i32(52), i32(56), i32(60)];
				if (cbBmi >= 40 && offBmi >= 80 && offBits >= 80 && at + offBmi + cbBmi <= end && at + offBits + cbBits <= end)
					drawn.rasters.push(dibPicture(b.subarray(at + offBmi, at + offBmi + cbBmi), b.subarray(at + offBits, at + offBits + cbBits)));
				break;
			}
		}
		if (type === R.EOF) break;
		at = end;
	}
	return drawn;
}
