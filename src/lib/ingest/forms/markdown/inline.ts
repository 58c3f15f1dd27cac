import { squeezeCjkSpaces } from '../../../text/normalize';

/** Named entities converters leave in Markdown (HTML escapes, spaces, Chinese quotes and dashes). */
const ENTITIES: Record<string, string> = {
	nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
	ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×'
};

/** `&nbsp;`, `&#20013;`, `&#x4e2d;` as the characters they stand for; an unknown name is left as written. */
export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
		if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? all;
		const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
		return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
	});
}

/**
 * Markup inside a line that is not report text: images, footnote references (also as a superscript
 * number, <sup>1</sup> or ^1^, which would otherwise join the number before it), link targets (the link's
 * text stays), pandoc's attributes ([text]{.underline}, a heading's {#id}), inline HTML tags (`<span>`, `<div>`, `<font>`; `<br>` is a space), **bold**, __bold__,
 * *em*, `code`, ~~strike~~ marks, the \ of escapes (converters also escape Chinese numbering: 一\、), entities.
 */
export function inlineText(s: string): string {
	const text = s
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[\^[^\]\s]+\](?!:)/g, '')
		.replace(/<sup>\s*[\d*†‡a-z]{1,3}\s*<\/sup>|\^\d{1,3}\^/gi, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1')
		.replace(/\s*\{[#.][^}]*\}\s*$/, '')
		.replace(/\$\s*([\d\s.,+\-~%\\]+?)\s*\$/g, (_, n: string) => n.replace(/\\%/g, '%').replace(/(?<=[\d.,])\s+(?=[\d.,%])/g, ''))
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, '')
		.replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
		.replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g, '$1')
		.replace(/~~(.+?)~~/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\\([!-/:-@[-`{-~\u3001\u3002\uff08\uff09])/g, '$1');
	return decodeEntities(text);
}

/** Outline numbers a list marker may stand before: 一、 (一) 1. 1、 第一 (full-width forms are already ASCII). */
const OUTLINE = /^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d+[.、]|第[一二三四五六七八九十]+)/;

/**
 * A line's block marks taken off: `#` heading marks (the outline decides what is a heading, so a
 * converter's "### 三是…" stays text), blockquote marks, a footnote's label, pandoc's ": " before a
 * table caption, a hard break's trailing \, a bullet (`-`, `*`, `+`), and an ordered-list
 * number only where an outline number follows it ("1. (一)主动公开": the list number is the converter's).
 */
export function stripBlockMarks(line: string): string {
	let s = line.trim();
	for (let before = ''; before !== s; ) {
		before = s;
		s = s
			.replace(/^#{1,6}(\s+|$)/, '')
			.replace(/\s+#+$/, '')
			.replace(/^>\s?/, '')
			.replace(/^\[\^[^\]\s]+\]:\s*/, '')
			.replace(/^:\s+/, '')
			.replace(/\\$/, '')
			.replace(/^[-*+]\s+(?=\S)(?!.*[-—–]$)/, '');
		const ordered = /^\d{1,2}[.)]\s+/.exec(s);
		if (ordered && OUTLINE.test(s.slice(ordered[0].length))) s = s.slice(ordered[0].length);
	}
	return s;
}

/** A table cell's text: its markup removed and the spaces a `<br>` or a wrapped line left between CJK characters. */
export const cellText = (s: string) => squeezeCjkSpaces(inlineText(s).replace(/\s+/g, ' '));
