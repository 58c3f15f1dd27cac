/**
 * Page chrome: lines a web page or PDF adds around a report that are not part of it. Each pattern
 * matches a whole trimmed line; a line is only dropped when one of these recognises it.
 */
const CHROME: RegExp[] = [
	/^扫一扫在手机打开当前页$/,
	/^(【?\s*)?字号[:：]?\s*[\[【]?\s*(大|中|小|默认)/,
	/^[\[【]?\s*打印(本页|此页)?\s*[\]】]?(\s*[\[【]?\s*关闭(窗口|本页)?\s*[\]】]?)?$/,
	/^(您的?|你的?)?当前(的)?位置[:：]/,
	/^[-—–]\s*\d{1,3}\s*[-—–]$/
];

export function isChrome(line: string): boolean {
	const t = line.trim();
	return CHROME.some((re) => re.test(t));
}
