import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText } from '../../../../helpers/forms';

/** The made-up model's 表四 (行政复议, then the two kinds of 行政诉讼, five columns each) as one line. */
const text = renderText(MODEL, 'spaces');
const T4 = '2 1 0 1 4 1 0 0 0 1 0 1 0 0 1';
const parse = (lines: string) => parseReport(text.replace(T4, lines), 'shili-2023.txt');
const table4 = (lines: string) => parse(lines).report.tables.find((t) => t.anchor === 't4');

/** Values one per line with the column's header words before each column, as PDF text in reading order gives them. */
const interleaved = (columns: number[][]) =>
	columns.map((values, k) => [['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'][k % 5], ...values].join('\n')).join('\n');

describe('表四 values whose order is not the template order', () => {
	it('the model as written is placed group by group', () => {
		expect(text).toContain(T4);
		const { report, problems } = parse(T4);
		expect(problems).toEqual([]);
		expect(report.tables.find((t) => t.anchor === 't4')!.rows.map((r) => r.values)).toEqual([
			[2, 1, 0, 1, 4],
			[1, 0, 0, 0, 1],
			[0, 1, 0, 0, 1]
		]);
	});

	it('values given column by column between header words are not placed, and the report says why', () => {
		// Each column's 复议, 诉讼, 复议后诉讼 cells in turn. Read in the template's order the middle group
		// happens to add up (1 0 0 0 1); the other two do not.
		const byColumn = interleaved([[2, 1, 0], [1, 0, 1], [0, 0, 0], [1, 0, 0], [4, 1, 1]]);
		const { report, problems } = parse(byColumn);
		// 表四 stands as the template defines it, every cell unread, never placed in a guessed order.
		const t4 = report.tables.find((t) => t.anchor === 't4')!;
		expect(t4.unread).toBe(true);
		expect(t4.rows.flatMap((r) => r.states)).toEqual(Array(15).fill('unread'));
		expect(problems).toContainEqual(expect.objectContaining({ code: 'table4-out-of-order', detail: { failing: 2 } }));
		// The values are still text of part 四: shown and searchable.
		expect(report.sections[3].text).toContain('结果维持\n2\n1\n0');
	});

	it('values between header words are placed when every 总计 confirms the order', () => {
		const rows = interleaved([[2, 1, 0, 1, 4], [1, 0, 0, 0, 1], [0, 1, 0, 0, 1]]);
		expect(table4(rows)!.rows.map((r) => r.values)).toEqual([
			[2, 1, 0, 1, 4],
			[1, 0, 0, 0, 1],
			[0, 1, 0, 0, 1]
		]);
	});

	it("a line of 15 whose totals do not add up is placed as printed (the report's own slip) and the checks flag it", () => {
		const { report, problems } = parse('9 1 0 0 0 0 0 0 0 0 5 0 0 0 0');
		expect(problems).toEqual([]);
		expect(report.tables.find((t) => t.anchor === 't4')!.rows.map((r) => r.values)).toEqual([
			[9, 1, 0, 0, 0],
			[0, 0, 0, 0, 0],
			[5, 0, 0, 0, 0]
		]);
		expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.total)).toEqual(['t4-r1', 't4-r3']);
	});

	it('one cell per line with nothing between the cells keeps the printed order too', () => {
		const values = [9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0];
		expect(table4(values.join('\n'))!.rows.flatMap((r) => r.values)).toEqual(values);
	});
});
