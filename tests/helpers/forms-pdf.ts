import { tableBlocks, type Model } from './forms';
import { layoutPages, writePdf, type LayoutLine, type Placed } from './pdf-writer';
import { typesetPdf } from './pdf-typeset';

/**
 * The model as a PDF: paragraphs wrapped every few dozen characters as typeset pages break them, tables as
 * cells at fixed column positions (label at the left margin, one x per value column), several pages.
 */
const MARGIN = 50;
const BODY = 12;
const TABLE = 6;
/** Characters per typeset line of body text (456 pt at 12 pt, every glyph one em wide). */
const WRAP = 38;

/** Where the value columns start and how far apart they are, per table: wide enough for the headings' words. */
const COLUMNS = { t2: { x: 200, step: 60 }, t3: { x: 270, step: 40 }, t4: { x: MARGIN, step: 34 } };

const line = (text: string, size = BODY, x = MARGIN): LayoutLine => ({ runs: [{ x, text }], size });

function wrapped(text: string): LayoutLine[] {
	const out: LayoutLine[] = [];
	for (let at = 0; at < text.length; at += WRAP) out.push(line(text.slice(at, at + WRAP)));
	return out;
}

/** The model's pages: text runs at their positions, for either writer. */
function modelPages(m: Model): Placed[][] {
	const lines: LayoutLine[] = [line(m.agency, 16, 200), line(m.title, 16, 120), line(m.date, BODY, 230)];
	const blocks = tableBlocks(m);
	for (const p of m.parts) {
		lines.push(line(`${p.number}${p.title}`));
		for (const t of p.text) lines.push(...wrapped(t));
		for (const s of p.subs ?? []) lines.push(line(`${s.number}${s.title}`), ...s.text.flatMap(wrapped));
		if (!p.table) continue;
		const { x, step } = COLUMNS[p.table];
		const row = (label: string, cells: string[]): LayoutLine => ({
			size: TABLE,
			runs: [{ x: MARGIN, text: label }, ...cells.map((text, k) => ({ x: x + k * step, text }))]
		});
		for (const b of blocks[p.table]) {
			if (b.heading) lines.push(line(b.heading));
			lines.push(row(b.header[0], b.header.slice(1)));
			for (const r of b.rows) {
				// A label longer than its column wraps inside the cell: the values stand on its first line.
				const fits = Math.floor((x - MARGIN) / TABLE) - 1;
				const label = r.label.length > fits ? r.label.slice(0, fits) : r.label;
				lines.push(row(label, r.cells.map((c) => (c === null ? '-' : String(c)))));
				if (label !== r.label) lines.push(row(r.label.slice(fits), []));
			}
		}
		if (p.table === 't4') lines.push(line('表四所列复议案件均已审结。'));
	}
	return layoutPages(lines, MARGIN);
}

/** The model as a PDF of the test writer (pdf-writer.ts: no glyphs, every character an em wide). */
export const renderPdf = (m: Model): Uint8Array => writePdf(modelPages(m));
/** The model typeset by pdf-lib in an embedded Noto Sans CJK subset (pdf-typeset.ts). */
export const renderTypesetPdf = (m: Model): Promise<Uint8Array> => typesetPdf(modelPages(m));

/** The seed's 2008 appendix as a PDF table: 指标 | 单位 | 数量 at column positions, long labels wrapped in their cell. */
function seedPages(before: string[], header: string[], rows: string[][]): Placed[][] {
	const columns = [MARGIN, 400, 460];
	const fits = Math.floor((columns[1] - MARGIN) / 8) - 1;
	const row = (cells: string[]): LayoutLine => ({ size: 8, runs: cells.map((text, k) => ({ x: columns[k], text })) });
	const lines: LayoutLine[] = [...before.flatMap(wrapped), row(header)];
	for (const [label, ...cells] of rows) {
		lines.push(row([label.slice(0, fits), ...cells]));
		if (label.length > fits) lines.push(row([label.slice(fits)]));
	}
	lines.push(line('扫一扫在手机打开当前页'));
	return layoutPages(lines, MARGIN);
}

export const renderSeedPdf = (before: string[], header: string[], rows: string[][]): Uint8Array => writePdf(seedPages(before, header, rows));
export const renderSeedTypesetPdf = (before: string[], header: string[], rows: string[][]): Promise<Uint8Array> => typesetPdf(seedPages(before, header, rows));
