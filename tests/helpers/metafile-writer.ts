/**
 * Tables as metafiles, as Excel's and Word's 复制为图片 (copy as picture) put them on the clipboard and
 * Word stores them when pasted: an EMF (Word 2007 on, WPS) or a WMF with its placeable header (Word
 * 97–2003), each cell's text drawn by a text record at its place in a ruled grid, wrapped to its column,
 * numbers set right as a spreadsheet sets them. Written from [MS-EMF] and [MS-WMF]; no Office needed.
 */

/** A run of a cell's text: where its top-left (or, `right`, its top-right) stands, in points down the table. */
interface Run {
	text: string;
	x: number;
	y: number;
	right: boolean;
}

const PAD = 3;
const isNumber = (s: string) => /^\d+$/.test(s);

/** The table's runs and rulings, in points from its top-left; a row as tall as its most wrapped cell. */
function layout(rows: string[][], widths: number[], size: number) {
	const runs: Run[] = [];
	const rules: [number, number, number, number][] = [];
	const total = widths.reduce((a, w) => a + w, 0);
	let y = 0;
	for (const row of rows) {
		const lines = row.map((cell, k) => {
			const n = Math.max(1, Math.floor((widths[k] - 2 * PAD) / size));
			const text = cell === '<' || cell === '^' ? '' : cell;
			return Array.from({ length: Math.max(1, Math.ceil([...text].length / n)) }, (_, i) => [...text].slice(i * n, (i + 1) * n).join(''));
		});
		const height = Math.max(...lines.map((l) => l.length)) * size * 1.3 + 2 * PAD;
		let x = 0;
		lines.forEach((cell, k) => {
			const top = y + (height - cell.length * size * 1.3) / 2;
			cell.forEach((text, i) => text && runs.push({ text, x: isNumber(text) ? x + widths[k] - PAD : x + PAD, y: top + i * size * 1.3, right: isNumber(text) }));
			rules.push([x, y, x, y + height]);
			x += widths[k];
		});
		rules.push([0, y, total, y], [total, y, total, y + height]);
		y += height;
	}
	rules.push([0, y, total, y]);
	return { runs, rules, width: total, height: y };
}

/** A character's advance at `size`: a Chinese character an em, another half. */
const advance = (ch: string, size: number) => (/[\u0000-\u00ff]/.test(ch) ? size / 2 : size);

class Records {
	private parts: Buffer[] = [];
	count = 0;
	add(b: Buffer) {
		this.parts.push(b);
		this.count++;
	}
	bytes = () => Buffer.concat(this.parts);
}

/**
 * An EMF: MM_ANISOTROPIC, 20 logical units a point (twips) on a 96 dpi reference device, the font 宋体
 * (GB2312), text records with their advances (with `twips`, MM_TWIPS: y up, no window). `align`: 'box' sets each run by its top-left or top-right
 * (TA_TOP, TA_RIGHT), as a spreadsheet does; 'baseline' by its left baseline. `glyphs`: the text written
 * as font glyph numbers (ETO_GLYPH_INDEX), as some printers' metafiles are. `records`: the text as
 * EMR_EXTTEXTOUTW (wide, the default), EMR_EXTTEXTOUTA in GBK ('ansi') or EMR_SMALLTEXTOUT ('small').
 */
