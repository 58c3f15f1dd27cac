import { parseFragment } from 'parse5';
import type { SourceLine } from './source';
import { lines as htmlLines } from './html';
import { cellText, inlineText, stripBlockMarks } from './markdown-inline';
import { unspan, type Header } from './markdown-spans';
import { isGridBorder, readGridTable } from './markdown-grid';
import { isDashLine, isDashRuns, readMultilineTable, readSimpleTable } from './markdown-simple';
import { partFromListItem } from './markdown-lists';
import { readFrontMatter } from './markdown-front';
import { dropPageFurniture, isPageBreakLine, PAGE_BREAK, type Item } from './markdown-pages';

/** A pipe table's rule: |---|:---:| or, without outer bars, ---|--- (a lone --- is a break or a setext mark). */
const PIPE_RULE = /^\s*(\|\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?|:?-+:?\s*(\|\s*:?-+:?\s*)+\|?)\s*$/;
/** An unescaped `|`. */
const BAR = /(?<!\\)\|/;
const SETEXT = /^\s*(={2,}|-{2,})\s*$/;
const BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;

/**
 * Whether a text is a Markdown conversion: two marks or more of #-headings, pipe-table rules, **bold**
 * lines, setext underlines under a line of text, grid-table borders, simple-table dash runs, images;
 * HTML tables beside one of those. Plain text and HTML pages have none (pages are told apart first).
 */
export function looksLikeMarkdown(text: string): boolean {
	const lines = text.split('\n', 600);
	const above = (i: number) => lines[i - 1] ?? '';
	const marks = lines.filter(
		(l, i) =>
			/^#{1,6}\s/.test(l) ||
			PIPE_RULE.test(l) ||
			/^\*\*[^*]+\*\*$/.test(l.trim()) ||
			(/^\s*(={3,}|-{3,})\s*$/.test(l) && above(i).trim() !== '' && !/^\s*-+\s*$/.test(above(i))) ||
			isGridBorder(l) ||
			(isDashRuns(l) && (lines[i + 1] ?? '').trim() !== '') ||
			/!\[[^\]]*\]\([^)]*\)/.test(l)
	).length;
	// HTML tables count once, and only beside Markdown's own marks: an HTML page is full of tables.
	return marks >= 1 && marks + (lines.some((l) => /^\s*<table[\s>]/i.test(l)) ? 1 : 0) >= 2;
}

/** A pipe table row's cells: one outer bar at each end taken off, cut at unescaped bars. */
const pipeCells = (line: string) =>
	line
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '')
		.split(BAR)
		.map((c) => c.replace(/\\\|/g, '|').trim());

const row = (cells: string[]): SourceLine | null => {
	const clean = cells.map(cellText);
	return clean.some(Boolean) ? { text: clean.filter(Boolean).join(' '), cells: clean } : null;
};

/** Comments out; a comment about pages (<!-- page 3 -->, <!-- PageBreak -->) is a page break. */
const uncomment = (text: string) => text.replace(/<!--([\s\S]*?)-->/g, (_, body: string) => (/page/i.test(body) ? '\n\f\n' : ''));

/**
 * Lines of a Markdown conversion, as converters write it. Tables in every Markdown shape become lines with
 * cells, as an HTML table's rows do: HTML `<table>` blocks (marker, MinerU) through the HTML reader; pipe
 * tables with or without outer bars; pandoc grid, simple and multiline tables; the slots converters add
 * for merged cells taken out (markdown-spans.ts). Block marks are taken off (`#`, setext underlines,
 * thematic breaks, list and quote marks before outline items) so the outline decides what is a heading,
 * and inline markup (images, links, footnote marks, tags, emphasis, escapes, entities) is not text. Page
 * numbers and running headers next to page breaks are dropped and listed.
 */
