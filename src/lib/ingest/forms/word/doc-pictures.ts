/**
 * Inline pictures of a legacy Word document (.doc), as Word 97–2003 and WPS store a pasted screenshot
 * ([MS-DOC] 2.4.6.4): a \x01 in the text whose character properties (a CHPX with sprmCFSpec and
 * sprmCPicLocation) give where, in the Data stream, its PICF stands; after the PICF, the shape and its
 * FBSE, which holds the picture's own bytes (a BLIP: JPEG, PNG, DIB or TIFF, or an EMF or WMF metafile,
 * read by metafile/ for the text it draws).
 * Every read is bounded by the buffer it reads: a broken document gives fewer pictures, never a throw.
 */
import type { PictureRefusal } from '../../problems';
import { MAX_PICTURE_BYTES, tooManyBytes, type Picture } from '../ocr/picture';
import { dibPicture } from '../ocr/picture-formats';
import { inflateSync } from 'node:zlib';

/** A run of characters (file offsets in the WordDocument stream) whose pictures' PICF is at `at` in the Data stream. */
export interface PictureRun {
	from: number;
	to: number;
	at: number;
}

const SPRM_PIC_LOCATION = 0x6a03;
const SPRM_SPEC = 0x0855;
const FKP = 512;

/** The sprms of a grpprl: each one's code and operand offset; the operand's size from its spra ([MS-DOC] 2.2.5.1). */
function* sprms(b: Buffer, from: number, to: number): Generator<{ sprm: number; at: number }> {
	let i = from;
	while (i + 2 <= to) {
		const sprm = b.readUInt16LE(i);
		const spra = sprm >> 13;
		const at = i + 2;
		const size = [1, 1, 2, 4, 2, 2, -1, 3][spra];
		const length = size >= 0 ? size : at < to ? b[at] + 1 : 0;
		if (at + length > to || length === 0) return;
		yield { sprm, at };
		i = at + length;
	}
}

/**
 * The runs of the document's inline pictures, from its character-property pages (PlcfBteChpx in the table
 * stream, each page a ChpxFkp of the WordDocument stream): a run is a picture's where it is special
 * (sprmCFSpec) and located in the Data stream (sprmCPicLocation). Sorted by where they start.
 */
export function pictureRuns(word: Buffer, table: Buffer): PictureRun[] {
	if (word.length < 0x102) return [];
	const fc = word.readUInt32LE(0xfa);
	const lcb = word.readUInt32LE(0xfe);
	if (lcb < 12 || fc + lcb > table.length) return [];
	const pages = Math.floor((lcb - 4) / 8);
	const runs: PictureRun[] = [];
	for (let p = 0; p < pages; p++) {
		const start = table.readUInt32LE(fc + (pages + 1) * 4 + p * 4) * FKP;
		if (start + FKP > word.length) continue;
		const page = word.subarray(start, start + FKP);
		const count = Math.min(page[FKP - 1], 101);
		for (let j = 0; j < count; j++) {
			const rgb = page[(count + 1) * 4 + j] * 2;
			if (rgb === 0 || rgb >= FKP - 1) continue;
			let at = -1;
			let special = false;
			for (const s of sprms(page, rgb + 1, Math.min(rgb + 1 + page[rgb], FKP - 1))) {
				if (s.sprm === SPRM_PIC_LOCATION && s.at + 4 <= FKP) at = page.readUInt32LE(s.at);
				if (s.sprm === SPRM_SPEC) special = page[s.at] === 1;
			}
			if (special && at >= 0) runs.push({ from: page.readUInt32LE(j * 4), to: page.readUInt32LE((j + 1) * 4), at });
		}
	}
	return runs.sort((a, b) => a.from - b.from);
}

/** The run holding a file offset, by halving (runs are sorted and do not overlap). */
export function runAt(runs: PictureRun[], fc: number): PictureRun | undefined {
	let lo = 0;
	let hi = runs.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (fc < runs[mid].from) hi = mid - 1;
		else if (fc >= runs[mid].to) lo = mid + 1;
		else return runs[mid];
	}
	return undefined;
}

/** BLIP record types ([MS-ODRAW] 2.2.23–2.2.31) that hold a raster picture decoded here, and the metafiles that are not. */
const RASTER = new Map([
	[0xf01d, 'JPEG'],
	[0xf01e, 'PNG'],
	[0xf01f, 'DIB'],
	[0xf029, 'TIFF']
]);
const METAFILE = new Map([
	[0xf01a, 'EMF'],
	[0xf01b, 'WMF'],
	[0xf01c, 'PICT']
]);
const FBSE = 0xf007;
const MM_SHAPEFILE = 0x66;