export function emfTable(rows: string[][], widths: number[], options: { size?: number; align?: 'box' | 'baseline'; glyphs?: boolean; twips?: boolean; records?: 'wide' | 'ansi' | 'small' } = {}): Uint8Array {
	const size = options.size ?? 9;
	const t = layout(rows, widths, size);
	const tw = (pt: number) => Math.round(pt * 20);
	// MM_TWIPS runs y up the page: a point below the top is a negative y.
	const ty = (pt: number) => (options.twips ? -tw(pt) : tw(pt));
	const r = new Records();
	const record = (type: number, body: Buffer) => {
		const head = Buffer.alloc(8);
		head.writeUInt32LE(type, 0);
		head.writeUInt32LE(8 + body.length, 4);
		r.add(Buffer.concat([head, body]));
	};
	const ints = (...v: number[]) => {
		const b = Buffer.alloc(4 * v.length);
		v.forEach((x, i) => b.writeInt32LE(x, 4 * i));
		return b;
	};
	if (options.twips) record(17, ints(6)); // SETMAPMODE MM_TWIPS
	else {
		record(17, ints(8)); // SETMAPMODE MM_ANISOTROPIC
		record(9, ints(tw(t.width), tw(t.height))); // SETWINDOWEXTEX
		record(11, ints(Math.round((t.width * 4) / 3), Math.round((t.height * 4) / 3))); // SETVIEWPORTEXTEX: 96 dpi pixels
	}
	const font = Buffer.alloc(4 + 92);
	font.writeInt32LE(1, 0);
	font.writeInt32LE(-tw(size), 4);
	font.writeInt32LE(400, 20);
	font.writeUInt8(134, 27);
	font.write('宋体', 32, 'utf16le');
	record(82, font); // EXTCREATEFONTINDIRECTW, object 1
	record(37, ints(1)); // SELECTOBJECT
	for (const [x0, y0, x1, y1] of t.rules) {
		record(27, ints(tw(x0), ty(y0))); // MOVETOEX
		record(54, ints(tw(x1), ty(y1))); // LINETO
	}
	let align = -1;
	for (const run of t.runs) {
		const wanted = options.align === 'baseline' ? 24 : run.right ? 2 : 0;
		if (wanted !== align) record(22, ints((align = wanted))); // SETTEXTALIGN
		const chars = [...run.text];
		const width = chars.reduce((a, ch) => a + advance(ch, size), 0);
		const left = run.right && options.align === 'baseline' ? run.x - width : run.x;
		const [x, y] = [tw(left), ty(options.align === 'baseline' ? run.y + 0.88 * size : run.y)];
		const scale = Buffer.from(new Float32Array([1, 1]).buffer);
		if (options.records === 'small') {
			// EMR_SMALLTEXTOUT, ETO_NO_RECT: no advances, no rectangle.
			const text = Buffer.from(run.text, 'utf16le');
			record(108, Buffer.concat([ints(x, y, chars.length, 0x100, 1), scale, text, Buffer.alloc(text.length % 4)]));
			continue;
		}
		const ansi = options.records === 'ansi';
		const text = options.glyphs ? Buffer.from(Uint16Array.from(chars, (_, i) => 3 + i).buffer) : ansi ? gbk(run.text) : Buffer.from(run.text, 'utf16le');
		const padded = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4)]);
		// One advance a character; in ANSI, one a byte (a Chinese character's two bytes share its advance).
		const dx = ansi ? ints(...chars.flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [tw(advance(ch, size))] : [tw(size / 2), tw(size / 2)]))) : ints(...chars.map((ch) => tw(advance(ch, size))));
		const n = ansi ? text.length : chars.length;
		const head = Buffer.concat([ints(0, 0, -1, -1), ints(1), scale, ints(x, y, n, 76, options.glyphs ? 0x14 : 4), ints(tw(run.x - 1), ty(run.y), tw(run.x + 1), ty(run.y + size)), ints(76 + padded.length)]);
		record(ansi ? 83 : 84, Buffer.concat([head, padded, dx])); // EXTTEXTOUTA, EXTTEXTOUTW
	}
	record(14, ints(0, 16, 20)); // EOF
	const body = r.bytes();
	const header = Buffer.alloc(108);
	header.writeUInt32LE(1, 0);
	header.writeUInt32LE(108, 4);
	ints(0, 0, Math.round((t.width * 4) / 3), Math.round((t.height * 4) / 3)).copy(header, 8);
	ints(0, 0, Math.round((t.width * 2540) / 72), Math.round((t.height * 2540) / 72)).copy(header, 24);
	header.writeUInt32LE(0x464d4520, 40);
	header.writeUInt32LE(0x10000, 44);
	header.writeUInt32LE(108 + body.length, 48);
	header.writeUInt32LE(r.count + 1, 52);
	header.writeUInt16LE(2, 56);
	ints(1920, 1080, 508, 286).copy(header, 72);
	return new Uint8Array(Buffer.concat([header, body]));
}

/** An EMF that draws one bitmap (a DIB) and no text, as a screenshot saved as a metafile is. */
export function emfOfBitmap(dib: Uint8Array): Uint8Array {
	const bmi = 40;
	const body = Buffer.alloc(80 + dib.length);
	body.writeUInt32LE(81, 0); // STRETCHDIBITS
	body.writeUInt32LE(body.length, 4);
	body.writeInt32LE(80, 48); // offBmiSrc
	body.writeInt32LE(bmi, 52);
	body.writeInt32LE(80 + bmi, 56); // offBitsSrc
	body.writeInt32LE(dib.length - bmi, 60);
	Buffer.from(dib).copy(body, 80);
	const padded = Buffer.concat([body, Buffer.alloc((4 - (body.length % 4)) % 4)]);
	padded.writeUInt32LE(padded.length, 4);
	const eof = Buffer.alloc(20);
	eof.writeUInt32LE(14, 0);
	eof.writeUInt32LE(20, 4);
	const header = Buffer.alloc(108);
	header.writeUInt32LE(1, 0);
	header.writeUInt32LE(108, 4);
	header.writeUInt32LE(0x464d4520, 40);
	header.writeUInt32LE(108 + padded.length + 20, 48);
	header.writeUInt32LE(3, 52);
	return new Uint8Array(Buffer.concat([header, padded, eof]));
}

let gbkCodes: Map<string, number> | null = null;

