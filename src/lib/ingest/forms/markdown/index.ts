import type { SourceLine } from '../../source';
import { cellText, inlineText, stripBlockMarks } from './inline';
import { unspan, type Header } from './spans';
import { isGridBorder } from './grid';
import { isDashRuns } from './simple';
import { BAR, PIPE_RULE, tableAt } from './blocks';
import { partFromListItem } from './lists';
import { readFrontMatter } from './front';
import { dropPageFurniture, isPageBreakLine, PAGE_BREAK, type Item } from './pages';

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

/** A table row's line: its cells' markup taken off; null for a row of empty cells. */
const rowLine = (cells: string[]): SourceLine | null => {
	const clean = cells.map(cellText);
	return clean.some(Boolean) ? { text: clean.filter(Boolean).join(' '), cells: clean } : null;
};

/** Comments out; a comment about pages (<!-- page 3 -->, <!-- PageBreak -->) is a page break. */
const uncomment = (text: string) => text.replace(/<!--([\s\S]*?)-->/g, (_, body: string) => (/page/i.test(body) ? '\n\f\n' : ''));

/**
 * Lines of a Markdown conversion, as converters write it. Tables in every Markdown shape become lines with
 * cells, as an HTML table's rows do: HTML `<table>` blocks (marker, MinerU) through the HTML reader; pipe
 * tables with or without outer bars; pandoc grid, simple and multiline tables; the slots converters add
 * for merged cells taken out (ingest/forms/markdown/spans.ts). Block marks are taken off (`#`, setext underlines,
 * thematic breaks, list and quote marks before outline items) so the outline decides what is a heading,
 * and inline markup (images, links, footnote marks, tags, emphasis, escapes, entities) is not text. Page
 * numbers and running headers next to page breaks, and front matter but its title and date, are dropped
 * and listed.
 */
/**
 * pandoc wraps long lines at spaces, and the spaces inside raw HTML tags are the ones it has in a page
 * converted whole ("<span" / "style=…>二、主动公开…"): a tag is put back on one line, so the text it
 * wraps stays on the line it belongs to.
 */
const joinBrokenTags = (text: string) => text.replace(/<\/?[a-zA-Z][\w:-]*\s[^<>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, ' '));

export function readMarkdown(text: string): { lines: SourceLine[]; dropped: string[] } {
	const front = readFrontMatter(joinBrokenTags(uncomment(text)).split('\n'));
	const src = front.lines;
	const items: Item[] = [];
	const blank = (i: number) => (src[i] ?? '').trim() === '';
	let header: Header = [];
	const tableLines = (matrix: string[][]) => {
		// Spans are told from the cells' text, so markup (pandoc's raw <span>s) goes first.
		const read = unspan(matrix.map((row) => row.map(cellText)), header);
		header = read.header;
		return read.rows.map(rowLine).filter((l): l is SourceLine => l !== null);
	};
	for (let i = 0; i < src.length; i++) {
		const line = src[i];
		// Fences (a converter that wrapped the text in a code block) and pandoc's ::: divs carry no text.
		if (/^\s*(```|~~~|:::)/.test(line)) continue;
		if (isPageBreakLine(line)) {
			items.push(PAGE_BREAK);
			continue;
		}
		const table = tableAt(src, i);
		if (table) {
			for (const item of table.matrix ? tableLines(table.matrix) : table.lines!.map((l) => (l.cells ? (rowLine(l.cells) ?? l) : l))) items.push(item);
			i = table.end;
			continue;
		}
		if (PIPE_RULE.test(line) && BAR.test(line)) continue;
		// A setext underline (=== or --- under a line of text) marks that line a heading; it is not text.
		if (SETEXT.test(src[i + 1] ?? '') && !blank(i)) {
			items.push({ text: stripBlockMarks(inlineText(line)) });
			i++;
			continue;
		}
		// The border of a grid table that could not be read as one: its rows stay as text, its borders are none.
		if (isGridBorder(line)) continue;
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
