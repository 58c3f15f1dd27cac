import type { SourceLine } from './source';

/**
 * Text whose whitespace a crawler collapsed: the whole body on a few very long lines. Parts are then
 * only found inline, so such text is cut into lines before every outline number first.
 */
export function looksCollapsed(text: string): boolean {
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	const longest = Math.max(0, ...lines.map((l) => l.length));
	const inlineParts = (text.match(/\s[一二三四五六七八九十]{1,2}、\S/g) ?? []).length;
	return lines.length <= 5 && longest > 400 && inlineParts >= 2;
}

const BREAKS: RegExp[] = [
	// 一、 (一) after a space or a sentence end; 一是 never (it has no 、).
	/(?<=[\s。;；:：])(?=[一二三四五六七八九十]{1,2}、)/g,
	/(?<=[\s。;；:：])(?=\([一二三四五六七八九十]{1,2}\))/g,
	// 1. 1、 2. after a sentence end, or after a table row's last number ("… 0 1 2.其他法律…").
	/(?<=[。;；]|\d\s)(?=\d{1,2}[.、][\u4e00-\u9fff])/g,
	// The date under the title, 表二's item lines and its header rows.
	/(?<=\s)(?=[(（]\d{4}年\d{1,2}月\d{1,2}日[)）])/g,
	/(?<=\s)(?=第二十条第)/g,
	/(?<=\s)(?=信息内容\s)/g,
	/(?<=报告)\s+/g
];

/** Lines of collapsed text: a break before each inline outline number, the spaces around it kept in the lines. */
export function readCollapsed(text: string): SourceLine[] {
	let out = text;
	for (const re of BREAKS) out = out.replace(re, (m) => `${m}\n`);
	return out.split('\n').map((t) => ({ text: t.trim() }));
}
