import type { DefaultTreeAdapterMap } from 'parse5';
import { attr, children, inlineText, isElement, SKIP, type Node } from './dom';

const CJK = /[\u3400-\u9fff]/g;

/**
 * Elements government CMSs put the article in: TRS (拓尔思) editors, the 大汉/集约化 platforms' zoom and
 * UCAP containers, and the Word-paste wrapper of several CMSs.
 */
const CONTAINER = /^(TRS_Editor|TRS_UEDITOR|TRS_PreAppend|Custom_UnionStyle|zoom|fontzoom|zoomcon|UCAP-CONTENT|ucapcontent|article_content|article-content|pages_content|xxgk_content)$/i;
/** TRS 政府网站集约化 pages mark the article with comments: <!--<ucapcontent>--> … <!--</ucapcontent>-->. */
const CONTAINER_COMMENT = /^\s*<\s*ucapcontent\s*>\s*$/i;

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

/** The elements a CMS names as its article container, outermost first. */
function containers(n: Node, out: Node[] = []): Node[] {
	for (const c of children(n)) {
		if (c.nodeName === '#comment' && CONTAINER_COMMENT.test((c as DefaultTreeAdapterMap['commentNode']).data)) out.push(n);
		if (!isElement(c)) continue;
		const names = [attr(c, 'id') ?? '', ...(attr(c, 'class') ?? '').split(/\s+/)];
		if (names.some((x) => CONTAINER.test(x))) out.push(c);
		containers(c, out);
	}
	return out;
}

/**
 * The article body. A CMS's named container holding at least half the page's report text is where to
 * start (its title, date line and 索引号 box are outside it, however short the report); else the page.
 * From there, step down into the child holding most of the text while one child holds at least 85% of it.
 */
export function articleOf(doc: Node): Node {
	const memo = new Map<Node, number>();
	const page = weight(doc, memo);
	const named = containers(doc).filter((c) => weight(c, memo) >= page * 0.5);
	let at = named.sort((a, b) => weight(b, memo) - weight(a, memo))[0] ?? doc;
	for (;;) {
		const total = weight(at, memo);
		const best = children(at).filter(isElement).sort((a, b) => weight(b, memo) - weight(a, memo))[0];
		if (!best || total === 0 || weight(best, memo) < total * 0.85) return at;
		at = best;
	}
}