export function readMarkdown(text: string): { lines: SourceLine[]; dropped: string[] } {
	const front = readFrontMatter(uncomment(text).split('\n'));
	const src = front.lines;
	const items: Item[] = [];
	const blank = (i: number) => (src[i] ?? '').trim() === '';
	let header: Header = [];
	const tableLines = (matrix: string[][]) => {
		const read = unspan(matrix, header);
		header = read.header;
		return read.rows.map(row).filter((l): l is SourceLine => l !== null);
	};
	for (let i = 0; i < src.length; i++) {
		const line = src[i];
		// A dash line over a header and dash runs opens a multiline table (else it is a break).
		if (isDashLine(line) && blank(i - 1) && !blank(i + 1)) {
			const runs = src.slice(i + 1).findIndex((l) => isDashRuns(l) || l.trim() === '');
			const end = src.findIndex((l, j) => j > i + 1 && isDashLine(l) && blank(j + 1));
			if (runs >= 0 && isDashRuns(src[i + 1 + runs]) && end > 0) {
				items.push(...tableLines(readMultilineTable(src.slice(i, end + 1))));
				i = end;
				continue;
			}
		}
		// Fences (a converter that wrapped the text in a code block) and pandoc's ::: divs carry no text.
		if (/^\s*(```|~~~|:::)/.test(line)) continue;
		if (isPageBreakLine(line)) {
			items.push(PAGE_BREAK);
			continue;
		}
		const table = /<table[\s>]/i.exec(line);
		if (table) {
			let end = i;
			while (end < src.length - 1 && !/<\/table>/i.test(src.slice(i, end + 1).join('\n').slice(table.index))) end++;
			const block = src.slice(i, end + 1).join('\n');
			const close = block.search(/<\/table>(?![\s\S]*<\/table>)/i);
			const html = close < 0 ? block.slice(table.index) : block.slice(table.index, close + 8);
			items.push({ text: stripBlockMarks(inlineText(line.slice(0, table.index))) });
			items.push(...htmlLines(parseFragment(html)).map((l) => (l.cells ? (row(l.cells) ?? l) : l)));
			if (close >= 0) items.push({ text: stripBlockMarks(inlineText(block.slice(close + 8))) });
			i = end;
			continue;
		}
		if (isGridBorder(line)) {
			let end = i;
			while (end + 1 < src.length && /^\s*[+|]/.test(src[end + 1])) end++;
			items.push(...tableLines(readGridTable(src.slice(i, end + 1))));
			i = end;
			continue;
		}
		if (isDashRuns(src[i + 1] ?? '') && !blank(i) && !BAR.test(line)) {
			let end = i + 2;
			while (end < src.length && !blank(end) && !isDashRuns(src[end])) end++;
			items.push(...tableLines(readSimpleTable(line, src[i + 1], src.slice(i + 2, end))));
			i = isDashRuns(src[end] ?? '') ? end : end - 1;
			continue;
		}
		if (isDashRuns(line) && blank(i - 1)) {
			const end = src.findIndex((l, j) => j > i && isDashRuns(l));
			if (end > 0) {
				items.push(...tableLines(readSimpleTable(null, line, src.slice(i + 1, end))));
				i = end;
				continue;
			}
		}
		if (BAR.test(line) && (PIPE_RULE.test(src[i + 1] ?? '') || /^\s*\|.*\|\s*$/.test(line))) {
			const matrix: string[][] = [];
			let j = i;
			for (; j < src.length && BAR.test(src[j]) && !blank(j); j++) if (!PIPE_RULE.test(src[j])) matrix.push(pipeCells(src[j]));
			items.push(...tableLines(matrix));
			i = j - 1;
			continue;
		}
		if (PIPE_RULE.test(line) && BAR.test(line)) continue;
		// A setext underline (=== or --- under a line of text) marks that line a heading; it is not text.
		if (SETEXT.test(src[i + 1] ?? '') && !blank(i)) {
			items.push({ text: stripBlockMarks(inlineText(line)) });
			i++;
			continue;
		}
		// A thematic break alone is where an online converter put a page's end; it is never text.
		if (BREAK.test(line)) {
			if (blank(i - 1)) items.push(PAGE_BREAK);
			continue;
		}
		// Inline markup first: marker puts <span id="page-2-0"></span> between a list mark and the number.
		const plain = stripBlockMarks(inlineText(line));
		items.push({ text: partFromListItem(plain) ?? plain });
	}
	const read = dropPageFurniture(items);
	return { lines: read.lines, dropped: [...front.dropped, ...read.dropped] };
}
