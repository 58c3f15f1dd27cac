import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText, type Model } from '../../../../helpers/forms';
import type { Row } from '../../../../../scripts/golden/types';

/**
 * 表三 as a crawler leaves a page whose blank cells held nothing (tags stripped, whitespace collapsed):
 * "(一)予以公开 20 3 1 24" for 20 | 3 | | | 1 | | 24. Made-up numbers that add up, most 法人 cells blank.
 */
const N = null;
const blank = (): Row => Array(7).fill(null);
const only = (n: number): Row => [n, N, N, N, N, N, n];
const table = (changes: Record<number, Row> = {}): Row[] => {
	const rows: Row[] = [
		[40, 5, 1, 0, 2, 1, 49], // 一、本年新收: every column filled
		only(3), // 二、上年结转
		[20, 3, N, N, 1, N, 24], // (一)予以公开
		only(5), // (二)部分公开
		only(1), ...Array.from({ length: 7 }, blank), // (三)1–8
		[10, 2, 1, N, 1, 1, 15], only(2), blank(), // (四)1–3
		only(1), ...Array.from({ length: 4 }, blank), // (五)1–5
		blank(), blank(), blank(), // (六)1–3
		[39, 5, 1, 0, 2, 1, 48], // (七)总计
		only(4) // 四、结转下年度
	];
	for (const [i, r] of Object.entries(changes)) rows[Number(i)] = r;
	return rows;
};

/** The model with this 表三, as crawled: blank cells and the group rows' dashes leave nothing behind. */
function crawled(t3: Row[]): string {
	const model: Model = { ...MODEL, golden: { ...MODEL.golden, t3 } };
	const text = renderText(model, 'collapsed');
	const [start, end] = [text.indexOf('三、收到和处理'), text.indexOf('四、政府信息公开行政复议')];
	return text.slice(0, start) + text.slice(start, end).replace(/ [-—](?= )/g, '') + text.slice(end);
}

const read = (t3: Row[]) => {
	const { report } = parseReport(crawled(t3), 'shili-2023.txt');
	const rows = report.tables.find((t) => t.anchor === 't3')?.rows.filter((r) => !r.header) ?? [];
	return { report, values: rows.map((r) => r.values), states: rows.map((r) => r.states) };
};

describe('表三 whose blank cells vanished, placed by the template sums', () => {
	it('places every cell when the sums leave one placement', () => {
		const t3 = table();
		expect(crawled(t3)).toContain('(一)予以公开 20 3 1 24 (二)');
		const { report, values } = read(t3);
		expect(values).toEqual(t3);
		expect(report.problems.filter((p) => p.code.startsWith('table3'))).toEqual([]);
	});

	it('reads a note with its own numbers after the table as text, not as the table', () => {
		const t3 = table();
		const text = crawled(t3).replace(' 四、政府信息公开行政复议', ' 注:数据截至2023年12月31日,共4件转入2024年。 四、政府信息公开行政复议');
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.tables.find((t) => t.anchor === 't3')?.rows.filter((r) => !r.header).map((r) => r.values)).toEqual(t3);
		expect(JSON.stringify(report.sections)).toContain('数据截至2023年12月31日');
	});

	it('leaves null, and names, the rows whose values could stand in more than one way; places the rest', () => {
		// (三)1 and (三)3 each hold one 1, in 自然人 or in 其他: the sums cannot tell which is which, nor then
		// where the 1s of (一), (四)1 and (五)1 stand among the columns that total 1.
		const t3 = table({ 4: only(1), 6: [N, N, N, N, N, 1, 1], 12: [10, 2, 1, N, 1, N, 14] });
		const { report, values, states } = read(t3);
		const named = ['(一)予以公开', '1.属于国家秘密', '3.危及“三安全一稳定”', '1.本机关不掌握相关政府信息', '1.信访举报投诉类申请'];
		const open = [2, 4, 6, 12, 15];
		expect(report.problems.filter((p) => p.code.startsWith('table3'))).toEqual([
			{
				code: 'table3-left-open',
				message: `表三：找到 2 行 7 个数值，模板有 25 行（或 23 行）；已按模板的合计关系放置，下列行中合计关系允许多种放法的格标为未读出：${named.map((l) => `“${l}”`).join('、')}`,
				detail: { found: 2, rows: 25, rowsTrial: 23, open: named }
			}
		]);
		expect(values[4].slice(0, 6)).toEqual(Array(6).fill(null));
		// A cell the sums leave open is unread, never a blank: (三)1's 1 stands in 自然人 or 其他, so neither is blank.
		expect([states[4]![0], states[4]![5]]).toEqual(['unread', 'unread']);
		// Every cell said blank is blank in the report; every cell read is a number.
		states.forEach((row, i) => row!.forEach((s, c) => s === 'blank' && expect(t3[i][c], `row ${i} column ${c}`).toBe(N)));
		states.forEach((row, i) => row!.forEach((s, c) => expect(s === 'read', `row ${i} column ${c}`).toBe(values[i][c] !== null)));
		expect(values[12]).toEqual([10, 2, N, N, N, N, 14]);
		// Never a guess: every cell placed is the report's; every row not named is whole.
		values.forEach((row, i) => row.forEach((v, c) => v === null || expect(v, `row ${i} column ${c}`).toBe(t3[i][c])));
		values.forEach((row, i) => open.includes(i) || expect(row, `row ${i}`).toEqual(t3[i]));
	});

	it('places nothing, and says why, when every column could hold every value (only 自然人 and 总计 filled)', () => {
		const t3 = table({ 0: only(49), 2: only(24), 12: only(15), 23: only(48) });
		const { report, values } = read(t3);
		// 表三 stands as the template defines it, every cell unread: never a table of blanks.
		const t3table = report.tables.find((t) => t.anchor === 't3')!;
		expect(t3table.unread).toBe(true);
		expect(t3table.rows.filter((r) => !r.header).flatMap((r) => r.states)).toEqual(Array(175).fill('unread'));
		expect(values.flat().every((v) => v === null)).toBe(true);
		expect(report.problems).toContainEqual(expect.objectContaining({ code: 'table3-not-placed', detail: expect.objectContaining({ why: 'every-value-open' }) }));
		expect(JSON.stringify(report.sections)).toContain('(一)予以公开 24 24');
	});
});
