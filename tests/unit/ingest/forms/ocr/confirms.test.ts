import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTerms, confirmedDigits, type Term } from '../../../../../src/lib/ingest/forms/ocr/confirms';
import { parseReport } from '../../../../../src/lib/parse';
import { enrich } from '../../../../../src/lib/indicators/assign';
import { renderText } from '../../../../helpers/forms';
import { MODEL } from '../../../../fixtures/template2019/model';
import type { Table, TableRow } from '../../../../../src/lib/types';

/** A sum's terms: the total first (−1), then the parts (+1, or −1 where given negative). */
const sum = (total: number, ...parts: number[]): Term[] => [
	{ anchor: 't', column: 0, sign: -1, value: total },
	...parts.map((v, i): Term => ({ anchor: `p${i}`, column: 0, sign: v < 0 || Object.is(v, -0) ? -1 : 1, value: Math.abs(v) }))
];

/** The sum with every copy of `from` (a whole number) or every digit `from` read as `to`: whether it still holds. */
function holdsMisread(terms: Term[], from: string, to: string, whole: boolean): boolean {
	const read = (v: number) => (whole ? (String(v) === from ? Number(to) : v) : Number(String(v).replaceAll(from, to)));
	return Math.abs(terms.reduce((s, t) => s + t.sign * read(t.value!), 0)) < 1e-9;
}

describe('confirms: which cells a sum that holds confirms against OCR misreading alike', () => {
	it('confirms nothing a misreading on both sides of the sum would keep: 新收 and 总计 alike, a row whose total is one of its cells', () => {
		// 一 + 二 = (七)总计 + 四 in a column where 新收 = 总计 and 上年结转 = 结转下年: 9 + 1 = 9 + 1.
		expect(confirmedDigits(sum(9, 9, 1, -1))).toEqual([[false], [false], [false], [false]]);
		// 0 5 0 0 0 0 5: the 0s are confirmed (read as 8 they would add up to 40), the 5s are not.
		expect(confirmedDigits(sum(5, 0, 5, 0, 0, 0, 0))).toEqual([[false], [true], [false], [true], [true], [true], [true]]);
	});

	it('confirms each digit whose place values do not cancel: 40 + 5 + 1 + 0 + 2 + 1 = 49 confirms 49\'s 9 but not the 4 it shares with 40', () => {
		expect(confirmedDigits(sum(49, 40, 5, 1, 0, 2, 1))).toEqual([[false, true], [false, true], [true], [true], [true], [true], [true]]);
		expect(confirmedDigits(sum(15, 12, 2, 0, 0, 1, 0))).toEqual([[true, true], [true, true], [true], [true], [true], [true], [true]]);
	});

	it('reads decimals by place and gives a blank nothing', () => {
		expect(confirmedDigits(sum(2.5, 1.2, 1.3))).toEqual([[true, true], [true, true], [true, true]]);
		// 1.5 = 1.2 + 0.3: the 1 in the units of both sides cancels; 0.3's 0 is confirmed.
		expect(confirmedDigits(sum(1.5, 1.2, 0.3))).toEqual([[false, true], [false, true], [true, true]]);
		expect(confirmedDigits([...sum(3, 1), { anchor: 'x', column: 0, sign: 1, value: null }])).toEqual([[true], [true], []]);
	});

	it('confirms a digit exactly where reading it alike everywhere as any other digit, or its number alike as any other, breaks the sum', () => {
		const small = fc.nat({ max: 120 });
		fc.assert(
			fc.property(fc.array(fc.tuple(small, fc.boolean()), { minLength: 1, maxLength: 8 }), (parts) => {
				const total = parts.reduce((s, [v, minus]) => s + (minus ? -v : v), 0);
				if (total < 0) return;
				const terms: Term[] = [{ anchor: 't', column: 0, sign: -1, value: total }, ...parts.map(([v, minus], i): Term => ({ anchor: `p${i}`, column: 0, sign: minus ? -1 : 1, value: v }))];
				confirmedDigits(terms).forEach((digits, i) => {
					const text = String(terms[i].value);
					const wholeBreaks = !holdsMisread(terms, text, String(terms[i].value! + 1), true);
					[...text].forEach((d, p) => {
						const digitBreaks = [...'0123456789'].filter((o) => o !== d).every((o) => !holdsMisread(terms, d, o, false));
						expect(digits[p], `${JSON.stringify(parts)}: term ${i} digit ${p}`).toBe(wholeBreaks && digitBreaks);
					});
				});
			})
		);
	});

	it('reads a check\'s cells from the report: a row total across its row, 四 taken away in 一 + 二 = (七)总计 + 四, nothing for a row the report lacks', () => {
		const { report } = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt');
		enrich(report);
		const rows = new Map(report.tables.flatMap((table: Table) => table.rows.map((row): [string, { row: TableRow; table: Table }] => [row.anchor, { row, table }])));
		const balance = report.checks.find((c) => c.id === 't3.balance' && c.column === '商业企业')!;
		expect(balance.subtracted).toEqual(['t3-r4']);
		expect(checkTerms(balance, rows)!.map((t) => [t.anchor, t.column, t.sign, t.value])).toEqual([
			['t3-r3-7', 1, -1, 5],
			['t3-r1', 1, 1, 5],
			['t3-r2', 1, 1, 1],
			['t3-r4', 1, -1, 1]
		]);
		const t4 = report.checks.find((c) => c.id === 't4.total:r1')!;
		expect(checkTerms(t4, rows)!.map((t) => [t.column, t.sign, t.value])).toEqual([[0, 1, 2], [1, 1, 1], [2, 1, 0], [3, 1, 1], [4, -1, 4]]);
		expect(checkTerms({ ...balance, parts: ['t3-r9'] }, rows)).toBeNull();
	});
});
