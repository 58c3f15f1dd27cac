/**
 * Picture files as grey pixels, decoded here in plain code (node's zlib for PNG) so that no image library
 * or program beyond poppler and Tesseract is needed: PNG, BMP and GIF (its first frame); JPEG goes
 * through pdf.js's decoder (picture.ts). Each decoder is one pass over the file and the pixels, and
 * throws a one-line reason on what it does not read (a compressed BMP, a TIFF).
 */
import { inflateSync } from 'node:zlib';
import { greyOf, type Grey } from './image';

/** What a PNG's rows may inflate to: 4 bytes a pixel of the 40-megapixel budget (picture.ts). */
const RAW_LIMIT = 160 * 1048576;

export type PictureKind = 'png' | 'jpeg' | 'gif' | 'bmp' | 'tiff';

/** A picture's kind and size, read from its first bytes, before anything is decoded (the budgets need them). */
export interface PictureHead {
	kind: PictureKind;
	width: number;
	height: number;
}

const starts = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** The kind and size of a picture file, or null when it is no picture this reader knows. */
export function pictureHead(b: Uint8Array): PictureHead | null {
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	if (b.length >= 24 && starts(b, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'png', width: view.getUint32(16), height: view.getUint32(20) };
	if (b.length >= 10 && starts(b, [0x47, 0x49, 0x46, 0x38])) return { kind: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
	if (b.length >= 26 && starts(b, [0x42, 0x4d])) return { kind: 'bmp', width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
	if (b.length >= 8 && (starts(b, [0x49, 0x49, 0x2a, 0]) || starts(b, [0x4d, 0x4d, 0, 0x2a]))) return { kind: 'tiff', width: 0, height: 0 };
	if (b.length >= 4 && starts(b, [0xff, 0xd8])) {
		// A JPEG's size is in its first start-of-frame segment (SOF0…SOF15 but DHT, JPG and DAC).
		for (let at = 2; at + 9 < b.length; ) {
			if (b[at] !== 0xff) return null;
			const marker = b[at + 1];
			if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { kind: 'jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
			at += 2 + view.getUint16(at + 2);
		}
	}
	return null;
}

/** Adam7's passes: where each starts (x, y) and its step across and down. */
const ADAM7 = [
	[0, 0, 8, 8],
	[4, 0, 8, 8],
	[0, 4, 4, 8],
	[2, 0, 4, 4],
	[0, 2, 2, 4],
	[1, 0, 2, 2],
	[0, 1, 1, 2]
];

/** A PNG (any colour type, 1–16 bits, interlaced or not) as grey; transparent parts on white paper. */
export function pngGrey(b: Uint8Array): Grey {
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	const [width, height, depth, colour, interlace] = [view.getUint32(16), view.getUint32(20), b[24], b[25], b[28]];
	const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colour];
	if (!channels || ![1, 2, 4, 8, 16].includes(depth)) throw new Error(`PNG colour type ${colour} at ${depth} bits is not decoded`);
	const idat: Uint8Array[] = [];
	let palette: Uint8Array = new Uint8Array();
	let alpha: Uint8Array = new Uint8Array();
	for (let at = 8; at + 8 <= b.length; ) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
		const body = b.subarray(at + 8, at + 8 + length);
		if (type === 'IDAT') idat.push(body);
		else if (type === 'PLTE') palette = body;
		else if (type === 'tRNS') alpha = body;
		else if (type === 'IEND') break;
		at += 12 + length;
	}
	const bpp = Math.max(1, (channels * depth) >> 3);
	// An interlaced PNG is seven small pictures (Adam7's passes), each its own filtered rows; a plain one is one.
	const passes = interlace ? ADAM7 : [[0, 0, 1, 1]];
	const sizes = passes.map(([x0, y0, dx, dy]) => {
		const [w, h] = [Math.max(0, Math.ceil((width - x0) / dx)), Math.max(0, Math.ceil((height - y0) / dy))];
		return { w, h, stride: Math.ceil((w * channels * depth) / 8) };
	});
	const rawSize = sizes.reduce((n, p) => n + (p.w ? (p.stride + 1) * p.h : 0), 0);
	// 16-bit colour with alpha is 8 bytes a pixel: within the pixel budget, yet hundreds of MB inflated.
	if (rawSize > RAW_LIMIT) throw new Error(`the PNG inflates to more than ${RAW_LIMIT / 1048576} MB`);
	// The inflated size is known: no more is inflated (a small PNG that inflates to gigabytes stops here).
	const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: Math.max(1, rawSize) });
	const scale = depth < 8 && colour === 0 ? 255 / ((1 << depth) - 1) : 1;
	const data = new Uint8Array(width * height);
	let at = 0;
	passes.forEach(([x0, y0, dx, dy], k) => {
		const { w, h, stride } = sizes[k];
		if (!w || !h) return;
		const rows = new Uint8Array(stride * h);
		for (let y = 0; y < h; y++) unfilter(raw[at + y * (stride + 1)], raw.subarray(at + y * (stride + 1) + 1, at + (y + 1) * (stride + 1)), rows, y * stride, stride, bpp);
		at += (stride + 1) * h;
		const sample = (y: number, i: number): number => {
			if (depth === 8) return rows[y * stride + i];
			if (depth === 16) return rows[y * stride + 2 * i];
			const bit = i * depth;
			return (rows[y * stride + (bit >> 3)] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
		};
		for (let y = 0; y < h; y++)
			for (let x = 0; x < w; x++) {
				const s = (c: number) => sample(y, x * channels + c);
				let v: number;
				let a = 255;
				if (colour === 3) {
					const p = s(0);
					v = greyOf(palette[3 * p], palette[3 * p + 1], palette[3 * p + 2]);
					a = p < alpha.length ? alpha[p] : 255;
				} else if (colour === 0 || colour === 4) {
					v = Math.round(s(0) * scale);
					if (colour === 4) a = s(1);
				} else {
					v = greyOf(s(0), s(1), s(2));
					if (colour === 6) a = s(3);
				}
				data[(y0 + y * dy) * width + x0 + x * dx] = Math.round((v * a + 255 * (255 - a)) / 255);
			}
	});
	return { width, height, data };
}

/** PNG's per-row filters undone in place into `out`. */
function unfilter(filter: number, line: Uint8Array, out: Uint8Array, at: number, stride: number, bpp: number) {
	for (let i = 0; i < stride; i++) {
		const left = i >= bpp ? out[at + i - bpp] : 0;
		const up = at >= stride ? out[at - stride + i] : 0;
		const upLeft = i >= bpp && at >= stride ? out[at - stride + i - bpp] : 0;
		let pred = 0;
		if (filter === 1) pred = left;
		else if (filter === 2) pred = up;
		else if (filter === 3) pred = (left + up) >> 1;
		else if (filter === 4) {
			const p = left + up - upLeft;
			const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
			pred = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
		}
		out[at + i] = (line[i] + pred) & 0xff;
	}
}

/**
 * A DIB (a BMP without its file header: a .doc's picture, a metafile's bitmap) as a picture file: given
 * the 14 bytes that say where its pixels start; one compressed as JPEG or PNG (BI_JPEG, BI_PNG) is that
 * file. `bits` are the pixels where they are stored apart from the header.
 */
export function dibPicture(header: Uint8Array, bits: Uint8Array = new Uint8Array()): Uint8Array {
	const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
	const long = header.length >= 40;
	const size = long ? view.getUint32(0, true) : 40;
	const [bitCount, compression] = long ? [view.getUint16(14, true), view.getUint32(16, true)] : [24, 0];
	if (long && (compression === 4 || compression === 5)) return new Uint8Array(bits.length ? bits : header.subarray(size));
	const colours = long ? view.getUint32(32, true) || (bitCount <= 8 ? 1 << bitCount : 0) : 0;
	const masks = size === 40 && compression === 3 ? 12 : 0;
	const file = new Uint8Array(14 + header.length + bits.length);
	const fileView = new DataView(file.buffer);
	file.set([0x42, 0x4d]);
	fileView.setUint32(2, file.length, true);
	fileView.setUint32(10, 14 + size + masks + colours * 4, true);
	file.set(header, 14);
	file.set(bits, 14 + header.length);
	return file;
}

/** An uncompressed BMP (1, 4, 8 bits with a palette, 24 or 32 bits) as grey. */
export function bmpGrey(b: Uint8Array): Grey {
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	const [offset, header] = [view.getUint32(10, true), view.getUint32(14, true)];
	const [width, signed, bits, compression] = [view.getInt32(18, true), view.getInt32(22, true), view.getUint16(28, true), view.getUint32(30, true)];
	if (compression !== 0 && !(compression === 3 && bits === 32)) throw new Error(`a compressed BMP (method ${compression}) is not decoded`);
	if (![1, 4, 8, 24, 32].includes(bits)) throw new Error(`a ${bits}-bit BMP is not decoded`);
	const height = Math.abs(signed);
	const stride = Math.ceil((width * bits) / 32) * 4;
	if (offset + stride * height > b.length) throw new Error('the BMP is cut short');
	const palette = 14 + header;
	const data = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		// Rows run bottom up unless the height is negative.
		const row = offset + (signed > 0 ? height - 1 - y : y) * stride;
		for (let x = 0; x < width; x++) {
			let at: number;
			if (bits >= 24) at = row + x * (bits >> 3);
			else {
				const bit = x * bits;
				at = palette + 4 * ((b[row + (bit >> 3)] >> (8 - bits - (bit & 7))) & ((1 << bits) - 1));
			}
			data[y * width + x] = greyOf(b[at + 2], b[at + 1], b[at]);
		}
	}
	return { width, height, data };
}

