/**
 * Levenshtein distance between `a` and `b` (`stretch`: between `a` and the nearest stretch of `b`, its
 * ends free), given up (Infinity) once it must exceed `limit`: at most |a| × |b| steps, fewer past the limit.
 */
function distance(a: string, b: string, limit: number, stretch: boolean): number {
	if (!stretch && Math.abs(a.length - b.length) > limit) return Infinity;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => (stretch ? 0 : j));
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
	return stretch ? prev.reduce((m, v) => Math.min(m, v), Infinity) : prev[b.length];
}

/** The fewest edits that make `a` into `b`, Infinity past `limit`. */
export const editDistance = (a: string, b: string, limit: number): number => distance(a, b, limit, false);

/**
 * The fewest edits that make `a` some stretch of `b` (a line of a label wrapped over two, the other lost:
 * 行政机关趟再处理… is two edits from a stretch of 2.申请人逾期…、行政机关不再处理…), Infinity past `limit`.
 */
export const stretchDistance = (a: string, b: string, limit: number): number => distance(a, b, limit, true);
