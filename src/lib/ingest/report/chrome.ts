/**
 * Page chrome: lines a web page or PDF adds around a report that are not part of it. Each pattern
 * matches a whole trimmed line; a line is only dropped when one of these recognises it.
 */
const CHROME: RegExp[] = [
	/^扫一扫在手机打开当前页$/,
	// The text-size switch: 字号：[大 中 小], 【字体：大 中 小】.
	/^(【?\s*)?字[号体][:：]?\s*[\[【]?\s*(大|中|小|默认)/,
	// Print and close links, alone or together, bracketed or split by a bar: 【打印本页】 【关闭窗口】, [我要打印] | [关闭].
	/^[\[【]?\s*(我要)?打印(本页|此页|文章|本文)?\s*[\]】]?(\s*\|?\s*[\[【]?\s*关闭(窗口|本页)?\s*[\]】]?)?$/,
	/^[\[【]?\s*关闭(窗口|本页)\s*[\]】]?$/,
	/^(您的?|你的?)?当前(的)?位置[:：]/,
	// A page's hit counter and share bar: 浏览次数：1234, 分享到：.
	/^(浏览次数|访问次数|点击数|阅读次数)\s*[:：]\s*\d*$/,
	/^分享到\s*[:：]?$/,
	// A share bar's words on a line of their own (微信 微博 QQ空间 分享): two or more of them, nothing else.
	/^(分享到?\s*[:：]?\s*)?(?:(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ)\s*){2,}(分享)?$/,
	/^扫一扫(分享|关注)?$/,
	/^[-—–]\s*\d{1,3}\s*[-—–]$/
];

export function isChrome(line: string): boolean {
	const t = line.trim();
	return CHROME.some((re) => re.test(t));
}
