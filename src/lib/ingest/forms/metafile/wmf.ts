/**
 * A Windows Metafile ([MS-WMF]: what Word 97–2003 and WPS store a table pasted as a picture in, with an
 * Aldus placeable header giving its units per inch) played just far enough to know where its text stands:
 * the window's origin and extent, the selected font (WMF objects fill the lowest free slot of a table), the
 * text alignment, and each META_TEXTOUT's and META_EXTTEXTOUT's string (in the font's code page, GBK for
 * Chinese) at its point, in points, y up, as the PDF reader's text runs are. Bitmaps it draws are kept as files.
 */
import { dibPicture } from '../ocr/picture-formats';
import { decodeAnsi, itemAt, type Drawn, type Font } from './text';

const PLACEABLE = 0x9ac6cdd7;
/** Record functions played here ([MS-WMF] 2.1.1.1). */
const F = {
	EOF: 0x0000,
	SAVEDC: 0x001e,
	RESTOREDC: 0x0127,
	SETTEXTALIGN: 0x012e,
	SELECTOBJECT: 0x012d,
	DELETEOBJECT: 0x01f0,
	SETWINDOWORG: 0x020b,
	SETWINDOWEXT: 0x020c,
	CREATEFONTINDIRECT: 0x02fb,
	TEXTOUT: 0x0521,
	EXTTEXTOUT: 0x0a32,
	STRETCHDIB: 0x0f43,
	DIBSTRETCHBLT: 0x0b41
};
/** Records that make an object (it takes the lowest free slot of the object table, as a font does). */
const CREATES = new Set([0x00f7, 0x01f9, 0x0142, 0x02fa, 0x02fc, 0x02fb, 0x06ff]);
const ETO_OPAQUE = 2;
const ETO_CLIPPED = 4;
const ETO_GLYPH_INDEX = 0x10;

export function isWmf(b: Uint8Array): boolean {
	if (b.length < 40) return false;
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	if (view.getUint32(0, true) === PLACEABLE) return true;
	// A bare header: type 1 (memory) or 2 (disk), 9 words long, version 0x0100 or 0x0300.
	return [1, 2].includes(view.getUint16(0, true)) && view.getUint16(2, true) === 9 && [0x100, 0x300].includes(view.getUint16(4, true));
}

