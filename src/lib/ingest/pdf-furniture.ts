import type { PdfLine } from './pdf-lines';

/**
 * What a PDF repeats on its pages around the report: page numbers in the footer (or header), a running
 * header or footer (the agency, the report's title), and a table's header rows printed again at the top
 * of each page the table continues on. Left in, they fall between a table's rows (a label of the next
 * row, a row of header words) and inside paragraphs; each is told by its place on the page, not its words.
 */

const PAGE_NUMBER = [
	/^[-—–－]\s*(\d{1,4})\s*[-—–－]$/,
	/^第\s*(\d{1,4})\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
	/^共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*(\d{1,4})\s*页$/,
	/^(\d{1,4})\s*\/\s*\d{1,4}$/,
	/^(\d{1,4})$/
];

/** How many lines at a page's top or bottom may be furniture. */
const EDGE = 2;

const edges = (lines: PdfLine[]) => [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))];
const cellsOf = (text: string) => text.trim().split(/ {2,}/);

/**
 * Page numbers: a line at a page's edge of one of the shapes above whose number is the page's own
 * (plus one offset shared by the document: a cover page may go unnumbered), on two pages or more.
 */
function pageNumbers(pages: PdfLine[][]): Set<PdfLine> {
	const byOffset = new Map<number, PdfLine[]>();
	pages.forEach((lines, k) => {
		for (const line of edges(lines)) {
			const n = PAGE_NUMBER.map((re) => re.exec(line.text.trim())).find(Boolean)?.[1];
			if (n === undefined) continue;
			const offset = Number(n) - (k + 1);
			const group = byOffset.get(offset);
			if (group) group.push(line);
			else byOffset.set(offset, [line]);
		}
	});
	const best = [...byOffset.values()].sort((a, b) => b.length - a.length)[0] ?? [];
	return new Set(best.length >= 2 ? best : []);
}

/**
 * Running headers and footers: a line at a page's edge with the same words (its digits aside) on at
 * least two pages and half of them, at one height on two of them at least, and either beside lines that
 * differ from page to page or standing apart from the body (a margin of more than two lines). A table's
 * header repeated at the top of each page has the same neighbour every time, a row's pitch below it: it
 * is left to repeatedHeader, which keeps its first printing.
 */
function runningLines(pages: PdfLine[][]): Set<PdfLine> {
	const byText = new Map<string, { line: PdfLine; beside: string; apart: boolean }[]>();
	for (const lines of pages) {
		lines.forEach((line, i) => {
			const top = i < EDGE;
			if (!top && i < lines.length - EDGE) return;
			if (cellsOf(line.text).length > 2 || !/\D/.test(line.text)) return;
			const key = line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
			const beside = lines[top ? i + 1 : i - 1];
			const apart = !beside || Math.abs(beside.y - line.y) > 2.5 * line.size;
			const entry = { line, beside: beside?.text ?? '', apart };
			const group = byText.get(key);
			if (group) group.push(entry);
			else byText.set(key, [entry]);
		});
	}
	const out = new Set<PdfLine>();
	for (const group of byText.values()) {
		const level = group.filter((g) => group.some((o) => o !== g && Math.abs(o.line.y - g.line.y) <= 2));
		const furniture = new Set(level.map((g) => g.beside)).size > 1 || level.every((g) => g.apart);
		if (level.length >= 2 && level.length >= pages.length / 2 && furniture) level.forEach((g) => out.add(g.line));
	}
	return out;
}

/**
 * A table's header rows repeated at the top of a page: when the page before ended in a table (a row of
 * two cells or more among its last three lines), the longest run of lines among the page's first ones equal to consecutive lines
 * earlier in the document, one of them a row of three cells or more. The first printing stays: it is the table's header.
 */
function repeatedHeader(page: PdfLine[], before: PdfLine[][], seen: Map<string, [number, number][]>): PdfLine[] {
	// The page before ends in a table: a row of cells among its last lines (a merged cell's words may follow).
	if (!(before.at(-1) ?? []).slice(-3).some((l) => cellsOf(l.text).length >= 2)) return [];
	let best: PdfLine[] = [];
	for (let s = 0; s <= EDGE && s < page.length; s++) {
		// Only earlier lines with the same text can start a run: found by text, not by a scan of every page.
		for (const [k, j] of seen.get(page[s].text) ?? []) {
			const earlier = before[k];
			let n = 0;
			while (s + n < page.length && j + n < earlier.length && earlier[j + n].text === page[s + n].text) n++;
			const run = page.slice(s, s + n);
			if (n > best.length && run.some((l) => cellsOf(l.text).length >= 3)) best = run;
		}
	}
	return best;
}

/** The pages' lines without their furniture, and the furniture's lines (to list as dropped). */
export function withoutFurniture(pages: PdfLine[][]): { lines: PdfLine[]; dropped: string[] } {
	const numbers = pageNumbers(pages);
	const running = runningLines(pages.map((page) => page.filter((l) => !numbers.has(l))));
	const body = pages.map((page) => page.filter((l) => !numbers.has(l) && !running.has(l)));
	const repeats = new Set<PdfLine>();
	/** Where each text stands on the pages before: [page, line]. */
	const seen = new Map<string, [number, number][]>();
	body.forEach((page, k) => {
		repeatedHeader(page, body.slice(0, k), seen).forEach((l) => repeats.add(l));
		page.forEach((l, j) => {
			const at = seen.get(l.text);
			if (at) at.push([k, j]);
			else seen.set(l.text, [[k, j]]);
		});
	});
	const furniture = (l: PdfLine) => numbers.has(l) || repeats.has(l) || running.has(l);
	return { lines: pages.flat().filter((l) => !furniture(l)), dropped: pages.flat().filter(furniture).map((l) => l.text) };
}