/**
 * The picture whose PICF stands at `at` in the Data stream (`name` for its problems): its raster bytes, a
 * refusal (a metafile, one over the byte budget), or null where no picture is found there.
 */
export function storedPicture(data: Buffer, at: number, name: string): Picture | { name: string; refused: PictureRefusal } | null {
	if (at + 68 > data.length) return null;
	const end = Math.min(data.length, at + data.readUInt32LE(at));
	let i = at + data.readUInt16LE(at + 4);
	// A linked picture names its file after the header.
	if (data.readUInt16LE(at + 6) === MM_SHAPEFILE && i < end) i += 1 + data[i];
	while (i + 8 <= end) {
		const instance = data.readUInt16LE(i) >> 4;
		const type = data.readUInt16LE(i + 2);
		const length = data.readUInt32LE(i + 4);
		const body = i + 8;
		if (type === FBSE) {
			// The FBSE's 36 bytes and its name, then the BLIP it holds.
			i = body + 36 + (body + 34 <= end ? data[body + 33] : 0);
			continue;
		}
		const kind = RASTER.get(type);
		if (kind) {
			// One or two 16-byte UIDs (the second where the instance is odd), then a tag byte.
			const from = body + 16 * (instance & 1 ? 2 : 1) + 1;
			const to = Math.min(end, body + length);
			if (to - from > MAX_PICTURE_BYTES) return { name, refused: tooManyBytes(to - from) };
			if (to <= from) return null;
			const bytes = data.subarray(from, to);
			return { name, bytes: kind === 'DIB' ? dibPicture(bytes) : new Uint8Array(bytes) };
		}
		const metafile = METAFILE.get(type);
		if (metafile) return storedMetafile(data.subarray(body + 16 * (instance & 1 ? 2 : 1), Math.min(end, body + length)), metafile, name);
		// The shape container and anything else Word put before the FBSE are passed over whole.
		i = body + length;
	}
	return null;
}

const EMU_PER_INCH = 914400;

/**
 * A metafile BLIP's file ([MS-ODRAW] 2.2.24): after its UIDs, a 34-byte header (the file's size, its bounds
 * in logical units and in EMUs, its stored size, whether DEFLATE compressed it), then the file. A WMF is
 * stored without its placeable header: one is put back from the bounds, so its units per inch are known.
 */
function storedMetafile(blip: Buffer, kind: string, name: string): Picture | { name: string; refused: PictureRefusal } | null {
	if (kind === 'PICT') return { name, refused: { why: 'not-decoded', message: 'PICT 图元文件' } };
	if (blip.length < 34) return null;
	const size = blip.readUInt32LE(0);
	if (size > MAX_PICTURE_BYTES) return { name, refused: tooManyBytes(size) };
	const stored = blip.subarray(34, 34 + blip.readUInt32LE(28));
	let file: Uint8Array;
	try {
		file = blip[32] === 0 ? inflateSync(stored, { maxOutputLength: Math.max(1, size) }) : stored;
	} catch (e) {
		return { name, refused: { why: 'not-decoded', message: `${kind} 图元文件无法解压（${(e as Error).message.split('\n')[0]}）` } };
	}
	if (kind === 'EMF') return { name, bytes: new Uint8Array(file) };
	const [left, top, right, bottom, emuWide] = [blip.readInt32LE(4), blip.readInt32LE(8), blip.readInt32LE(12), blip.readInt32LE(16), blip.readInt32LE(20)];
	const inch = emuWide > 0 && right > left ? Math.round(((right - left) * EMU_PER_INCH) / emuWide) : 1440;
	const header = Buffer.alloc(22);
	header.writeUInt32LE(0x9ac6cdd7, 0);
	[left, top, right, bottom].forEach((v, k) => header.writeInt16LE(Math.max(-32768, Math.min(32767, v)), 6 + 2 * k));
	header.writeUInt16LE(Math.max(1, Math.min(65535, inch)), 14);
	let sum = 0;
	for (let k = 0; k < 20; k += 2) sum ^= header.readUInt16LE(k);
	header.writeUInt16LE(sum, 20);
	return { name, bytes: new Uint8Array(Buffer.concat([header, file])) };
}
