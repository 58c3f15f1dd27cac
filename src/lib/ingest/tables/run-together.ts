/**
 * Numbers a crawler ran together ("4251516" for the cells 425 | 1516): the ways to cut them, and the
 * template's sums as the only judge of which cut is right. A row is recovered only when exactly one cut
 * is left; otherwise its cells stay blank. Never a guess.
 */
import { MAX_CELL_DIGITS } from './split';

/** A number as people write it: no leading zero except 0 itself. */
const WRITTEN = /^(0|[1-9]\d*)$/;

/**
 * Every way to cut a run of digits into `count` written numbers, in order. A number of more than
 * MAX_CELL_DIGITS digits cannot be summed exactly, so no cut makes one: a longer run has no cut at
 * all (its row is named), and the cuts of any run number at most 15^(count-1).
 */
export function cuts(digits: string, count: number): number[][] {
	if (count < 1 || digits.length < count || digits.length > count * MAX_CELL_DIGITS) return [];
	if (count === 1) return WRITTEN.test(digits) ? [[Number(digits)]] : [];
	const out: number[][] = [];
	for (let at = 1; at <= Math.min(MAX_CELL_DIGITS, digits.length - count + 1); at++) {
		const head = digits.slice(0, at);
		if (!WRITTEN.test(head)) continue;
		for (const rest of cuts(digits.slice(at), count - 1)) out.push([Number(head), ...rest]);
	}
	return out;
}

/** A relation the template states: row `total` is the sum of rows `parts`, in every value column. */
export interface RowSum {
	total: number;
	parts: number[];
}

/** More combinations than this in one sum are not tried: the rows stay blank. */
const MAX_COMBINATIONS = 100_000;

/**
 * Rows' values where known (null cells are blanks), and for run-together rows their possible cuts. For
 * each sum, every combination of its open rows' cuts is tried against it, column by column where the
 * other cells are known; a cut no surviving combination uses is dropped. A row is settled when one cut
 * is left, which may in turn narrow another sum. Returns the settled rows' values.
 */
export function settleBySums(known: ((number | null)[] | null)[], candidates: Map<number, number[][]>, sums: RowSum[]): Map<number, (number | null)[]> {
	const values = known.slice();
	const open = new Map([...candidates].map(([row, list]) => [row, list.slice()]));
	const settled = new Map<number, (number | null)[]>();
	const settle = (row: number, cut: number[]) => {
		values[row] = cut;
		settled.set(row, cut);
		open.delete(row);
	};
	// "00" can only be 0 | 0: a single cut needs no sum.
	for (const [row, list] of open) if (list.length === 1) settle(row, list[0]);
	let progress = true;
	while (progress) {
		progress = false;
		for (const sum of sums) {
			const members = [sum.total, ...sum.parts].filter((r) => open.get(r)?.length);
			if (members.length === 0) continue;
			const lists = members.map((r) => open.get(r)!);
			if (lists.reduce((n, l) => n * l.length, 1) > MAX_COMBINATIONS) continue;
			const used = members.map(() => new Set<number>());
			for (const combo of combinations(lists)) {
				const trial = values.slice();
				members.forEach((r, k) => (trial[r] = lists[k][combo[k]]));
				if (holds(sum, trial)) combo.forEach((c, k) => used[k].add(c));
			}
			// No combination adds up: the report's own numbers disagree, and this sum says nothing about the cuts.
			if (used[0].size === 0) continue;
			members.forEach((r, k) => {
				const left = lists[k].filter((_, c) => used[k].has(c));
				if (left.length < lists[k].length) progress = true;
				if (left.length === 1) settle(r, left[0]);
				else open.set(r, left);
			});
		}
	}
	return settled;
}

/** Index tuples over the lists, one index per list. */
function* combinations(lists: unknown[][]): Generator<number[]> {
	const at = lists.map(() => 0);
	if (lists.some((l) => l.length === 0)) return;
	while (true) {
		yield at.slice();
		let k = lists.length - 1;
		while (k >= 0 && ++at[k] === lists[k].length) at[k--] = 0;
		if (k < 0) return;
	}
}

/** Whether `sum` holds in each column whose cells are all known numbers. */
function holds(sum: RowSum, values: ((number | null)[] | null)[]): boolean {
	const width = [sum.total, ...sum.parts].reduce((w, r) => Math.max(w, values[r]?.length ?? 0), 0);
	for (let column = 0; column < width; column++) {
		const total = values[sum.total]?.[column] ?? null;
		const parts = sum.parts.map((p) => values[p]?.[column] ?? null);
		if (total === null || parts.some((p) => p === null)) continue;
		if (Math.abs(total - parts.reduce((a, b) => a! + b!, 0)!) > 1e-9) return false;
	}
	return true;
}
