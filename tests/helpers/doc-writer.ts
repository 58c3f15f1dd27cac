/**
 * A minimal Word 97 binary document (.doc) for tests, since no tool here writes one: a compound file (CFB
 * version 3) holding a WordDocument stream (a FIB, the text as one UTF-16LE piece, paragraph- and
 * character-property pages) and a 1Table stream (the piece table, and the bin tables of those pages).
 * Table rows are Word's: each cell ends in a cell mark (\x07) and the row in a row mark whose paragraph
 * has sprmPFTtp set. A picture is Word's inline picture: a \x01 in its own paragraph whose character
 * properties (sprmCFSpec, sprmCPicLocation) point into the Data stream, at a PICF followed by the shape
 * and its BLIP (the picture's own bytes, as Word 97–2003 and WPS store a pasted screenshot; a metafile
 * compressed, as Word stores a table pasted as a picture).
 */
import { deflateSync } from 'node:zlib';

export type DocBlock = { paragraph: string } | { row: string[] } | { picture: Uint8Array; type: keyof typeof BLIP };

const SECTOR = 512;
/** Streams shorter than the mini-stream cutoff live in the mini stream; padding them past it keeps one layout. */
const MINI_CUTOFF = 4096;
/** Where the text starts in the WordDocument stream (after the FIB). */
const TEXT_FC = 0x800;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;

const pad = (bytes: Buffer, to: number) => Buffer.concat([bytes, Buffer.alloc(Math.max(0, to - bytes.length))]);
const alignUp = (n: number, to: number) => Math.ceil(n / to) * to;

/** The document's text (paragraph marks \r, cell and row marks \x07), where its row marks are, and where its pictures' \x01 are. */
function textOf(blocks: DocBlock[]): { text: string; rowMarks: number[]; pictures: number[] } {
	let text = '';
	const rowMarks: number[] = [];
	const pictures: number[] = [];
	for (const b of blocks) {
		if ('paragraph' in b) text += `${b.paragraph}\r`;
		else if ('picture' in b) {
			pictures.push(text.length);
			text += '\x01\r';
		} else {
			text += b.row.map((c) => `${c}\x07`).join('');
			rowMarks.push(text.length);
			text += '\x07';
		}
	}
	return { text, rowMarks, pictures };
}

/** Runs of paragraph properties, as file offsets: the text between row marks plain, each row mark a table-row end. */
function papxRuns(length: number, rowMarks: number[]): { from: number; to: number; rowEnd: boolean }[] {
	const runs: { from: number; to: number; rowEnd: boolean }[] = [];
	let at = 0;
	for (const mark of rowMarks) {
		if (mark > at) runs.push({ from: at, to: mark, rowEnd: false });
		runs.push({ from: mark, to: mark + 1, rowEnd: true });
		at = mark + 1;
	}
	if (at < length) runs.push({ from: at, to: length, rowEnd: false });
	return runs.map((r) => ({ ...r, from: TEXT_FC + 2 * r.from, to: TEXT_FC + 2 * r.to }));
}

/** Paragraph-property pages (PapxFkp), 26 runs each; the two PAPXs every run points at sit at the page's end. */
const RUNS_PER_PAGE = 26;
const PLAIN_AT = 480;
const ROW_END_AT = 488;

function papxPage(runs: { from: number; to: number; rowEnd: boolean }[]): Buffer {
	const page = Buffer.alloc(SECTOR);
	runs.forEach((r, j) => page.writeUInt32LE(r.from, j * 4));
	page.writeUInt32LE(runs[runs.length - 1].to, runs.length * 4);
	runs.forEach((r, j) => page.writeUInt8((r.rowEnd ? ROW_END_AT : PLAIN_AT) / 2, (runs.length + 1) * 4 + j * 13));
	// A plain paragraph: cb 0, cb' 1, then only its style index (istd 0).
	Buffer.from([0, 1, 0, 0]).copy(page, PLAIN_AT);
	// A table-row end: cb 3 (istd + sprmPFTtp 0x2417 with operand 1).
	Buffer.from([3, 0, 0, 0x17, 0x24, 1]).copy(page, ROW_END_AT);
	page.writeUInt8(runs.length, SECTOR - 1);
	return page;
}

const recordHeader = (version: number, instance: number, type: number, length: number) => {
	const h = Buffer.alloc(8);
	h.writeUInt16LE(version | (instance << 4), 0);
	h.writeUInt16LE(type, 2);
	h.writeUInt32LE(length, 4);
	return h;
};

