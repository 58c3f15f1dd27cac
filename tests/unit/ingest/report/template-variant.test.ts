import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { detectTemplate, templateMarks } from '../../../../src/lib/ingest/report/template-variant';
import { report2019Text } from '../../../helpers/template2019-text';

/** A made-up report of the given template's layout, reported on `year`, with its text changed by `edit`. */
function made(layout: '2019' | '2021', year: number, edit: (text: string) => string = (t) => t) {
	const text = report2019Text(layout).replace(/^(.*?)\d{4}年/, `$1${year}年`);
	return parseReport(edit(text), `made-up-${layout}-${year}.txt`).report;
}

/** The text with 表二 lost (a scan's unreadable page): part 二 keeps only a sentence. */
const without表二 = (text: string) => text.replace(/(二、主动公开政府信息情况\n)[\s\S]*?(\n三、)/, '$1主动公开情况详见附表（扫描件不清）。$2');

describe('which template a 2019-format report follows, told by its rows and columns', () => {
	it('tells each template by its own rows and columns, whatever the year', () => {
		expect(made('2021', 2023).template).toBe('2021');
		expect(made('2019', 2019).template).toBe('2019');
		// Content that agrees with itself outweighs the calendar: a late trial-template report, an early 2021 one.
		expect(made('2019', 2021).template).toBe('2019');
		expect(made('2021', 2020).template).toBe('2021');
	});

	it('does not call a 2025 report in the 2021 template the 2019 one for one trial-template column heading', () => {
		const report = made('2021', 2025, (t) => t.replace('信息内容 本年制发件数 本年废止件数 现行有效件数', '信息内容 本年新制作数量 本年新公开数量 对外公开总数量'));
		expect(report.year).toBe(2025);
		expect(templateMarks(report.tables)['2019']).toBe(1);
		expect(report.template).toBe('2021');
	});

	it('lets the year decide a 2025 report whose 表二 is lost and whose 表三 has one (六) row: 2021', () => {
		const report = made('2019', 2025, without表二);
		// 表二 stands as the template prints it, every table made from the template and unread.
		expect(report.tables.filter((t) => t.anchor.startsWith('t2-')).every((t) => t.unread)).toBe(true);
		expect(report.template).toBe('2021');
	});

	it('lets the year decide a 2019 report whose 表二 is lost and whose 表三 splits (六) into three rows: 2019', () => {
		const report = made('2021', 2019, without表二);
		expect(report.tables.find((t) => t.anchor === 't3')?.rows.some((r) => r.anchor === 't3-r3-6-3')).toBe(true);
		expect(report.template).toBe('2019');
	});

	it('lets the year decide where both templates’ marks are as many', () => {
		// 表三's (六) as one row (the trial template's) and 表二 only its first block, headed in the 2021 template's words.
		const mixed = (year: number) =>
			made('2019', year, (t) =>
				t.replace(/(二、主动公开政府信息情况\n)[\s\S]*?(\n三、)/, '$1第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 2 3$2')
			);
		for (const [year, variant] of [[2020, '2019'], [2024, '2021']] as const) {
			const report = mixed(year);
			// The marks of what the document printed: not the tables and rows the template completes, unread.
			const printed = report.tables.filter((t) => !t.unread).map((t) => ({ ...t, rows: t.rows.filter((r) => r.states?.some((x) => x !== 'unread')) }));
			const marks = templateMarks(printed);
			expect(marks).toEqual({ '2019': 1, '2021': 1 });
			expect(report.template).toBe(variant);
		}
	});

	it('with no year, follows the marks and says nothing when there are none', () => {
		const t3 = made('2021', 2023).tables.filter((t) => t.anchor === 't3');
		expect(detectTemplate(t3, null)).toBe('2021');
		expect(detectTemplate([], null)).toBeNull();
		expect(detectTemplate([], 2022)).toBe('2021');
	});
});
