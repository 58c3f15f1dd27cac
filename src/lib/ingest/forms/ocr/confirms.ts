/**
 * Which cells a passing sum check confirms against OCR's misreadings. A sum that holds proves little
 * where the same misreading on both of its sides would hold it too, and OCR misreads a glyph alike
 * wherever it stands: 新收 5 and 总计 5 both read as 9 still make 一 + 二 = (七)总计 + 四 hold, and a row
 * 0 5 0 0 0 0 5 read as 0 9 0 0 0 0 9 still adds up. So a check confirms a digit of a cell only where
 * reading its number alike everywhere in the check as another number, or that digit alike everywhere as
 * another digit, would break the sum.
 */
import type { Check, Table, TableRow } from '../../../types';

/** A cell a sum check reads: the total and the parts taken away count −1, the other parts +1. */
export interface Term {
	anchor: string;
	column: number;
	sign: 1 | -1;
	value: number | null;
}

/** A row's 总计 check (表三's row totals, 表四's) reads its row: every column but the last adds up to the last. */
const ROW_TOTAL = /^(t3\.row-total|t4\.total):/;

/** The cells a sum check reads, its rows found by anchor among the report's tables; null where one is missing. */
export function checkTerms(c: Check, rows: Map<string, { row: TableRow; table: Table }>): Term[] | null {
	const total = rows.get(c.total);
	if (!total) return null;
	if (ROW_TOTAL.test(c.id)) {
		const last = total.row.values.length - 1;
		return total.row.values.map((value, column) => ({ anchor: c.total, column, sign: column === last ? -1 : 1, value }));
	}
	const columnOf = (t: Table) => (c.column === undefined ? 0 : t.columns.indexOf(c.column));
	const terms: Term[] = [{ anchor: c.total, column: columnOf(total.table), sign: -1, value: total.row.values[columnOf(total.table)] ?? null }];
	for (const anchor of c.parts) {
		const part = rows.get(anchor);
		if (!part) return null;
		const column = columnOf(part.table);
		terms.push({ anchor, column, sign: c.subtracted?.includes(anchor) ? -1 : 1, value: part.row.values[column] ?? null });
	}
	return terms;
}

/** Each digit of a number with its place value (4.5 is 4 × 1 and 5 × 0.1); none for a number not written in plain digits. */
function places(value: number): [string, number][] {
	const m = /^(\d+)(?:\.(\d+))?$/.exec(String(value));
	if (!m) return [];
	const [whole, fraction = ''] = [m[1], m[2]];
	return [...[...whole].map((d, i): [string, number] => [d, 10 ** (whole.length - 1 - i)]), ...[...fraction].map((d, i): [string, number] => [d, 10 ** -(i + 1)])];
}

const nonzero = (x: number) => Math.abs(x) > 1e-9;

/**
 * For each term of a sum that holds, which of its digits (by place in its number, the point left out) the
 * sum confirms: none where its number's signed count in the sum is 0 (all its copies read alike as
 * another number would hold it), else each digit whose signed place value in the sum is not 0. 40 + 5 +
 * 1 + 0 + 2 + 1 = 49 confirms 49's 9 but not its 4: a 4 read alike as 1 would make 10 + … = 19 hold.
 */
export function confirmedDigits(terms: Term[]): boolean[][] {
	const count = new Map<number, number>();
	const weight = new Map<string, number>();
	for (const t of terms) {
		if (t.value === null) continue;
		count.set(t.value, (count.get(t.value) ?? 0) + t.sign);
		for (const [d, place] of places(t.value)) weight.set(d, (weight.get(d) ?? 0) + t.sign * place);
	}
	return terms.map((t) => (t.value === null ? [] : places(t.value).map(([d]) => nonzero(count.get(t.value!)!) && nonzero(weight.get(d)!))));
}
