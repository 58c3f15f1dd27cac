import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { countCells } from '../../../../src/lib/data/cell-state';
import { UNREAD_CELL } from '../../../../src/lib/ingest/tables/cells';

const fixture = (name: string) => readFileSync(`tests/fixtures/reports/${name}`, 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('every template cell is read, blank or unread', () => {
	it('gives a 2021 report whose 表三 was not found all 175 of 表三\'s cells, unread, and says why', () => {
		const { report } = parseReport(fixture('shili-zhen-2021.txt'), 'shili-zhen-2021.txt');
		const t3 = report.tables.find((t) => t.anchor === 't3')!;
		expect(t3.unread).toBe(true);
		expect(countCells([t3])).toEqual({ cells: 175, read: 0, blank: 0, unread: 175 });
		expect(report.problems.map((p) => p.code)).toContain('tables-not-read');
	});

	it('reads a dash as blank and a missing template row of 表二 as unread', () => {
		const { report } = parseReport(fixture('shili-zhen-2021.txt'), 'shili-zhen-2021.txt');
		const rows = report.tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.rows);
		expect(rows.find((r) => r.label === '规章')).toMatchObject({ values: [null, null, 3], states: ['blank', 'blank', 'read'] });
		expect(rows.find((r) => r.label === '行政强制')).toMatchObject({ values: [null], states: ['unread'] });
		expect(report.problems.find((p) => p.code === 'rows-not-read')?.detail).toEqual({ rows: ['表二（第二十条第(六)项）“行政强制”'] });
	});

	it('marks a row whose digits could not be split unread, not blank', () => {
		const { report } = parseReport(fixture('shili-xiang-2023.txt'), 'shili-xiang-2023.txt');
		const row = report.tables.find((t) => t.anchor === 't3')!.rows.find((r) => r.anchor === 't3-r3-3-2')!;
		expect(row.values).toEqual(Array(7).fill(null));
		expect(row.states).toEqual(Array(7).fill('unread'));
		expect(report.problems.map((p) => p.code)).toContain('table3-cells-run-together');
		expect(countCells(report.tables.filter((t) => t.anchor === 't3'))).toEqual({ cells: 175, read: 168, blank: 0, unread: 7 });
	});

	it('keeps a cell the form could not read (UNREAD_CELL: OCR read no number) in its place in 表二, 表三 and 表四, unread, and reads the rest of its row', () => {
		const cut = (line: string, k: number) => line.split(' ').map((c, i) => (i === k ? UNREAD_CELL : c)).join(' | ');
		const text = fixture('shili-xiang-2023.txt')
			.replace('行政规范性文件 6 2 41', cut('行政规范性文件 6 2 41', 2))
			.replace('(一)予以公开 12 2 0 0 1 0 15', cut('(一)予以公开 12 2 0 0 1 0 15', 2))
			.replace('2 1 0 1 4 1 0 0 0 1 0 1 0 0 1', cut('2 1 0 1 4 1 0 0 0 1 0 1 0 0 1', 3));
		const { report } = parseReport(text, 'shili-xiang-2023.txt');
		const row = (anchor: string, r: string) => report.tables.find((t) => t.anchor === anchor)!.rows.find((x) => x.anchor === r)!;
		expect(row('t2-1', 't2-1-r2')).toMatchObject({ values: [6, null, 41], states: ['read', 'unread', 'read'] });
		expect(row('t3', 't3-r3-1')).toMatchObject({ values: [12, null, 0, 0, 1, 0, 15], states: ['read', 'unread', ...Array(5).fill('read')] });
		expect(row('t4', 't4-r1')).toMatchObject({ values: [2, 1, 0, null, 4], states: ['read', 'read', 'read', 'unread', 'read'] });
		expect(row('t4', 't4-r2').values).toEqual([1, 0, 0, 0, 1]);
		// The fixture's own unsplit row (seven unread, above) and the two cut cells.
		expect(countCells(report.tables.filter((t) => /^t[34]$/.test(t.anchor)))).toEqual({ cells: 190, read: 181, blank: 0, unread: 9 });
	});

	it('marks a 2008 table cell whose text is no number unread, not blank', () => {
		// The fixture's (一)收到申请数 cell reads "约3": the agency wrote something, the portal read no number.
		const { report } = parseReport(readFileSync('tests/fixtures/reports/shili-zhan-2010.txt', 'utf8'), 'shili-zhan-2010.txt');
		const rows = report.tables[0].rows;
		expect(rows.find((r) => r.label === '(一)收到申请数')?.states).toEqual(['unread']);
		expect(rows.filter((r) => !r.header && r.values[0] === null && r.label !== '(一)收到申请数').every((r) => r.states![0] === 'blank')).toBe(true);
	});
});

describe('every read number knows its source line', () => {
	it('gives each read cell of 表二, 表三 and 表四 the line of source.txt it stands on', () => {
		const text = fixture('shili-xiang-2023.txt');
		const { report } = parseReport(text, 'shili-xiang-2023.txt');
		const cell = (anchor: string, row: string) => report.tables.find((t) => t.anchor === anchor)!.rows.find((r) => r.anchor === row)!;
		expect(cell('t2-1', 't2-1-r2').lines).toEqual(Array(3).fill(lineOf(text, '行政规范性文件 6 2 41')));
		expect(cell('t3', 't3-r3-1').lines).toEqual(Array(7).fill(lineOf(text, '(一)予以公开 12')));
		expect(cell('t3', 't3-r3-3-2').lines).toEqual(Array(7).fill(null));
		expect(cell('t4', 't4-r2').lines).toEqual(Array(5).fill(lineOf(text, '2 1 0 1 4 1')));
	});

	it('finds the lines of a Markdown table in the Markdown text', () => {
		const md = ['# 示例县测试局2010年政府信息公开工作年度报告', '', '一、概述', '', '正文。', '', '二、统计', '', '| 指标 | 单位 | 数量 |', '|---|---|---|', '| (一)收到申请数 | 件 | 12 |', '| (二)受理数 | 件 | — |', '', '三、其他', '', '无。'].join('\n');
		const { report } = parseReport(md, 'shili-2010.md');
		const rows = report.tables[0].rows;
		expect(rows.map((r) => [r.states, r.lines])).toEqual([
			[['read'], [lineOf(md, '(一)收到申请数')]],
			[['blank'], [null]]
		]);
	});
});
