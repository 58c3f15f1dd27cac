/** Levenshtein distance, given up (Infinity) once it must exceed `limit`: at most |a| × |b| steps, and fewer past the limit. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return Infinity;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, cur[j]);
		}
		if (best > limit) return Infinity;
		prev = cur;
	}
	return prev[b.length];
}

/**
 * The fewest edits that make `a` some stretch of `b` (a line of a label wrapped over two, the other lost:
 * 行政机关趟再处理… is one edit from a stretch of 2.申请人逾期…、行政机关不再处理…), given up (Infinity) past
 * `limit`: at most |a| × |b| steps.
 */
export function stretchDistance(a: string, b: string, limit: number): number {
	let prev = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, cur[j]);
		}
		if (best > limit) return Infinity;
		prev = cur;
	}
	return prev.reduce((m, v) => Math.min(m, v), Infinity);
}