/** A GIF's first frame as grey, on white where it leaves the screen open. */
export function gifGrey(b: Uint8Array): Grey {
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	const [width, height] = [view.getUint16(6, true), view.getUint16(8, true)];
	let at = 13;
	let palette = b.subarray(0, 0);
	if (b[10] & 0x80) {
		palette = b.subarray(at, at + 3 * (2 << (b[10] & 7)));
		at += palette.length;
	}
	let transparent = -1;
	while (at < b.length && b[at] !== 0x2c) {
		if (b[at] !== 0x21) throw new Error('the GIF has no picture');
		if (b[at + 1] === 0xf9 && b[at + 3] & 1) transparent = b[at + 6];
		at += 2;
		while (at < b.length && b[at] !== 0) at += b[at] + 1;
		at++;
	}
	const [left, top, w, h, flags] = [view.getUint16(at + 1, true), view.getUint16(at + 3, true), view.getUint16(at + 5, true), view.getUint16(at + 7, true), b[at + 9]];
	at += 10;
	// The budgets measured the screen: a frame claiming more (65535² pixels) would be allocated unchecked.
	if (left + w > width || top + h > height) throw new Error('the GIF\'s frame is larger than its screen');
	if (flags & 0x80) {
		palette = b.subarray(at, at + 3 * (2 << (flags & 7)));
		at += palette.length;
	}
	const minCode = b[at++];
	const blocks: Uint8Array[] = [];
	while (at < b.length && b[at] !== 0) {
		blocks.push(b.subarray(at + 1, at + 1 + b[at]));
		at += b[at] + 1;
	}
	const indices = lzw(Buffer.concat(blocks), minCode, w * h);
	// An interlaced frame's rows come in four passes: every 8th from 0, every 8th from 4, every 4th from 2, every 2nd from 1.
	const order = flags & 0x40 ? [0, 4, 2, 1].flatMap((start, pass) => Array.from({ length: Math.max(0, Math.ceil((h - start) / [8, 8, 4, 2][pass])) }, (_, k) => start + k * [8, 8, 4, 2][pass])) : null;
	const data = new Uint8Array(width * height).fill(255);
	for (let r = 0; r < h; r++) {
		const y = top + (order ? order[r] : r);
		for (let x = 0; x < w; x++) {
			const p = indices[r * w + x];
			if (p === transparent || y >= height || left + x >= width) continue;
			data[y * width + left + x] = greyOf(palette[3 * p] ?? 255, palette[3 * p + 1] ?? 255, palette[3 * p + 2] ?? 255);
		}
	}
	return { width, height, data };
}

