import type { DefaultTreeAdapterMap } from 'parse5';

/** The few parse5 tree helpers the HTML reader shares. */
export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Elements whose text is never report text (scripts, styles, the head, form controls, frames). */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'button', 'svg', 'iframe']);

export const isElement = (n: Node): n is Element => 'tagName' in n;
export const children = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);
export const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/**
 * Visits `root` and everything under it in document order, without recursion (a page may nest elements
 * thousands deep): `enter` is called on each node and says whether to go inside it; `leave` is called
 * after a node's insides (only for nodes entered).
 */
export function walkTree(root: Node, enter: (n: Node) => boolean, leave?: (n: Node) => void): void {
	const stack: { node: Node; next: number }[] = [];
	if (enter(root)) stack.push({ node: root, next: 0 });
	while (stack.length) {
		const top = stack[stack.length - 1];
		const kids = children(top.node);
		if (top.next < kids.length) {
			const child = kids[top.next++];
			if (enter(child)) stack.push({ node: child, next: 0 });
		} else {
			stack.pop();
			leave?.(top.node);
		}
	}
}

/** Text of an element with inline tags joined as they are ("20</span><span>23" is 2023); <br> is a line break. */
export function inlineText(n: Node): string {
	const parts: string[] = [];
	walkTree(n, (c) => {
		if (c.nodeName === '#text') parts.push((c as DefaultTreeAdapterMap['textNode']).value);
		else if (isElement(c) && SKIP.has(c.tagName)) return false;
		else if (isElement(c) && c.tagName === 'br') parts.push('\n');
		else return true;
		return false;
	});
	return parts.join('');
}

/**
 * The start of inlineText(n) for every node under `root`: enough to hold `letters` characters other than
 * whitespace. Worked out bottom up in one pass, each node from its children's starts, so asking it of
 * every element costs the page's size, however deep the elements nest.
 */
export function leadingTexts(root: Node, letters: number): Map<Node, string> {
	const out = new Map<Node, string>();
	const enough = (text: string) => text.replace(/[\u00a0\s]/g, '').length >= letters;
	walkTree(
		root,
		(n) => {
			if (n.nodeName === '#text') {
				const value = (n as DefaultTreeAdapterMap['textNode']).value;
				let [end, count] = [0, 0];
				while (end < value.length && count < letters) if (!/[\u00a0\s]/.test(value[end++])) count++;
				out.set(n, value.slice(0, end));
			} else if (isElement(n) && SKIP.has(n.tagName)) out.set(n, '');
			else if (isElement(n) && n.tagName === 'br') out.set(n, '\n');
			else return true;
			return false;
		},
		(n) => {
			let text = '';
			for (const c of children(n)) {
				if (enough(text)) break;
				text += out.get(c) ?? '';
			}
			out.set(n, text);
		}
	);
	return out;
}

/** Whitespace runs (and &nbsp;) as one space, trimmed. */
export const clean = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();

/** Elements named `tag` under `n`, not looking inside nested tables (their rows are theirs). */
export function descendants(n: Node, tag: string): Element[] {
	const out: Element[] = [];
	walkTree(n, (c) => {
		if (c === n) return true;
		if (!isElement(c)) return false;
		if (c.tagName === tag) out.push(c);
		return c.tagName !== 'table';
	});
	return out;
}

/** Whether any element named `tag` is under `n`, nested tables included. */
export function contains(n: Node, tag: string): boolean {
	let found = false;
	walkTree(n, (c) => {
		if (found) return false;
		if (c !== n && isElement(c) && c.tagName === tag) found = true;
		return !found;
	});
	return found;
}
