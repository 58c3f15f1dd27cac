import type { DefaultTreeAdapterMap } from 'parse5';
import { attr, children, isElement, SKIP, walkTree, type Node } from './dom';

const CJK = /[\u3400-\u9fff]/g;

/**
 * Elements government CMSs put the article in: TRS (拓尔思) editors, the 大汉/集约化 platforms' zoom and
 * UCAP containers, and the Word-paste wrapper of several CMSs.
 */
const CONTAINER = /^(TRS_Editor|TRS_UEDITOR|TRS_PreAppend|Custom_UnionStyle|zoom|fontzoom|zoomcon|UCAP-CONTENT|ucapcontent|article_content|article-content|pages_content|xxgk_content)$/i;
/** TRS 政府网站集约化 pages mark the article with comments: <!--<ucapcontent>--> … <!--</ucapcontent>-->. */
const CONTAINER_COMMENT = /^\s*<\s*ucapcontent\s*>\s*$/i;

/**
 * CJK characters inside the paragraphs and table cells under each node: where the report text is. A
 * paragraph or cell counts all the text in it; any other element the sum of its children; worked out for
 * the whole page in one pass, bottom up and without recursion (pages nest thousands deep).
 */
function weights(doc: Node): Map<Node, number> {
	/** CJK characters of all the text under a node (scripts and the like aside), as inlineText would hold them. */
	const text = new Map<Node, number>();
	const weight = new Map<Node, number>();
	walkTree(
		doc,
		(n) => {
			if (isElement(n) && SKIP.has(n.tagName)) {
				[text, weight].forEach((m) => m.set(n, 0));
				return false;
			}
			if (n.nodeName === '#text') {
				text.set(n, ((n as DefaultTreeAdapterMap['textNode']).value.match(CJK) ?? []).length);
				weight.set(n, 0);
				return false;
			}
			return true;
		},
		(n) => {
			const kids = children(n);
			text.set(n, kids.reduce((s, c) => s + (text.get(c) ?? 0), 0));
			const whole = isElement(n) && ['p', 'td', 'th', 'li', 'h1', 'h2', 'h3'].includes(n.tagName);
			weight.set(n, whole ? text.get(n)! : kids.reduce((s, c) => s + (weight.get(c) ?? 0), 0));
		}
	);
	return weight;
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
	const memo = weights(doc);
	const weight = (n: Node) => memo.get(n) ?? 0;
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
