import type { DefaultTreeAdapterMap } from 'parse5';

/** The few parse5 tree helpers the HTML reader shares. */
export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Elements whose text is never report text (scripts, styles, the head, form controls, frames). */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'button', 'svg', 'iframe']);

export const isElement = (n: Node): n is Element => 'tagName' in n;
export const children = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);
export const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** Text of an element with inline tags joined as they are ("20</span><span>23" is 2023); <br> is a line break. */
export function inlineText(n: Node): string {
	if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
	if (isElement(n) && SKIP.has(n.tagName)) return '';
	if (isElement(n) && n.tagName === 'br') return '\n';
	return children(n).map(inlineText).join('');
}

/** Whitespace runs (and &nbsp;) as one space, trimmed. */
export const clean = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();

/** Elements named `tag` under `n`, not looking inside nested tables (their rows are theirs). */
export function descendants(n: Node, tag: string, out: Element[] = []): Element[] {
	for (const c of children(n)) {
		if (!isElement(c)) continue;
		if (c.tagName === tag) out.push(c);
		if (c.tagName !== 'table') descendants(c, tag, out);
	}
	return out;
}

/** Whether any element named `tag` is under `n`, nested tables included. */
export function contains(n: Node, tag: string): boolean {
	return children(n).some((c) => isElement(c) && (c.tagName === tag || contains(c, tag)));
}
