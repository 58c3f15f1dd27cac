import type { DefaultTreeAdapterMap } from 'parse5';
import { attr, children, inlineText, isElement, SKIP, walkTree, type Node } from './html-dom';

const CJK = /[\u3400-\u9fff]/g;

/**
 * Elements government CMSs put the article in: TRS (拓尔思) editors, the 大汉/集约化 platforms' zoom and
 * UCAP containers, and the Word-paste wrapper of several CMSs.
 */
const CONTAINER = /^(TRS_Editor|TRS_UEDITOR|TRS_PreAppend|Custom_UnionStyle|zoom|fontzoom|zoomcon|UCAP-CONTENT|ucapcontent|article_content|article-content|pages_content|xxgk_content)$/i;
/** TRS 政府网站集约化 pages mark the article with comments: <!--<ucapcontent>--> … <!--</ucapcontent>-->. */
const CONTAINER_COMMENT = /^\s*<\s*ucapcontent\s*>\s*$/i;

/**
 * CJK characters inside the paragraphs and table cells under each node of `root` not yet in `memo`: where
 * the report text is. Worked out bottom up without recursion (pages nest thousands deep).
 */
function weights(root: Node, memo: Map<Node, number>): void {
	walkTree(
		root,
		(n) => {
			if (memo.has(n)) return false;
			if (isElement(n) && SKIP.has(n.tagName)) memo.set(n, 0);
			else if (isElement(n) && ['p', 'td', 'th', 'li', 'h1', 'h2', 'h3'].includes(n.tagName)) memo.set(n, (inlineText(n).match(CJK) ?? []).length);
			else return true;
			return false;
		},
		(n) => memo.set(n, children(n).reduce((s, c) => s + (memo.get(c) ?? 0), 0))
	);
}

/** The elements a CMS names as its article container, outermost first. */
function containers(root: Node): Node[] {
	const out: Node[] = [];
	walkTree(root, (n) => {
		if (n === root) return true;
		if (n.nodeName === '#comment' && CONTAINER_COMMENT.test((n as DefaultTreeAdapterMap['commentNode']).data)) out.push(n.parentNode as Node);
		if (!isElement(n)) return false;
		const names = [attr(n, 'id') ?? '', ...(attr(n, 'class') ?? '').split(/\s+/)];
		if (names.some((x) => CONTAINER.test(x))) out.push(n);
		return true;
	});
	return out;
}

/**
 * The article body. A CMS's named container holding at least half the page's report text is where to
 * start (its title, date line and 索引号 box are outside it, however short the report); else the page.
 * From there, step down into the child holding most of the text while one child holds at least 85% of it.
 */
export function articleOf(doc: Node): Node {
	const memo = new Map<Node, number>();
	// Inside a paragraph or cell (counted whole) a node's own weight is worked out when asked.
	const weight = (n: Node) => {
		if (!memo.has(n)) weights(n, memo);
		return memo.get(n)!;
	};
	const page = weight(doc);
	const named = containers(doc).filter((c) => weight(c) >= page * 0.5);
	let at = named.sort((a, b) => weight(b) - weight(a))[0] ?? doc;
	for (;;) {
		const total = weight(at);
		const best = children(at).filter(isElement).sort((a, b) => weight(b) - weight(a))[0];
		if (!best || total === 0 || weight(best) < total * 0.85) return at;
		at = best;
	}
}
