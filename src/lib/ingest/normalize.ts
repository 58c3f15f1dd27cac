/**
 * Canonical text: LF line ends, full-width ASCII forms (０-９, Ａ-Ｚ, （）：，…) as their ASCII
 * twins, the ideographic space as a space. Chinese punctuation outside that block (。、“”) is left
 * alone. Full-width and half-width variants of one report therefore parse to the same result.
 */
export function normalizeText(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
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
