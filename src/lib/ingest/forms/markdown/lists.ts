import { PART_TITLES } from '../../../templates/template2019';

const NUMERALS = '一二三四五六七八九十';
/** A title without spaces and punctuation: "行政复议,行政诉讼" and "行政复议、行政诉讼" are one title. */
const bare = (s: string) => s.replace(/[\s\p{P}]/gu, '');

/**
 * A part title whose number a converter turned into a list number. Word numbers a report's parts with
 * its own list numbering (一、二、…); converters write that as a Markdown ordered list ("1. 总体情况"),
 * the Chinese numbers lost, and restarted at 1 wherever a paragraph breaks the list. So the list number
 * says nothing: an item whose text is one of the 2019 template's six part titles takes its number from
 * the template ("三、收到和处理政府信息公开申请情况"), whatever its punctuation and whatever follows the
 * title on the line. Any other list item is left as it is.
 */
export function partFromListItem(text: string): string | null {
	const m = /^\d{1,2}[.)]\s*(\S.*)$/.exec(text);
	if (!m) return null;
	const item = m[1].trim();
	const k = PART_TITLES.findIndex((t) => bare(item).startsWith(bare(t)));
	return k < 0 ? null : `${NUMERALS[k]}、${item}`;
}
