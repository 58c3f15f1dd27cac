import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse';
import { problem, PROBLEM_CODES, type ProblemCode } from '../../../src/lib/ingest/problems';

/** One example detail per code: a code added without one fails here, so its wording gets read. */
const EXAMPLES: Record<ProblemCode, Record<string, unknown>> = {
	'bytes-not-utf8': { count: 7, offsets: [10, 20, 30, 40, 50], more: 2 },
	'docx-conversion': { message: 'Could not find file in options' },
	'text-by-ocr': { pictures: 2 },
	'hidden-text-layer': { pages: 3 },
	'title-not-read': { year: 2023, from: 'opening', agency: '示例市测试局' },
	'outline-not-read': { found: 1 },
	'part-not-found': { table: '表三', part: '三、收到和处理政府信息公开申请情况' },
	'table-no-header': { table: '附表' },
	'table-last-row-incomplete': { table: '附表', cells: 7, width: 3 },
	'cell-not-a-number': { table: '附表', row: '(一)收到申请数', text: '约3' },
	'row-cells-run-together': { table: '统计数据', row: '主动公开信息数', text: '条4251516', values: 2 },
	'appendix-stray-text': { row: '2.传真申请数', text: '(传真号码已停用)' },
	'appendix-cells-run-together': { row: '(一)收到申请数', text: '件1236', values: 2 },
	'table2-values-before-item': { text: '行政许可1234', item: '六' },
	'table2-item-not-read': { text: '第二十条第(和信)项' },
	'table2-row-width': { table: '主动公开:第二十条第(一)项', row: '规章', values: 5, columns: 3 },
	'table3-cells-run-together': { text: '1.属于国家秘密1000001', splits: 2 },
	'table3-row-out-of-order': { label: '(四)无法提供' },
	'table3-row-missing': { row: '2.重复申请' },
	'table3-not-placed': { found: 2, rows: 25, rowsTrial: 23, why: 'too-many-values', row: '(一)予以公开', count: 9 },
	'table3-left-open': { found: 2, rows: 25, rowsTrial: 23, open: ['(一)予以公开', '1.属于国家秘密'] },
	'table4-cells-run-together': { splits: 0 },
	'cells-split-capped': { table: '表四', text: '1111', steps: 200000 },
	'table4-not-found': {},
	'table4-out-of-order': { failing: 2 },
	'docx-numbering-unread': { numbered: 12, read: 10 },
	'table2-cells-run-together': { row: '行政规范性文件', text: '6241', columns: 3, splits: 2 },
	'table-not-read': { first: '2、政府公报公开数 条 45', from: 31, to: 36 },
	'forms-disagree': {
		table: '收到和处理政府信息公开申请情况',
		row: '(一)予以公开',
		column: '自然人',
		chosen: 12,
		readings: [
			{ value: 12, files: ['shili-2023.html', 'shili-2023.pdf'] },
			{ value: 21, files: ['shili-2023.doc'] }
		]
	},
	'tables-not-read': { tables: ['表三', '表四'] },
	'rows-not-read': { rows: ['表二（第二十条第(六)项）“行政强制”'] },
	'picture-repeats-text': { picture: 'p2.jpg' },
	'picture-not-read': { picture: 'word/media/image3.png', why: 'too-many-pixels', width: 9000, height: 6000, limit: 40000000 },
	'ocr-unverified': { table: '收到和处理政府信息公开申请情况', row: '1.属于国家秘密', column: '自然人', text: '7' }
};
/** File names a detail quotes (a report's forms, a picture's): English-looking by their extensions, yet names, not sentences. */
const quotedFiles = (d: Record<string, unknown>) => [...(Array.isArray(d.readings) ? d.readings.flatMap((r: { files: string[] }) => r.files) : []), ...(typeof d.picture === 'string' ? [d.picture] : [])];

describe('problems: a stable code for data users, a Chinese sentence for readers', () => {
	it('words every code in Chinese, naming what its detail gives, with no English sentence', () => {
		expect(Object.keys(EXAMPLES).sort()).toEqual([...PROBLEM_CODES].sort());
		for (const code of PROBLEM_CODES) {
			const p = (problem as (c: ProblemCode, d: unknown) => ReturnType<typeof problem>)(code, EXAMPLES[code]);
			expect(p.code).toBe(code);
			expect(p.detail).toEqual(EXAMPLES[code]);
			expect(p.message, code).toMatch(/[\u4e00-\u9fff]{4}/);
			// English may appear only inside what the detail quotes (a converter's own message) or as a name (UTF-8, DOCX).
			const own = quotedFiles(EXAMPLES[code]).reduce((m, f) => m.replaceAll(f, ''), p.message.replace(/Could not find file in options|UTF-8|U\+FFFD|DOCX/g, ''));
			expect(own, code).not.toMatch(/[A-Za-z]{3,}/);
			for (const v of Object.values(EXAMPLES[code])) if (typeof v === 'string' && !/^[a-z-]+$/.test(v)) expect(p.message, code).toContain(v);
		}
	});

	it('gives a cell that is not a number its code, its Chinese sentence and its table, row and text', () => {
		const { report } = parseReport(readFileSync('tests/fixtures/reports/shili-zhan-2010.txt'), 'shili-zhan-2010.txt');
		expect(report.problems).toEqual([
			{
				code: 'cell-not-a-number',
				message: '表格“附表”的“(一)收到申请数”行：“约3”不是数字，该格标为未读出',
				detail: { table: '附表', row: '(一)收到申请数', text: '约3' }
			}
		]);
	});
});
