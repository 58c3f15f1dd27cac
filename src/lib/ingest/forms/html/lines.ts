import type { DefaultTreeAdapterMap } from 'parse5';
import type { SourceLine } from '../../source';
import { children, clean, isElement, leadingTexts, SKIP, type Node } from './dom';
import { isLayoutTable, tableRows } from './table';

const BLOCK = new Set([
	'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'form', 'center', 'figure', 'figcaption', 'hr', 'address',
	// Inside a layout table each row and cell is a block of the page.
	'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption'
]);

/** Bold elements a run-in heading is set in, and its start: an outline number (一、, (一)) and its title (a Word list's bold number alone is not one). */
const RUN_IN = new Set(['b', 'strong']);
const OUTLINE_START = /^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*\S/;

/** Lines of a page, and where the lines of one element of it (the article) start and end. */
export interface PageLines {
	lines: SourceLine[];
	start: number;
	end: number;
}

/**
 * The reading-order lines under `root`: block elements break lines, a data table's rows become lines with
 * their cells, a layout table is read as the blocks it holds, a picture OCR read (`pictures`) as its lines.
 */
export function htmlLines(root: Node, mark?: Node, pictures: Map<Node, SourceLine[]> = new Map()): PageLines {
	const out: SourceLine[] = [];
	let start = -1;
	let end = -1;
	let buffer = '';
	// Enough of each element's text to tell a run-in heading's number (and the character after it).
	const leading = leadingTexts(root, 8);
	const flush = () => {
		for (const part of buffer.split('\n')) if (clean(part)) out.push({ text: clean(part) });
		buffer = '';
	};
	/** What to do on the way in; returns the children to read and what to do after them, or null to go no deeper. */
	const enter = (n: Node): { kids: Node[]; after?: () => void } | null => {
		if (!isElement(n)) {
			if (n.nodeName === '#text') buffer += (n as DefaultTreeAdapterMap['textNode']).value;
			else return { kids: children(n) };
		} else if (SKIP.has(n.tagName)) {
			// not report text
		} else if (n.tagName === 'br') buffer += '\n';
		else if (n.tagName === 'img' && pictures.has(n)) {
			// A picture OCR read (a table pasted as a screenshot): its lines where it stands, rows with their cells.
			flush();
			for (const l of pictures.get(n)!) out.push(l);
		}
		else if (n.tagName === 'table' && !isLayoutTable(n)) {
			flush();
			// A caption (附表：…统计表) is the table's title line, read as a block; it is no row.
			return {
				kids: children(n).filter((c) => isElement(c) && c.tagName === 'caption'),
				after: () => {
					for (const cells of tableRows(n)) if (cells.some((c) => c !== '')) out.push({ text: cells.filter(Boolean).join(' '), cells });
				}
			};
		} else if (RUN_IN.has(n.tagName) && buffer.trim() === '' && OUTLINE_START.test(clean(leading.get(n) ?? ''))) {
			// A run-in heading: "<b>一、概述</b>2010年，我局…" in one paragraph. The bold part is the heading's
			// title, the rest its text, as when each stands in a paragraph of its own.
			return { kids: children(n), after: () => (buffer += '\n') };
		} else if (BLOCK.has(n.tagName)) {
			flush();
			return { kids: children(n), after: flush };
		} else return { kids: children(n) };
		return null;
	};
	// Without recursion: a page may nest elements thousands deep.
	const stack: { node: Node; kids: Node[]; next: number; after?: () => void }[] = [];
	const visit = (n: Node) => {
		if (n === mark) {
			flush();
			start = out.length;
		}
		const inside = enter(n);
		if (inside) stack.push({ node: n, ...inside, next: 0 });
		else leave(n);
	};
	const leave = (n: Node) => {
		if (n === mark) {
			flush();
			end = out.length;
		}
	};
	const walk = (root: Node) => {
		visit(root);
		while (stack.length) {
			const top = stack[stack.length - 1];
			if (top.next < top.kids.length) visit(top.kids[top.next++]);
			else {
				stack.pop();
				top.after?.();
				leave(top.node);
			}
		}
	};
	walk(root);
	flush();
	return { lines: out, start, end };
}