/** BLIP record type, instance (one UID) and the FBSE's blip type of each kind of picture. */
const BLIP = { jpeg: [0xf01d, 0x46a, 5], png: [0xf01e, 0x6e0, 6], dib: [0xf01f, 0x7a8, 7], emf: [0xf01a, 0x3d4, 2], wmf: [0xf01b, 0x216, 3] } as const;

/**
 * A metafile BLIP's body after its UID ([MS-ODRAW] 2.2.24): the 34-byte header (size, bounds, size in EMUs,
 * stored size, DEFLATE), then the file compressed; a WMF without its placeable header, whose bounds go to the BLIP's.
 */
function metafileBody(file: Uint8Array, type: 'emf' | 'wmf'): Buffer {
	const b = Buffer.from(file);
	const placeable = type === 'wmf' && b.length >= 22 && b.readUInt32LE(0) === 0x9ac6cdd7;
	const bytes = placeable ? b.subarray(22) : b;
	const stored = deflateSync(bytes);
	const header = Buffer.alloc(34);
	header.writeUInt32LE(bytes.length, 0);
	if (placeable) {
		const [left, top, right, bottom, inch] = [b.readInt16LE(6), b.readInt16LE(8), b.readInt16LE(10), b.readInt16LE(12), b.readUInt16LE(14)];
		[left, top, right, bottom].forEach((v, k) => header.writeInt32LE(v, 4 + 4 * k));
		header.writeInt32LE(Math.round(((right - left) * 914400) / inch), 20);
		header.writeInt32LE(Math.round(((bottom - top) * 914400) / inch), 24);
	}
	header.writeUInt32LE(stored.length, 28);
	header.writeUInt8(0, 32); // DEFLATE
	header.writeUInt8(0xfe, 33);
	return Buffer.concat([header, stored]);
}

/** A picture as Word stores it inline in the Data stream: PICF (68 bytes), the shape, the FBSE and its BLIP. */
function dataPicture(picture: Uint8Array, type: keyof typeof BLIP): Buffer {
	const [blipType, instance, btWin32] = BLIP[type];
	// A raster's UID is followed by a tag byte; a metafile's by its header.
	const content = type === 'emf' || type === 'wmf' ? metafileBody(picture, type) : Buffer.concat([Buffer.from([0xff]), Buffer.from(picture)]);
	const blip = Buffer.concat([recordHeader(0, instance, blipType, 16 + content.length), Buffer.alloc(16, 0xab), content]);
	const fbse = Buffer.alloc(36);
	fbse.writeUInt8(btWin32, 0);
	fbse.writeUInt8(btWin32, 1);
	fbse.writeUInt16LE(0xff, 18);
	fbse.writeUInt32LE(blip.length, 20);
	fbse.writeUInt32LE(1, 24); // cRef
	const shape = Buffer.concat([recordHeader(0xf, 0, 0xf004, 16), recordHeader(2, 75, 0xf00a, 8), Buffer.from([1, 4, 0, 0, 0x00, 0x0a, 0, 0])]);
	const body = Buffer.concat([shape, recordHeader(2, btWin32, 0xf007, 36 + blip.length), fbse, blip]);
	const picf = Buffer.alloc(68);
	picf.writeUInt32LE(68 + body.length, 0); // lcb
	picf.writeUInt16LE(0x44, 4); // cbHeader
	picf.writeUInt16LE(0x64, 6); // mfpf.mm: MM_SHAPE
	picf.writeInt16LE(8640, 28); // dxaGoal: 6 inches
	picf.writeInt16LE(5760, 30); // dyaGoal
	picf.writeUInt16LE(1000, 32); // mx
	picf.writeUInt16LE(1000, 34); // my
	return Buffer.concat([picf, body]);
}

/** Runs of character properties, as file offsets: each picture's \x01 a run of its own pointing at its PICF, the rest plain. */
function chpxRuns(length: number, pictures: number[], at: number[]): { from: number; to: number; picture?: number }[] {
	const runs: { from: number; to: number; picture?: number }[] = [];
	let from = 0;
	pictures.forEach((cp, k) => {
		if (cp > from) runs.push({ from, to: cp });
		runs.push({ from: cp, to: cp + 1, picture: at[k] });
		from = cp + 1;
	});
	if (from < length) runs.push({ from, to: length });
	return runs.map((r) => ({ ...r, from: TEXT_FC + 2 * r.from, to: TEXT_FC + 2 * r.to }));
}

/** Character-property pages (ChpxFkp), 20 runs each; a picture's CHPX (sprmCFSpec, sprmCPicLocation) from the page's end down. */
const CHPX_RUNS_PER_PAGE = 20;

