/**
 * Two value columns (年度 | 历年累计) whose digits a crawler ran together ("120534567"): a row's cut is
 * read only where the table itself leaves one. 历年累计 (all years to date) is never less than 年度 (this
 * year), and a row with items under it (其中：1、… 2、…) is their sum in both columns. A group of rows is
 * settled when exactly one combination of its rows' cuts adds up; a row outside any settled group only
 * when it has one cut on its own. Everything else stays unread: never a guess. The search over
 * combinations is bounded (MAX_STEPS): past it, the group stays unread.
 */

/** A number as people write it: no leading zero except 0 itself. */
const WRITTEN = /^(0|[1-9]\d*)$/;

/** The ways to cut a run of digits into 年度 | 历年累计 with 历年累计 ≥ 年度: at most one per place, so linear in the digits. */
export function pairCuts(digits: string): [number, number][] {
	const out: [number, number][] = [];
	for (let at = 1; at < digits.length; at++) {
		const [a, b] = [digits.slice(0, at), digits.slice(at)];
		if (WRITTEN.test(a) && WRITTEN.test(b) && Number(b) >= Number(a)) out.push([Number(a), Number(b)]);
	}
	return out;
}

/** One row: its two values where the source separated them, or the digits it ran together. */
export type PairRow = { values: [number | null, number | null] } | { digits: string };

/** A row with items under it: `total` is the sum of `parts` in each column. */
export interface PairSum {
	total: number;
	parts: number[];
}

/** Combinations tried in one group before it is given up as unread. */
export const MAX_STEPS = 20_000;
/** A group of more rows than this is not searched (its rows stay unread): the search recurses once per row. */
const MAX_GROUP = 16;

/**
 * The rows' values, each read or null (unread, or blank where the source left it blank); `unsettled`
 * names the rows whose digits no single cut explains.
 */
export function settlePairs(rows: PairRow[], sums: PairSum[]): { values: [number | null, number | null][]; unsettled: number[] } {
	const options = rows.map((r) => ('digits' in r ? pairCuts(r.digits) : [r.values]));
	const chosen = new Map<number, [number | null, number | null]>();
	for (const { total, parts } of sums) {
		const members = [total, ...parts];
		if (!members.some((i) => 'digits' in rows[i]) || members.length > MAX_GROUP) continue;
		let steps = 0;
		const found: [number | null, number | null][][] = [];
		const pick: [number | null, number | null][] = [];
		const walk = (k: number): void => {
			if (found.length > 1 || ++steps > MAX_STEPS) return;
			if (k === members.length) {
				const [t, ...ps] = pick;
				const adds = (c: 0 | 1) => t[c] !== null && ps.every((p) => p[c] !== null) && ps.reduce((n, p) => n + (p[c] as number), 0) === t[c];
				if (adds(0) && adds(1)) found.push(pick.slice());
				return;
			}
			for (const option of options[members[k]]) {
				pick.push(option);
				walk(k + 1);
				pick.pop();
			}
		};
		walk(0);
		if (found.length === 1 && steps <= MAX_STEPS) members.forEach((i, k) => chosen.set(i, found[0][k]));
	}
	const unsettled: number[] = [];
	const values = rows.map((r, i): [number | null, number | null] => {
		if (!('digits' in r)) return r.values;
		const settled = chosen.get(i) ?? (options[i].length === 1 ? options[i][0] : null);
		if (settled) return settled;
		unsettled.push(i);
		return [null, null];
	});
	return { values, unsettled };
}
