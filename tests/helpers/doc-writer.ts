/**
 * A minimal Word 97 binary document (.doc) for tests, since no tool here writes one: a compound file (CFB
 * version 3) holding a WordDocument stream (a FIB, the text as one UTF-16LE piece, paragraph-property
 * pages) and a 1Table stream (the piece table, and the bin table of those pages). Table rows are Word's:
 * each cell ends in a cell mark (\x07) and the row in a row mark whose paragraph has sprmPFTtp set.
 */

export type DocBlock = { paragraph: string } | { row: string[] };

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

/** The document's text (paragraph marks \r, cell and row marks \x07) and where its row marks are. */
function textOf(blocks: DocBlock[]): { text: string; rowMarks: number[] } {
	let text = '';
	const rowMarks: number[] = [];
	for (const b of blocks) {
		if ('paragraph' in b) text += `${b.paragraph}\r`;
		else {
			text += b.row.map((c) => `${c}\x07`).join('');
			rowMarks.push(text.length);
			text += '\x07';
		}
	}
	return { text, rowMarks };
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

function wordStreams(blocks: DocBlock[]): { wordDocument: Buffer; table: Buffer } {
	const { text, rowMarks } = textOf(blocks);
	const textBytes = Buffer.from(text, 'utf16le');
	const runs = papxRuns(text.length, rowMarks);
	const pages: (typeof runs)[] = [];
	for (let i = 0; i < runs.length; i += RUNS_PER_PAGE) pages.push(runs.slice(i, i + RUNS_PER_PAGE));
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
	const bte = Buffer.alloc((pages.length + 1) * 4 + pages.length * 4);
	pages.forEach((p, i) => bte.writeUInt32LE(p[0].from, i * 4));
	bte.writeUInt32LE(runs[runs.length - 1].to, pages.length * 4);
	pages.forEach((_, i) => bte.writeUInt32LE(firstPage / SECTOR + i, (pages.length + 1) * 4 + i * 4));
	fib.writeUInt32LE(clx.length, 0x102); // fcPlcfbtePapx
	fib.writeUInt32LE(bte.length, 0x106); // lcbPlcfbtePapx
	fib.writeUInt32LE(0, 0x1a2); // fcClx
	fib.writeUInt32LE(clx.length, 0x1a6); // lcbClx

	const wordDocument = Buffer.concat([fib, pad(textBytes, firstPage - TEXT_FC), ...pages.map(papxPage)]);
	return { wordDocument: pad(wordDocument, MINI_CUTOFF), table: pad(Buffer.concat([clx, bte]), MINI_CUTOFF) };
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

/** The compound file: header, one FAT sector, one directory sector, then each stream's sectors. */
function compoundFile(streams: { name: string; bytes: Buffer }[]): Buffer {
	const sectors = streams.map((s) => Math.ceil(s.bytes.length / SECTOR));
	if (2 + sectors.reduce((a, b) => a + b, 0) > SECTOR / 4) throw new Error('doc-writer: one FAT sector only');
	const fat = Buffer.alloc(SECTOR, 0xff);
	fat.writeUInt32LE(FATSECT, 0);
	fat.writeUInt32LE(ENDOFCHAIN, 4);
	const starts: number[] = [];
	let next = 2;
	for (const count of sectors) {
		starts.push(next);
		for (let k = 0; k < count; k++) fat.writeUInt32LE(k === count - 1 ? ENDOFCHAIN : next + k + 1, (next + k) * 4);
		next += count;
	}
	// Siblings ordered by name length, then name: 1Table < WordDocument, so 1Table is the left child.
	const directory = Buffer.concat([
		dirEntry('Root Entry', 5, NOSTREAM, NOSTREAM, 1, ENDOFCHAIN, 0),
		dirEntry(streams[0].name, 2, 2, NOSTREAM, NOSTREAM, starts[0], streams[0].bytes.length),
		dirEntry(streams[1].name, 2, NOSTREAM, NOSTREAM, NOSTREAM, starts[1], streams[1].bytes.length),
		dirEntry('', 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0)
	]);
	const header = Buffer.alloc(SECTOR);
	Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header, 0);
	header.writeUInt16LE(0x3e, 24); // minor version
	header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
	header.writeUInt16LE(0xfffe, 28); // byte order
	header.writeUInt16LE(9, 30); // sector shift
	header.writeUInt16LE(6, 32); // mini sector shift
	header.writeUInt32LE(1, 44); // FAT sectors
	header.writeUInt32LE(1, 48); // first directory sector
	header.writeUInt32LE(MINI_CUTOFF, 56);
	header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
	header.writeUInt32LE(0, 64);
	header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
	header.writeUInt32LE(0, 72);
	for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 76 + i * 4);
	return Buffer.concat([header, fat, directory, ...streams.map((s, i) => pad(s.bytes, sectors[i] * SECTOR))]);
}

export function writeDoc(blocks: DocBlock[]): Uint8Array {
	const { wordDocument, table } = wordStreams(blocks);
	return new Uint8Array(compoundFile([{ name: 'WordDocument', bytes: wordDocument }, { name: '1Table', bytes: table }]));
}
