const D = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 23 → 二十三 (1 to 99): for writing test reports. */
export function chineseNumeralOf(n: number): string {
	if (n < 10) return D[n];
	const t = Math.floor(n / 10);
	return `${t === 1 ? '' : D[t]}十${D[n % 10]}`;
}
