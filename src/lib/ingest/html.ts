import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { SourceHints, SourceLine } from './source';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'button', 'svg', 'iframe']);
const BLOCK = new Set([
	'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'form', 'center', 'figure', 'figcaption', 'hr', 'address'
]);
const CJK = /[\u3400-\u9fff]/g;

const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);

/** Text of an element with inline tags joined as they are ("20</span><span>23" is 2023); &nbsp; is a space. */
function inlineText(n: Node): string {
	if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
	if (isElement(n) && SKIP.has(n.tagName)) return '';
	if (isElement(n) && n.tagName === 'br') return '\n';
	return children(n).map(inlineText).join('');
}

const clean = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();

/** The reading-order lines of an element: block elements break lines, table rows become lines with cells. */
export function lines(root: Node, out: SourceLine[] = []): SourceLine[] {
	let buffer = '';
	const flush = () => {
		for (const part of buffer.split('\n')) if (clean(part)) out.push({ text: clean(part) });
		buffer = '';
	};
	const walk = (n: Node) => {
		if (!isElement(n)) {
			if (n.nodeName === '#text') buffer += (n as DefaultTreeAdapterMap['textNode']).value;
			else children(n).forEach(walk);
			return;
		}
		if (SKIP.has(n.tagName)) return;
		if (n.tagName === 'br') buffer += '\n';
		else if (n.tagName === 'table') {
			flush();
			for (const tr of descendants(n, 'tr')) {
				const cells = children(tr)
					.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
					.map((c) => clean(inlineText(c)));
				if (cells.some((c) => c !== '')) out.push({ text: cells.filter(Boolean).join(' '), cells });
			}
		} else if (BLOCK.has(n.tagName)) {
			flush();
			children(n).forEach(walk);
			flush();
		} else children(n).forEach(walk);
	};
	walk(root);
	flush();
	return out;
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

function descendants(n: Node, tag: string, out: Element[] = []): Element[] {
	for (const c of children(n)) {
		if (!isElement(c)) continue;
		if (c.tagName === tag) out.push(c);
		if (c.tagName !== 'table') descendants(c, tag, out);
	}
	return out;
}

/** CJK characters inside the paragraphs and table cells under an element: where the report text is. */
function weight(n: Node, memo: Map<Node, number>): number {
	if (memo.has(n)) return memo.get(n)!;
	let w = 0;
	if (isElement(n) && SKIP.has(n.tagName)) w = 0;
	else if (isElement(n) && ['p', 'td', 'th', 'li', 'h1', 'h2', 'h3'].includes(n.tagName)) w = (inlineText(n).match(CJK) ?? []).length;
	else w = children(n).reduce((s, c) => s + weight(c, memo), 0);
	memo.set(n, w);
	return w;
}

/**
 * The article body: from the page, step down into the child holding most of the report text, while one
 * child holds at least 85% of it. Navigation, footers and the 索引号 metadata box are left outside.
 */
function articleOf(doc: Node): Node {
	const memo = new Map<Node, number>();
	let at = doc;
	for (;;) {
		const total = weight(at, memo);
		const best = children(at).filter(isElement).sort((a, b) => weight(b, memo) - weight(a, memo))[0];
		if (!best || total === 0 || weight(best, memo) < total * 0.85) return at;
		at = best;
	}
}

const DATE = /(发布日期|公开日期|成文日期|发文日期|发布时间)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** Reads an HTML page into source lines of its article, and the metadata its page box states. */
export function readHtml(html: string): { lines: SourceLine[]; hints: SourceHints } {
	const doc = parse(html);
	const article = articleOf(doc);
	const all = lines(doc);
	const inside = lines(article);
	const insideText = new Set(inside.map((l) => l.text));
	const dropped = all.filter((l) => !insideText.has(l.text)).map((l) => l.text);
	const hints: SourceHints = { dropped };
	const pageText = all.map((l) => l.text).join('\n');
	// A CMS states the date in a meta tag (TRS: PubDate) or in a 发布时间/发布日期/成文日期 line.
	const metaDate = descendants(doc, 'meta')
		.filter((m) => /^(pubdate|publishdate|firstpublishedtime|createdate|dc\.date|article:published_time)$/i.test(attr(m, 'name') ?? attr(m, 'property') ?? ''))
		.map((m) => /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(attr(m, 'content') ?? ''))
		.find(Boolean);
	const date = metaDate ? [null, null, ...metaDate.slice(1)] : DATE.exec(pageText);
	if (date) hints.published = `${date[2]}-${String(date[3]).padStart(2, '0')}-${String(date[4]).padStart(2, '0')}`;
	const agencyRow = all.find((l) => l.cells && l.cells.some((c) => /^发布机构$/.test(c)));
	if (agencyRow) {
		const i = agencyRow.cells!.findIndex((c) => c === '发布机构');
		if (agencyRow.cells![i + 1]) hints.agency = agencyRow.cells![i + 1];
	}
	const h1 = descendants(doc, 'h1').map((e) => clean(inlineText(e))).find((t) => /报告/.test(t));
	const title = descendants(doc, 'title').map((e) => clean(children(e).map((c) => ('value' in c ? String(c.value) : '')).join('')))[0];
	hints.title = h1 ?? title?.replace(/[-_|｜].*$/, '').trim();
	return { lines: inside, hints };
}

export function looksLikeHtml(text: string): boolean {
	return /^\s*(<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<table[\s>]|<meta[\s>])/i.test(text);
}
