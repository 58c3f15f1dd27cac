import { BODY_END } from '../../report/meta';

/**
 * A page's chrome inside text whose whitespace a crawler collapsed: on their own lines ingest/report/chrome.ts would
 * drop them, but collapsed they stand inside the title's line or a part's last paragraph. Each shape is
 * a CMS's fixed wording (the breadcrumb's "当前位置: 首页 > …", 【字体: 大 中 小】, 分享到, 【打印本页】
 * 【关闭窗口】, 【我要纠错】, 浏览次数: 123, 扫一扫…) or the footer (上一篇:/下一篇:, 相关链接, 主办单位:,
 * 版权所有, 网站标识码, ICP备 … to the end of the text, where no part follows). What is taken out is listed in `dropped`.
 */
const INLINE: RegExp[] = [
	// The breadcrumb ("当前位置:" or a path from 首页), without a last item that holds a year (that item is the report's title).
	/(?:(?:您的?|你的?)?当前的?位置\s?[:：]\s?|(?<=^|\s)(?=(?:网站)?首页\s?[>»›]))(?:[^\s>»›:：]{1,12}\s?[>»›]\s?)+(?:(?![^\s>»›]*\d{4})[^\s>»›:：]{1,12}(?=\s|$))?/g,
	/[【\[]?\s?(?:字体|字号)\s?[:：]?\s?[\[【]?\s?(?:大|中|小|默认|\s|[\[\]【】|])+[】\]]?/g,
	/分享到\s?[:：]?(?:\s?(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ))*/g,
	/[【\[]\s?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|加入收藏|收藏|我要纠错|纠错)\s?[】\]]/g,
	/[【\[]\s?大\s?中\s?小\s?[】\]]/g,
	/(?:浏览次数|阅读次数|访问次数|点击数|浏览量|阅读量)\s?[:：]\s?\d+(?:\s?次)?/g,
	/(?<=^|\s)(?:打印本页|关闭窗口|返回顶部)(?=\s|$)/g,
	/扫一扫在手机打开当前页/g,
	// A share bar without its 分享到: two or more of the networks' names, and 分享.
	/(?<=^|\s)(?:(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友)\s?){2,}(?:分享)?(?=\s|$)/g,
	/(?<=^|\s)扫一扫(?=\s|$)/g
];
const FOOTER = /(?:(?:主办单位|承办单位|技术支持|联系电话)\s?[:：]|版权所有|Copyright|©|网站标识码|ICP备|上一篇\s?[:：]|下一篇\s?[:：]|相关链接|相关文章)/g;
/** A footer is short and ends the page; a part number after the mark means it is no footer. */
const MAX_FOOTER = 600;

export function dropInlineChrome(text: string): { text: string; dropped: string[] } {
	const dropped: string[] = [];
	let out = text;
	for (const re of INLINE) {
		out = out.replace(re, (m) => {
			if (m.trim() === '') return m;
			dropped.push(m.trim());
			return ' ';
		});
	}
	for (const m of out.matchAll(FOOTER)) {
		const rest = out.slice(m.index);
		if (rest.length > MAX_FOOTER || /[一二三四五六七八九十]、/.test(rest)) continue;
		dropped.push(rest.trim());
		out = out.slice(0, m.index);
		break;
	}
	return { text: out.replace(/ {2,}/g, ' ').trim(), dropped };
}

/**
 * Words a crawler left before a title on its line ("首页 政务公开 示例市测试局2023年…报告"): the title is
 * the words before its year that end as bodies and places (局, 委, 政府, 市 …), then the year's word. The
 * cut goes before it, so the words before stand on a line of their own and never become the agency.
 * Only in the front (before 一、), where titles are; letter-spaced words (one character each) stay. A
 * title may hold single spaces ("示例市测试局 2023 年政府信息公开工作 年度报告").
 */
const TITLE_WORD = /(?<=^|\s)\S*\d{4}\s?年度?(?:\s?[^\s。]){0,40}?信息公开(?:\s?[^\s。]){0,12}?报告/g;

export function cutBeforeTitle(front: string): string {
	const cuts: number[] = [];
	for (const m of front.matchAll(TITLE_WORD)) {
		const words = [...front.slice(0, m.index).matchAll(/\S+/g)];
		let from = words.length;
		while (from > 0 && BODY_END.test(words[from - 1][0]) && words[from - 1][0].length > 1) from--;
		if (from > 0 && words[from - 1][0].length === 1) continue;
		const at = from < words.length ? words[from].index : m.index;
		if (front.slice(0, at).trim() !== '') cuts.push(at);
	}
	let out = front;
	for (const at of cuts.reverse()) out = `${out.slice(0, at)}\n${out.slice(at)}`;
	return out;
}