/** GIF's variable-width LZW, at most `count` indices out. */
function lzw(data: Uint8Array, minCode: number, count: number): Uint8Array {
	const out = new Uint8Array(count);
	const [clear, end] = [1 << minCode, (1 << minCode) + 1];
	const prefix = new Int32Array(4096);
	const suffix = new Uint8Array(4096);
	const first = new Uint8Array(4096);
	const stack = new Uint8Array(4097);
	let [size, next, prev, n, bits, acc] = [minCode + 1, end + 1, -1, 0, 0, 0];
	for (let i = 0; i < clear; i++) [suffix[i], first[i], prefix[i]] = [i, i, -1];
	for (let at = 0; at < data.length && n < count; ) {
		while (bits < size && at < data.length) [acc, bits] = [acc | (data[at++] << bits), bits + 8];
		if (bits < size) break;
		const code = acc & ((1 << size) - 1);
		[acc, bits] = [acc >>> size, bits - size];
		if (code === clear) [size, next, prev] = [minCode + 1, end + 1, -1];
		else if (code === end) break;
		else {
			const known = code < next;
			let c = known ? code : prev;
			if (c < 0 || c >= next) throw new Error('the GIF\'s picture data is damaged');
			let top = 0;
			if (!known) stack[top++] = first[prev];
			for (; c >= 0; c = prefix[c]) stack[top++] = suffix[c];
			while (top > 0 && n < count) out[n++] = stack[--top];
			if (prev >= 0 && next < 4096) {
				[prefix[next], suffix[next], first[next]] = [prev, known ? first[code] : first[prev], first[prev]];
				next++;
				if (next === 1 << size && size < 12) size++;
			}
			prev = code;
		}
	}
	return out;
}
