/**
 * A small PDF writer for tests: text placed at positions, in a Type0 font (Identity-H, two-byte CIDs) whose
 * ToUnicode CMap maps each CID to its character, so pdf.js extracts Chinese text without any glyphs being
 * embedded. Every glyph is one em wide (DW 1000), which is what pdf.js then reports as the text's width.
 */

/** One run of text: its left edge and baseline in points from the page's bottom-left, and its font size. */
export interface Placed {
	x: number;
	y: number;
	size: number;
	text: string;
	/** Degrees counter-clockwise the run is drawn at (a seal's characters around its ring, a watermark). */
	angle?: number;
}

/**
 * How a page is turned: `rotate` is a portrait page (MediaBox) the viewer turns by /Rotate 90, its content
 * drawn sideways so it reads upright once turned; `sideways` draws the same content on a portrait page
 * with no /Rotate (the reader turns the paper). Either way the runs are given in landscape coordinates.
 */
export type Turn = 'rotate' | 'sideways';

export const PAGE = { width: 595, height: 842 };

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** The characters used, numbered from 1 as CIDs (CID 0 is .notdef). */
function cidsOf(pages: Placed[][]): Map<string, number> {
	const cids = new Map<string, number>();
	for (const page of pages) for (const run of page) for (const ch of run.text) if (!cids.has(ch)) cids.set(ch, cids.size + 1);
	return cids;
}

/** bfchar blocks of at most 100 entries each, as the CMap format requires; UTF-16BE targets. */
function toUnicode(cids: Map<string, number>): string {
	const entries = [...cids].map(([ch, cid]) => {
		const utf16 = [...ch].flatMap((c) => {
			const code = c.codePointAt(0)!;
			if (code < 0x10000) return [hex4(code)];
			const v = code - 0x10000;
			return [hex4(0xd800 + (v >> 10)), hex4(0xdc00 + (v & 0x3ff))];
		});
		return `<${hex4(cid)}> <${utf16.join('')}>`;
	});
	const blocks: string[] = [];
	for (let i = 0; i < entries.length; i += 100) {
		const block = entries.slice(i, i + 100);
		blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
	}
	return [
		'/CIDInit /ProcSet findresource begin',
		'12 dict begin',
		'begincmap',
		'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
		'/CMapName /Adobe-Identity-UCS def',
		'/CMapType 2 def',
		'1 begincodespacerange',
		'<0000> <FFFF>',
		'endcodespacerange',
		...blocks,
		'endcmap',
		'CMapName currentdict /CMap defineresource pop',
		'end',
		'end'
	].join('\n');
}

/** The text matrix of a run: its angle and position. */
function matrix(r: Placed): string {
	const a = ((r.angle ?? 0) * Math.PI) / 180;
	const [c, s] = [Math.cos(a), Math.sin(a)].map((v) => (Math.abs(v) < 1e-9 ? 0 : v));
	return [c, s, -s, c, r.x, r.y].map((v) => +v.toFixed(4)).join(' ');
}

/** The PDF's bytes: one page per list of runs (`turns[i]` turns page i to landscape). */
export function writePdf(pages: Placed[][], turns: (Turn | undefined)[] = []): Uint8Array {
	const cids = cidsOf(pages);
	const objects: string[] = [];
	const add = (body: string) => objects.push(body) as number;
	const stream = (content: string, dict = '') => `<< ${dict}/Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

	const catalog = add('');
	const pagesObj = add('');
	const descriptor = add('<< /Type /FontDescriptor /FontName /NianbaoTest /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
	const cidFont = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NianbaoTest /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`);
	const cmap = add(stream(toUnicode(cids)));
	const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /NianbaoTest /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${cmap} 0 R >>`);
	const kids = pages.map((runs, i) => {
		let content = runs.map((r) => `BT /F1 ${r.size} Tf ${matrix(r)} Tm <${[...r.text].map((ch) => hex4(cids.get(ch)!)).join('')}> Tj ET`).join('\n');
		// Landscape coordinates (x along the long side) onto the portrait page: x → up, y → left.
		if (turns[i]) content = `q 0 1 -1 0 ${PAGE.width} 0 cm\n${content}\nQ`;
		const contents = add(stream(content));
		const rotate = turns[i] === 'rotate' ? ' /Rotate 90' : '';
		return add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}]${rotate} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`);
	});
	objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
	objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

	let out = '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(out, 'latin1'));
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A line of the document: text runs at given x (one run for a paragraph line, one per cell for a table row). */
export interface LayoutLine {
	runs: { x: number; text: string }[];
	size: number;
}

/** Lines laid out top to bottom, a new page when one is full. */
export function layoutPages(lines: LayoutLine[], margin = 50): Placed[][] {
	const pages: Placed[][] = [[]];
	let y = PAGE.height - margin;
	for (const line of lines) {
		y -= line.size * 1.6;
		if (y < margin) {
			pages.push([]);
			y = PAGE.height - margin - line.size * 1.6;
		}
		for (const run of line.runs) if (run.text) pages[pages.length - 1].push({ x: run.x, y, size: line.size, text: run.text });
	}
	return pages;
}
