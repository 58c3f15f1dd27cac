import type { Check } from '../types';

/** A cell a check reads: its row's anchor and its value (null when blank); `subtract`: a part taken away, not added. */
export interface CheckCell {
	anchor: string;
	value: number | null;
	subtract?: boolean;
}

/** Sums without binary fractions creeping in (万元 values carry decimals). */
const add = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;

const anchors = (cells: CheckCell[]) => [...new Set(cells.map((c) => c.anchor))];

/** total = the sum of parts (less those to subtract). A blank among them makes the check unverifiable, never a failure. */
export function sumCheck(id: string, description: string, reason: string, total: CheckCell, parts: CheckCell[], column?: string): Check {
	const expected = parts.every((p) => p.value !== null) ? add(parts.map((p) => (p.subtract ? -1 : 1) * (p.value as number))) : null;
	const subtracted = anchors(parts.filter((p) => p.subtract));
	const known = total.value !== null && expected !== null;
	return {
		id,
		status: !known ? 'unverifiable' : expected === total.value ? 'pass' : 'fail',
		relation: 'sum',
		description,
		total: total.anchor,
		parts: anchors(parts),
		...(subtracted.length ? { subtracted } : {}),
		...(column ? { column } : {}),
		expected,
		actual: total.value,
		reason
	};
}

/** A 其中 part is at most its total. */
export function subsetCheck(id: string, description: string, reason: string, total: CheckCell, part: CheckCell): Check {
	const known = total.value !== null && part.value !== null;
	return {
		id,
		status: !known ? 'unverifiable' : (part.value as number) <= (total.value as number) ? 'pass' : 'fail',
		relation: 'subset',
		description,
		total: total.anchor,
		parts: [part.anchor],
		expected: total.value,
		actual: part.value,
		reason
	};
}