/** A string in GBK, as Chinese Windows writes an ANSI metafile's text (the table built once by decoding every double-byte code). */
export function gbk(text: string): Buffer {
	if (!gbkCodes) {
		gbkCodes = new Map();
		const decoder = new TextDecoder('gbk');
		for (let lead = 0x81; lead <= 0xfe; lead++)
			for (let trail = 0x40; trail <= 0xfe; trail++) {
				const ch = decoder.decode(new Uint8Array([lead, trail]));
				if (ch.length === 1 && ch !== '\ufffd' && !gbkCodes.has(ch)) gbkCodes.set(ch, (lead << 8) | trail);
			}
	}
	const out: number[] = [];
	for (const ch of text) {
		const code = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : gbkCodes.get(ch);
		if (code === undefined) throw new Error(`gbk: ${ch} has no code`);
		if (code > 0xff) out.push(code >> 8, code & 0xff);
		else out.push(code);
	}
	return Buffer.from(out);
}

/**
 * A WMF with its placeable header (1440 units an inch), the font 宋体 (GB2312) created after a pen and a
 * brush and so in the object table's third slot, META_EXTTEXTOUT records of GBK text with one advance a byte
 * (with `textout`, META_TEXTOUT records, without advances). With `freedSlot`, the pen is deleted and a font
 * turned 90° made before the table's, so that one takes the pen's freed slot 0 and the table's font slot 2.
 */
export function wmfTable(rows: string[][], widths: number[], options: { size?: number; textout?: boolean; freedSlot?: boolean } = {}): Uint8Array {
	const size = options.size ?? 9;
	const t = layout(rows, widths, size);
	const tw = (pt: number) => Math.round(pt * 20);
	const records: Buffer[] = [];
	const record = (fn: number, ...params: (number | Buffer)[]) => {
		const body = Buffer.concat(params.map((p) => (typeof p === 'number' ? Buffer.from(Int16Array.of(p).buffer) : Buffer.concat([p, Buffer.alloc(p.length % 2)]))));
		const head = Buffer.alloc(6);
		head.writeUInt32LE(3 + body.length / 2, 0);
		head.writeUInt16LE(fn, 4);
		records.push(Buffer.concat([head, body]));
	};
	record(0x020b, 0, 0); // SETWINDOWORG y, x
	record(0x020c, tw(t.height), tw(t.width)); // SETWINDOWEXT y, x
	record(0x02fa, 0, 1, 0, 0, 0); // CREATEPENINDIRECT: slot 0
	record(0x02fc, 0, 0, 0, 0); // CREATEBRUSHINDIRECT: slot 1
	const logfont = (escapement: number) => {
		const f = Buffer.alloc(18 + 32);
		f.writeInt16LE(-tw(size), 0);
		f.writeInt16LE(escapement, 4);
		f.writeInt16LE(400, 8);
		f.writeUInt8(134, 13);
		gbk('宋体').copy(f, 18);
		return f;
	};
	if (options.freedSlot) {
		record(0x01f0, 0); // DELETEOBJECT the pen: slot 0 free
		record(0x02fb, logfont(900)); // CREATEFONTINDIRECT, turned 90°: slot 0, the lowest free
	}
	record(0x02fb, logfont(0)); // CREATEFONTINDIRECT: slot 2
	if (!options.freedSlot) record(0x012d, 0); // SELECTOBJECT the pen
	record(0x012d, 2); // SELECTOBJECT the font
	for (const [x0, y0, x1, y1] of t.rules) {
		record(0x0214, tw(y0), tw(x0)); // MOVETO
		record(0x0213, tw(y1), tw(x1)); // LINETO
	}
	let align = -1;
	for (const run of t.runs) {
		if ((run.right ? 2 : 0) !== align) record(0x012e, (align = run.right ? 2 : 0)); // SETTEXTALIGN
		const text = gbk(run.text);
		if (options.textout) {
			record(0x0521, text.length, text, tw(run.y), tw(run.x)); // TEXTOUT: no advances
			continue;
		}
		const dx: number[] = [];
		for (const ch of run.text) for (let k = 0, n = gbk(ch).length; k < n; k++) dx.push(tw(advance(ch, size) / n));
		record(0x0a32, tw(run.y), tw(run.x), text.length, 0, text, ...dx); // EXTTEXTOUT
	}
	record(0x0000); // EOF
	const body = Buffer.concat(records);
	const meta = Buffer.alloc(18);
	meta.writeUInt16LE(1, 0);
	meta.writeUInt16LE(9, 2);
	meta.writeUInt16LE(0x300, 4);
	meta.writeUInt32LE((18 + body.length) / 2, 6);
	meta.writeUInt16LE(3, 10);
	const placeable = Buffer.alloc(22);
	placeable.writeUInt32LE(0x9ac6cdd7, 0);
	placeable.writeInt16LE(tw(t.width), 10);
	placeable.writeInt16LE(tw(t.height), 12);
	placeable.writeUInt16LE(1440, 14);
	let sum = 0;
	for (let k = 0; k < 20; k += 2) sum ^= placeable.readUInt16LE(k);
	placeable.writeUInt16LE(sum, 20);
	return new Uint8Array(Buffer.concat([placeable, meta, body]));
}
