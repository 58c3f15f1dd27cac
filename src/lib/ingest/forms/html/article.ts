import type { DefaultTreeAdapterMap } from 'parse5';
import { attr, children, isElement, SKIP, walkTree, type Node } from './dom';

const CJK = /[\u3400-\u9fff]/g;

/** How many CJK characters a text holds. */
export const cjkCount = (text: string) => (text.match(CJK) ?? []).length;

/**
 * Elements government CMSs put the article in: TRS (拓尔思) editors, the 大汉/集约化 platforms' zoom and
 * UCAP containers, and the Word-paste wrapper of several CMSs.
 */
const CONTAINER = /^(TRS_Editor|TRS_UEDITOR|TRS_PreAppend|Custom_UnionStyle|zoom|fontzoom|zoomcon|UCAP-CONTENT|ucapcontent|article_content|article-content|pages_content|xxgk_content)$/i;
/** TRS 政府网站集约化 pages mark the article with comments: <!--<ucapcontent>--> … <!--</ucapcontent>-->. */
const CONTAINER_COMMENT = /^\s*<\s*ucapcontent\s*>\s*$/i;

/**
 * CJK characters inside the paragraphs and table cells under each node: where the report text is. A
 * paragraph or cell counts all the text in it; any other element the sum of its children; a picture, where
 * given, what OCR read in it; worked out for the whole page in one pass, bottom up and without recursion
 * (pages nest thousands deep).
 */
function weights(doc: Node, pictureText?: Map<Node, number>): Map<Node, number> {
	/** CJK characters of all the text under a node (scripts and the like aside), as inlineText would hold them. */
	const text = new Map<Node, number>();
	const weight = new Map<Node, number>();
	/** Characters OCR read in the pictures under a node. */
	const pictures = new Map<Node, number>();
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
			// A picture weighs what OCR read in it, in a paragraph too (<p><img></p>: the paragraph's text is none).
			const own = isElement(n) && n.tagName === 'img' ? (pictureText?.get(n) ?? 0) : 0;
			pictures.set(n, kids.reduce((s, c) => s + (pictures.get(c) ?? 0), own));
			weight.set(n, whole ? text.get(n)! + pictures.get(n)! : kids.reduce((s, c) => s + (weight.get(c) ?? 0), own));
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
 * Under this many CJK characters of text, an article holds no report: a page that posts its report as
 * pictures of its pages has only its title and a line or two in text. The shortest made-up report with
 * 表三 a picture has 374; a real one's part titles and 表二's labels alone come near 200.
 */
export const THIN = 200;

/** Whether a page's report is in its pictures: the article its text gives holds under THIN characters. */
export function reportInPictures(doc: Node): boolean {
	const memo = weights(doc);
	return (memo.get(chosen(doc, memo)) ?? 0) < THIN;
}

/**
 * The article body. A CMS's named container holding at least half the page's report text is where to
 * start (its title, date line and 索引号 box are outside it, however short the report); else the page.
 * From there, step down into the child holding most of the text while one child holds at least 85% of it.
 * A page whose report is in its pictures (reportInPictures) counts each picture as the characters OCR
 * read in it (`pictureText`): the article is where the pictures of its pages stand, not its title alone.
 */
export function articleOf(doc: Node, pictureText?: Map<Node, number>): Node {
	return chosen(doc, weights(doc, pictureText));
}

function chosen(doc: Node, memo: Map<Node, number>): Node {
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
