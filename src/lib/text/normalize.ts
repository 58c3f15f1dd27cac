/**
 * Zero-width and bidirectional control characters: invisible, they make two spellings of one agency
 * name and can reorder what a reader sees. The parsed text drops them; the published source keeps them.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C\u180E]/g;

export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

/**
 * Canonical text: LF line ends, full-width ASCII forms (０-９, Ａ-Ｚ, （）：，…) as their ASCII
 * twins, the ideographic space as a space. Chinese punctuation outside that block (。、“”) is left
 * alone. Full-width and half-width variants of one report therefore parse to the same result.
 */
export function normalizeText(text: string): string {
	return stripInvisible(text)
		.replace(/\r\n?/g, '\n')
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[\u3000\u00A0]/g, ' ');
}

const CJK = '\\u3400-\\u9FFF\\uF900-\\uFAFF';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}、()])[ \\t]+(?=[${CJK}、()])`, 'g');

/** Removes spaces a typesetter put between characters ("概 述" → "概述"), keeping spaces between words. */
export function squeezeCjkSpaces(s: string): string {
	return s.replace(SPACE_BETWEEN_CJK, '').trim();
}

const C = '\\u3400-\\u9FFF\\uF900-\\uFAFF\\u3000-\\u303F\\u2018-\\u201D\\u2026\\u2014《》【】';
const P = ',:;()!?%';
const SPACES = new RegExp(
	`(?<=[${C}])\\s+(?=[${C}\\d${P}])|(?<=[\\d${P}])\\s+(?=[${C}])|(?<=[,:;])\\s+(?=\\d)|(?<=\\d)\\s+(?=[,:;%])`,
	'g'
);

/**
 * Removes the spaces PDF extraction and typesetting put around Chinese text ("2023 年", "号 ， 邮 编"),
 * keeping spaces between Latin words and between numbers.
 */
export function squeezeSpaces(s: string): string {
	return s.replace(SPACES, '').replace(/[ \t]{2,}/g, ' ').trim();
}

/** The text with no whitespace at all: how labels and titles are compared, however a form spaced them. */
export const withoutSpaces = (s: string): string => s.replace(/\s+/g, '');