function chpxPage(runs: { from: number; to: number; picture?: number }[]): Buffer {
	const page = Buffer.alloc(SECTOR);
	runs.forEach((r, j) => page.writeUInt32LE(r.from, j * 4));
	page.writeUInt32LE(runs[runs.length - 1].to, runs.length * 4);
	let at = SECTOR - 2;
	runs.forEach((r, j) => {
		if (r.picture === undefined) return; // rgb 0: the run has default properties
		at -= 10;
		const chpx = Buffer.from([9, 0x55, 0x08, 1, 0x03, 0x6a, 0, 0, 0, 0]);
		chpx.writeUInt32LE(r.picture, 6);
		chpx.copy(page, at);
		page.writeUInt8(at / 2, (runs.length + 1) * 4 + j);
	});
	page.writeUInt8(runs.length, SECTOR - 1);
	return page;
}

/** A bin table (PlcfBte): each page's first file offset, the last run's end, then each page's sector number. */
function binTable(pages: { from: number; to: number }[][], firstSector: number): Buffer {
	const bte = Buffer.alloc((pages.length + 1) * 4 + pages.length * 4);
	pages.forEach((p, i) => bte.writeUInt32LE(p[0].from, i * 4));
	bte.writeUInt32LE(pages[pages.length - 1].at(-1)!.to, pages.length * 4);
	pages.forEach((_, i) => bte.writeUInt32LE(firstSector + i, (pages.length + 1) * 4 + i * 4));
	return bte;
}

const inPages = <T>(runs: T[], size: number): T[][] => Array.from({ length: Math.ceil(runs.length / size) }, (_, i) => runs.slice(i * size, (i + 1) * size));

function wordStreams(blocks: DocBlock[]): { wordDocument: Buffer; table: Buffer; data: Buffer | null } {
	const { text, rowMarks, pictures } = textOf(blocks);
	const pictureBlocks = blocks.filter((b): b is Extract<DocBlock, { picture: Uint8Array }> => 'picture' in b);
	const stored = pictureBlocks.map((b) => dataPicture(b.picture, b.type));
	const offsets = stored.map((_, k) => stored.slice(0, k).reduce((n, p) => n + p.length, 0));
	const textBytes = Buffer.from(text, 'utf16le');
	const runs = papxRuns(text.length, rowMarks);
	const pages = inPages(runs, RUNS_PER_PAGE);
	const chpxPages = inPages(chpxRuns(text.length, pictures, offsets), CHPX_RUNS_PER_PAGE);
	const firstPage = alignUp(TEXT_FC + textBytes.length, SECTOR);

	const fib = Buffer.alloc(TEXT_FC);
	fib.writeUInt16LE(0xa5ec, 0); // wIdent
	fib.writeUInt16LE(0x00c1, 2); // nFib: Word 97
	fib.writeUInt16LE(0x0200, 0x0a); // fWhichTblStm: the table stream is 1Table
	fib.writeUInt32LE(TEXT_FC, 0x18); // fcMin
	fib.writeUInt32LE(TEXT_FC + textBytes.length, 0x1c); // fcMac
	fib.writeUInt16LE(14, 0x20); // csw
	fib.writeUInt16LE(22, 0x3e); // cslw
	fib.writeUInt32LE(text.length, 0x4c); // ccpText
	fib.writeUInt16LE(0x5d, 0x98); // cbRgFcLcb

	// 1Table: the Clx (one piece: all the text, UTF-16LE at TEXT_FC), then the bin table of the PAPX pages.
	const clx = Buffer.alloc(1 + 4 + 8 + 8);
	clx.writeUInt8(2, 0);
	clx.writeUInt32LE(16, 1);
	clx.writeUInt32LE(0, 5);
	clx.writeUInt32LE(text.length, 9);
	clx.writeUInt32LE(TEXT_FC, 15); // PCD: 2 bytes of flags, fc (bit 30 clear: UTF-16), 2 bytes of prm
	const bte = binTable(pages, firstPage / SECTOR);
	const chpxBte = binTable(chpxPages, firstPage / SECTOR + pages.length);
	fib.writeUInt32LE(clx.length + bte.length, 0xfa); // fcPlcfbteChpx
	fib.writeUInt32LE(chpxBte.length, 0xfe); // lcbPlcfbteChpx
	fib.writeUInt32LE(clx.length, 0x102); // fcPlcfbtePapx
	fib.writeUInt32LE(bte.length, 0x106); // lcbPlcfbtePapx
	fib.writeUInt32LE(0, 0x1a2); // fcClx
	fib.writeUInt32LE(clx.length, 0x1a6); // lcbClx

	const wordDocument = Buffer.concat([fib, pad(textBytes, firstPage - TEXT_FC), ...pages.map(papxPage), ...chpxPages.map(chpxPage)]);
	return {
		wordDocument: pad(wordDocument, MINI_CUTOFF),
		table: pad(Buffer.concat([clx, bte, chpxBte]), MINI_CUTOFF),
		data: stored.length ? pad(Buffer.concat(stored), MINI_CUTOFF) : null
	};
}

