import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText } from '../../../../helpers/forms';

describe('表二 item headings', () => {
	it('names a row whose values share a line with the next 第二十条 item, instead of losing it in silence', () => {
		// A converter that ran two lines together: "行政许可 1234 第二十条第(六)项".
		const text = renderText(MODEL, 'spaces').replace(/(行政许可 1234)\n(第二十条第\(六\)项)/, '$1 $2');
		expect(text).toContain('行政许可 1234 第二十条第(六)项');
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.problems.map((p) => [p.code, p.detail])).toEqual([
			['table2-values-before-item', { text: '行政许可1234', item: '六' }],
			['tables-not-read', { tables: ['表二（第二十条第(五)项）'] }]
		]);
		// The template's row is still there, its cell unread: never a blank the agency left.
		expect(report.tables.find((t) => t.anchor === 't2-5')?.rows.map((r) => [r.label, r.values, r.states])).toEqual([['行政许可', [null], ['unread']]]);
		const t2 = report.tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.rows);
		expect(t2.find((r) => r.label === '行政处罚')?.values).toEqual([567]);
	});

	it('takes a block title whose numeral OCR garbled (第二十条第(和信)项) for the item its rows\' labels belong to', () => {
		const text = renderText(MODEL, 'spaces').replace('第二十条第(六)项', '第二十条第(和信)项');
		const { report, problems } = parseReport(text, 'shili-2023.txt');
		expect(problems).toEqual([]);
		const t26 = report.tables.find((t) => t.anchor === 't2-6')!;
		expect(t26.title).toBe('主动公开:第二十条第(六)项');
		expect(t26.rows.map((r) => [r.label, r.values])).toEqual([
			['行政处罚', [567]],
			['行政强制', [8]]
		]);
		expect(report.tables.find((t) => t.anchor === 't2-5')!.rows.map((r) => r.label)).toEqual(['行政许可']);
	});

	it('names a garbled block title whose rows name no one item, or an item another title names, and reads no row under it', () => {
		// Rows of two items under one garbled title, and a garbled title over rows of an item already named.
		const mixed = renderText(MODEL, 'spaces').replace('第二十条第(六)项', '第二十条第(和信)项').replace('行政强制 8', '行政许可 8');
		const named = renderText(MODEL, 'spaces').replace(/第二十条第\(六\)项(\n[^]*?)\n(第二十条第\(八\)项)/, '第二十条第(六)项$1\n第二十条第(和)项\n行政强制 9\n$2');
		expect(named).toContain('第二十条第(和)项\n行政强制 9');
		for (const text of [mixed, named]) {
			const { report } = parseReport(text, 'shili-2023.txt');
			expect(report.problems.map((p) => p.code)).toContain('table2-item-not-read');
			expect(report.tables.flatMap((t) => t.rows).some((r) => r.values.includes(8) && r.label === '行政许可')).toBe(false);
			expect(report.tables.flatMap((t) => t.rows).some((r) => r.values.includes(9))).toBe(false);
		}
	});

	it('reads one-row items whose label, column name and value come in reading order, one per line', () => {
		// PDF text in reading order: the label before the column name, or the value before the label.
		const text = renderText(MODEL, 'spaces')
			.replace('信息内容 本年处理决定数量\n行政许可 1234', '信息内容\n行政许可\n本年处理决定数量\n1234')
			.replace('信息内容 本年收费金额(单位:万元)\n行政事业性收费 12.5', '信息内容\n本年收费金额(单位:万元)\n12.5\n行政事业性收费');
		expect(text).toContain('本年收费金额(单位:万元)\n12.5\n行政事业性收费');
		const { report, problems } = parseReport(text, 'shili-2023.txt');
		expect(problems).toEqual([]);
		const rows = report.tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.rows.map((r) => [r.label, r.values]));
		expect(rows).toContainEqual(['行政许可', [1234]]);
		expect(rows).toContainEqual(['行政事业性收费', [12.5]]);
	});

	it('does not give a label after the values to a row when the item has more than one', () => {
		// Two rows (行政处罚, 行政强制) and only one label, after both values: whose it is, nothing says.
		const text = renderText(MODEL, 'spaces').replace('行政处罚 567\n行政强制 8', '567\n8\n行政处罚');
		const { report } = parseReport(text, 'shili-2023.txt');
		const t26 = report.tables.find((t) => t.anchor === 't2-6');
		// The template's rows stand with their cells unread: neither value is given to either row.
		expect(t26?.rows.filter((r) => r.label === '行政处罚' || r.label === '行政强制').map((r) => r.states)).toEqual([['unread'], ['unread']]);
	});

	it('joins a label wrapped in its cell below the row\'s values ("行政规范性文 6 2 41" then "件")', () => {
		const text = renderText(MODEL, 'spaces').replace('行政规范性文件 6 2 41', '行政规范性文 6 2 41\n件');
		expect(text).toContain('行政规范性文 6 2 41\n件\n第二十条');
		const { report, problems } = parseReport(text, 'shili-2023.txt');
		expect(problems).toEqual([]);
		const t21 = report.tables.find((t) => t.anchor === 't2-1')!;
		expect(t21.rows.map((r) => [r.label, r.values])).toEqual([
			['规章', [0, 0, 3]],
			['行政规范性文件', [6, 2, 41]]
		]);
	});

	it('keeps as text, not as a row, a line of no value under a label the template does not print (表四\'s header read into the block)', () => {
		const text = renderText(MODEL, 'spaces').replace('行政事业性收费 12.5', '行政事业性收费 12.5\n衣负诉讼 —');
		expect(text).toContain('12.5\n衣负诉讼 —');
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.tables.find((t) => t.anchor === 't2-8')!.rows.map((r) => [r.label, r.values, r.states])).toEqual([['行政事业性收费', [12.5], ['read']]]);
	});
});