/** The text runs and bitmaps a WMF draws. */
export function wmfDrawn(bytes: Uint8Array): Drawn {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const placeable = b.readUInt32LE(0) === PLACEABLE;
	// A placeable file says how many logical units make an inch; without it, Word's twips.
	const inch = placeable && b.readUInt16LE(14) > 0 ? b.readUInt16LE(14) : 1440;
	const pt = 72 / inch;
	const start = (placeable ? 22 : 0) + 2 * b.readUInt16LE(placeable ? 24 : 2);
	let s = { window: { x: 0, y: 0, cx: 1, cy: 1 }, align: 0, font: null as Font | null };
	const saved: (typeof s)[] = [];
	const objects: (Font | 'other' | undefined)[] = [];
	// The free slots below the table's end, lowest first: a million creates and deletes cost a million steps, not a million squared.
	const free = new LowestFirst();
	const drawn: Drawn = { items: [], glyphs: 0, rasters: [] };

	const text = (x: number, y: number, raw: Uint8Array, advances: number | null) => {
		// A run at an angle (a rotated header) is no row's text: left out.
		if (s.font && s.font.escapement % 3600 !== 0) return;
		// A window extent drawn up the page (negative y) puts the picture's top at its largest y: device points run down.
		const [fx, fy] = [s.window.cx < 0 ? -1 : 1, s.window.cy < 0 ? -1 : 1];
		const size = Math.abs(s.font?.height || 12 / pt) * pt;
		const item = itemAt(decodeAnsi(raw, s.font?.charset ?? 1), (x - s.window.x) * fx * pt, (y - s.window.y) * fy * pt, size, advances === null ? null : Math.abs(advances) * pt, s.align);
		if (item) drawn.items.push(item);
	};

	for (let at = start; at + 6 <= b.length; ) {
		const words = b.readUInt32LE(at);
		const fn = b.readUInt16LE(at + 4);
		if (words < 3 || at + 2 * words > b.length) break;
		const end = at + 2 * words;
		const i16 = (o: number) => (at + 6 + o + 2 <= end ? b.readInt16LE(at + 6 + o) : 0);
		const u16 = (o: number) => i16(o) & 0xffff;
		if (CREATES.has(fn)) {
			const slot = free.size ? free.pop() : objects.length;
			objects[slot] = fn === F.CREATEFONTINDIRECT ? { height: i16(0), escapement: i16(4), charset: at + 6 + 13 < end ? b[at + 6 + 13] : 1 } : 'other';
		}
		switch (fn) {
			case F.SETWINDOWORG:
				s.window = { ...s.window, y: i16(0), x: i16(2) };
				break;
			case F.SETWINDOWEXT:
				s.window = { ...s.window, cy: i16(0), cx: i16(2) };
				break;
			case F.SETTEXTALIGN:
				s.align = u16(0);
				break;
			case F.SAVEDC:
				saved.push({ ...s });
				break;
			case F.RESTOREDC: {
				const back = -i16(0);
				if (back >= 1 && back <= saved.length) {
					s = saved[saved.length - back];
					saved.length -= back;
				}
				break;
			}
			case F.SELECTOBJECT: {
				const o = objects[u16(0)];
				if (o && o !== 'other') s.font = o;
				break;
			}
			case F.DELETEOBJECT:
				if (objects[u16(0)] !== undefined) {
					objects[u16(0)] = undefined;
					free.push(u16(0));
				}
				break;
			case F.TEXTOUT: {
				const n = i16(0);
				const from = at + 8;
				const after = from + n + (n & 1);
				if (n > 0 && after + 4 <= end) text(b.readInt16LE(after + 2), b.readInt16LE(after), b.subarray(from, from + n), null);
				break;
			}
			case F.EXTTEXTOUT: {
				const [y, x, n, options] = [i16(0), i16(2), i16(4), u16(6)];
				const from = at + 14 + (options & (ETO_OPAQUE | ETO_CLIPPED) ? 8 : 0);
				if (n <= 0 || from + n > end) break;
				if (options & ETO_GLYPH_INDEX) {
					drawn.glyphs++;
					break;
				}
				const dx = from + n + (n & 1);
				let advances: number | null = null;
				if (dx + 2 * n <= end) {
					advances = 0;
					for (let k = 0; k < n; k++) advances += b.readInt16LE(dx + 2 * k);
				}
				text(x, y, b.subarray(from, from + n), advances);
				break;
			}
			case F.STRETCHDIB:
			case F.DIBSTRETCHBLT: {
				// The DIB follows the record's fixed fields: 11 words for META_STRETCHDIB, 10 for META_DIBSTRETCHBLT.
				const from = at + 6 + 2 * (fn === F.STRETCHDIB ? 11 : 10);
				if (from + 40 <= end) drawn.rasters.push(dibPicture(b.subarray(from, end)));
				break;
			}
		}
		if (fn === F.EOF) break;
		at = end;
	}
	return drawn;
}

/** A min-heap of slot numbers: the lowest free slot in log time. */
class LowestFirst {
	private heap: number[] = [];
	get size() {
		return this.heap.length;
	}
	push(v: number) {
		const h = this.heap;
		h.push(v);
		for (let i = h.length - 1; i > 0 && h[(i - 1) >> 1] > h[i]; i = (i - 1) >> 1) [h[i], h[(i - 1) >> 1]] = [h[(i - 1) >> 1], h[i]];
	}
	pop(): number {
		const h = this.heap;
		const top = h[0];
		const last = h.pop()!;
		if (h.length) {
			h[0] = last;
			for (let i = 0; ; ) {
				const [l, r] = [2 * i + 1, 2 * i + 2];
				let m = i;
				if (l < h.length && h[l] < h[m]) m = l;
				if (r < h.length && h[r] < h[m]) m = r;
				if (m === i) break;
				[h[i], h[m]] = [h[m], h[i]];
				i = m;
			}
		}
		return top;
	}
}