/** One 128-byte directory entry. */
function dirEntry(name: string, type: number, left: number, right: number, child: number, start: number, size: number): Buffer {
	const e = Buffer.alloc(128);
	if (type !== 0) {
		e.write(name, 0, 'utf16le');
		e.writeUInt16LE((name.length + 1) * 2, 64);
	}
	e.writeUInt8(type, 66);
	e.writeUInt8(1, 67); // black
	e.writeUInt32LE(left, 68);
	e.writeUInt32LE(right, 72);
	e.writeUInt32LE(child, 76);
	e.writeUInt32LE(start, 116);
	e.writeUInt32LE(size, 120);
	return e;
}

/**
 * The compound file: header, its FAT sectors, one directory sector, then each stream's sectors. The
 * streams are the root's children in a tree ordered as CFB orders names (by length, then name): the
 * middle one at the top, the shorter to its left, the longer to its right.
 */
function compoundFile(streams: { name: string; bytes: Buffer }[]): Buffer {
	if (streams.length > 3) throw new Error('doc-writer: one directory sector only');
	streams = [...streams].sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : 1));
	const sectors = streams.map((s) => Math.ceil(s.bytes.length / SECTOR));
	const data = sectors.reduce((a, b) => a + b, 0);
	let fats = 1;
	while (fats * (SECTOR / 4) < fats + 1 + data) fats++;
	if (fats > 109) throw new Error('doc-writer: the header lists 109 FAT sectors at most');
	const fat = Buffer.alloc(fats * SECTOR, 0xff);
	for (let i = 0; i < fats; i++) fat.writeUInt32LE(FATSECT, i * 4);
	fat.writeUInt32LE(ENDOFCHAIN, fats * 4); // the directory
	const starts: number[] = [];
	let next = fats + 1;
	for (const count of sectors) {
		starts.push(next);
		for (let k = 0; k < count; k++) fat.writeUInt32LE(k === count - 1 ? ENDOFCHAIN : next + k + 1, (next + k) * 4);
		next += count;
	}
	const top = Math.floor((streams.length - 1) / 2);
	const entry = (i: number) => (i >= 0 && i < streams.length ? i + 1 : NOSTREAM);
	const directory = Buffer.concat([
		dirEntry('Root Entry', 5, NOSTREAM, NOSTREAM, entry(top), ENDOFCHAIN, 0),
		...streams.map((s, i) => dirEntry(s.name, 2, i === top ? entry(top - 1) : NOSTREAM, i === top ? entry(top + 1) : NOSTREAM, NOSTREAM, starts[i], s.bytes.length)),
		...Array.from({ length: 3 - streams.length }, () => dirEntry('', 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0))
	]);
	const header = Buffer.alloc(SECTOR);
	Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header, 0);
	header.writeUInt16LE(0x3e, 24); // minor version
	header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
	header.writeUInt16LE(0xfffe, 28); // byte order
	header.writeUInt16LE(9, 30); // sector shift
	header.writeUInt16LE(6, 32); // mini sector shift
	header.writeUInt32LE(fats, 44); // FAT sectors
	header.writeUInt32LE(fats, 48); // first directory sector
	header.writeUInt32LE(MINI_CUTOFF, 56);
	header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
	header.writeUInt32LE(0, 64);
	header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
	header.writeUInt32LE(0, 72);
	for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fats ? i : FREESECT, 76 + i * 4);
	return Buffer.concat([header, fat, directory, ...streams.map((s, i) => pad(s.bytes, sectors[i] * SECTOR))]);
}

export function writeDoc(blocks: DocBlock[]): Uint8Array {
	const { wordDocument, table, data } = wordStreams(blocks);
	const streams = [{ name: 'WordDocument', bytes: wordDocument }, { name: '1Table', bytes: table }];
	return new Uint8Array(compoundFile(data ? [...streams, { name: 'Data', bytes: data }] : streams));
}
