import type { PdfLine } from './lines';

/**
 * What a PDF repeats on its pages around the report: page numbers in the footer (or header), a running
 * header or footer (the agency, the report's title), and a table's header rows printed again at the top
 * of each page the table continues on. Left in, they fall between a table's rows (a label of the next
 * row, a row of header words) and inside paragraphs; each is told by its place on the page, not its words.
 */

// The dashes of "— 3 —" as OCR reads them may be 一, the same stroke.
const PAGE_NUMBER = [
	/^[-—–－一]\s*(\d{1,4})\s*[-—–－一]$/,
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
function repeatedHeader(page: PdfLine[], previous: PdfLine[], earlier: LineRuns): PdfLine[] {
	// The page before ends in a table: a row of cells among its last lines (a merged cell's words may follow).
	if (!previous.slice(-3).some((l) => cellsOf(l.text).length >= 2)) return [];
	let best: PdfLine[] = [];
	for (let s = 0; s <= EDGE && s < page.length; s++) {
		// The longest run equal to lines on the pages before (a longer run holds a shorter one's cells).
		const run = page.slice(s, s + earlier.longest(page.slice(s).map((l) => l.text)));
		if (run.length > best.length && run.some((l) => cellsOf(l.text).length >= 3)) best = run;
	}
	return best;
}

/**
 * The lines of the pages read so far, as a suffix automaton over their texts (each page closed by a mark of
 * its own, so no run crosses pages): the longest run of lines equal to consecutive earlier lines is found in
 * the run's length, whatever the number of pages before, where comparing with each page cost pages².
 */
class LineRuns {
	private readonly ids = new Map<string, number>();
	private readonly length: number[] = [0];
	private readonly link: number[] = [-1];
	private readonly next: Map<number, number>[] = [new Map()];
	private last = 0;
	private pages = 0;

	/** How many of `texts`, from the first, stand in this order on one earlier page. */
	longest(texts: string[]): number {
		let [state, n] = [0, 0];
		for (const text of texts) {
			const to = this.next[state].get(this.ids.get(text) ?? -1);
			if (to === undefined) break;
			[state, n] = [to, n + 1];
		}
		return n;
	}

	addPage(texts: string[]): void {
		for (const text of texts) {
			if (!this.ids.has(text)) this.ids.set(text, this.ids.size);
			this.extend(this.ids.get(text)!);
		}
		this.extend(-2 - this.pages++);
	}

	/** The standard online construction (Blumer et al.), one symbol at a time. */
	private extend(symbol: number): void {
		const current = this.length.length;
		this.length.push(this.length[this.last] + 1);
		this.link.push(0);
		this.next.push(new Map());
		let p = this.last;
		while (p !== -1 && !this.next[p].has(symbol)) {
			this.next[p].set(symbol, current);
			p = this.link[p];
		}
		if (p !== -1) {
			const q = this.next[p].get(symbol)!;
			if (this.length[p] + 1 === this.length[q]) this.link[current] = q;
			else {
				const clone = this.length.length;
				this.length.push(this.length[p] + 1);
				this.link.push(this.link[q]);
				this.next.push(new Map(this.next[q]));
				while (p !== -1 && this.next[p].get(symbol) === q) {
					this.next[p].set(symbol, clone);
					p = this.link[p];
				}
				this.link[q] = clone;
				this.link[current] = clone;
			}
		}
		this.last = current;
	}
}

/** The pages' lines without their furniture, and the furniture's lines (to list as dropped). */
export function withoutFurniture(pages: PdfLine[][]): { lines: PdfLine[]; dropped: string[] } {
	const numbers = pageNumbers(pages);
	const running = runningLines(pages.map((page) => page.filter((l) => !numbers.has(l))));
	const body = pages.map((page) => page.filter((l) => !numbers.has(l) && !running.has(l)));
	const repeats = new Set<PdfLine>();
	const earlier = new LineRuns();
	body.forEach((page, k) => {
		repeatedHeader(page, body[k - 1] ?? [], earlier).forEach((l) => repeats.add(l));
		earlier.addPage(page.map((l) => l.text));
	});
	const furniture = (l: PdfLine) => numbers.has(l) || repeats.has(l) || running.has(l);
	return { lines: pages.flat().filter((l) => !furniture(l)), dropped: pages.flat().filter(furniture).map((l) => l.text) };
}
