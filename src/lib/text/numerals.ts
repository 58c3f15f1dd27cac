const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十一 → 11, 二十三 → 23; NaN for anything else. */
export function chineseNumeral(s: string): number {
	if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return NaN;
	if (!s.includes('十')) return s.length === 1 ? DIGITS[s] : NaN;
	const [tens, ones] = s.split('十');
	if (s.split('十').length > 2) return NaN;
	const t = tens === '' ? 1 : DIGITS[tens];
	const o = ones === '' ? 0 : DIGITS[ones];
	return t === undefined || o === undefined ? NaN : t * 10 + o;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** ① → 1 … ⑳ → 20; NaN otherwise. */
export function circledNumeral(s: string): number {
	const i = CIRCLED.indexOf(s);
	return i < 0 ? NaN : i + 1;
}
