/**
 * The same pages as pdf-writer.ts, typeset the way office software and typesetters write PDFs: by
 * pdf-lib, in a real CJK font (Noto Sans CJK SC, the font .ci/run installs) embedded as a subset, its
 * glyphs with their own widths (digits narrower than an em) and pdf-lib's ToUnicode map. pdf-writer.ts
 * draws no glyphs and makes every one an em wide; this checks the reader on what a real font gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { PDFDocument, degrees } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { PAGE, type Placed, type Turn } from './pdf-writer';

/** Debian's fonts-noto-cjk; CJK_FONT names another .ttc holding Noto Sans CJK SC. */
const COLLECTION = process.env.CJK_FONT || '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FONT = 'NotoSansCJKsc-Regular';

/**
 * One font of an OpenType collection (.ttc) as a font file of its own: its table directory, with each
 * table copied after it. pdf-lib embeds font files, not collections.
 */
export function fontOfCollection(ttc: Uint8Array, index: number): Uint8Array {
	const view = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
	if (view.getUint32(0) !== 0x74746366 /* 'ttcf' */) throw new Error('not an OpenType collection');
	const at = view.getUint32(12 + 4 * index);
	const count = view.getUint16(at + 4);
	const tables = Array.from({ length: count }, (_, i) => {
		const r = at + 12 + 16 * i;
		return { tag: view.getUint32(r), checksum: view.getUint32(r + 4), offset: view.getUint32(r + 8), length: view.getUint32(r + 12) };
	});
	const padded = (n: number) => (n + 3) & ~3;
	const out = new Uint8Array(tables.reduce((n, t) => n + padded(t.length), 12 + 16 * count));
	const write = new DataView(out.buffer);
	out.set(ttc.subarray(at, at + 12), 0);
	let offset = 12 + 16 * count;
	tables.forEach((t, i) => {
		[t.tag, t.checksum, offset, t.length].forEach((v, k) => write.setUint32(12 + 16 * i + 4 * k, v));
		out.set(ttc.subarray(t.offset, t.offset + t.length), offset);
		offset += padded(t.length);
	});
	return out;
}

const fonts = new Map<string, Uint8Array>();

/** A font of a collection (from Debian's package `pkg`), read once. */
function collectionFont(collection: string, name: string, pkg = 'fonts-noto-cjk'): Uint8Array {
	const known = fonts.get(name);
	if (known) return known;
	if (!existsSync(collection)) throw new Error(`${collection} not found: install ${pkg} (as .ci/run does)${pkg === 'fonts-noto-cjk' ? ' or set CJK_FONT' : ''}`);
	const ttc = readFileSync(collection);
	const index = (fontkit.create(ttc) as unknown as { fonts: { postscriptName: string }[] }).fonts.findIndex((f) => f.postscriptName === name);
	if (index < 0) throw new Error(`${collection} holds no ${name}`);
	const font = fontOfCollection(new Uint8Array(ttc), index);
	fonts.set(name, font);
	return font;
}

export const notoSansSC = (): Uint8Array => collectionFont(COLLECTION, FONT);

/** Noto Serif CJK SC (in Debian's fonts-noto-cjk too): a 宋体-like face with serif digits, as reports' tables are set. */
export const notoSerifSC = (): Uint8Array => collectionFont(COLLECTION.replace('NotoSansCJK', 'NotoSerifCJK'), 'NotoSerifCJKsc-Regular');

/** AR PL UKai CN (Debian's fonts-arphic-ukai): a 楷体 face, brush strokes, as official documents set their second-level headings and at times their tables. */
export const KAI_FILE = '/usr/share/fonts/truetype/arphic/ukai.ttc';
export const kaiCN = (): Uint8Array => collectionFont(KAI_FILE, 'UKaiCN', 'fonts-arphic-ukai');

/**
 * The PDF's bytes: one page per list of runs, each run drawn at its position (and angle) in the embedded
 * font; a turned page (pdf-writer.ts's Turn) is portrait with its landscape runs drawn sideways.
 */
export async function typesetPdf(pages: Placed[][], turns: (Turn | undefined)[] = []): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const cjk = await doc.embedFont(notoSansSC(), { subset: true });
	pages.forEach((runs, i) => {
		const page = doc.addPage([PAGE.width, PAGE.height]);
		if (turns[i] === 'rotate') page.setRotation(degrees(90));
		// Landscape (x, y) onto the portrait page: x → up, y → left, the text turned a quarter.
		const at = (r: Placed) => (turns[i] ? { x: PAGE.width - r.y, y: r.x, rotate: degrees(90 + (r.angle ?? 0)) } : { x: r.x, y: r.y, rotate: degrees(r.angle ?? 0) });
		for (const r of runs) page.drawText(r.text, { ...at(r), size: r.size, font: cjk });
	});
	// A fixed date, so the same pages give the same bytes.
	doc.setCreationDate(new Date(0));
	doc.setModificationDate(new Date(0));
	// Object streams off: the font dictionaries stay readable (a test checks the font is embedded).
	return doc.save({ useObjectStreams: false });
}
