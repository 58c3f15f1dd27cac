import { squeezeCjkSpaces } from '../text/normalize';

const NUMBERING = /^(其中[:：]?|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\)|\d{1,2}[.、．]|[①-⑳])\s*/;

/** A row label without its outline number, 其中, or trailing parenthetical note: "(一)收到申请数" → "收到申请数". */
export function bareLabel(label: string): string {
	let s = squeezeCjkSpaces(label);
	for (let prev = ''; prev !== s; ) {
		prev = s;
		s = s.replace(NUMBERING, '');
	}
	return s.replace(/\([^()]*\)\s*$/, '').trim();
}
