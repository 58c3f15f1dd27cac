import { describe, expect, it } from 'vitest';
import { cellPart, citation, citedAddress, citer, localDate, RELATIVE_NOTE, rowPart, sectionPart } from '../../../src/lib/cite/citation';
import { buildDate } from '../../../src/lib/server/build-date';
import { readFileSync } from 'node:fs';
import { cellAnchor } from '../../../src/lib/urls';
import { parseFile } from '../../../src/lib/parse';
import { indicatorRecords } from '../../../src/lib/data/tidy';

const report = { agency: '示例县示例办公室', title: '示例县示例办公室2019年政府信息公开年度报告', year: 2019, published: '2020-03-01' };
const table = { title: '表四 行政复议、行政诉讼情况', columns: ['维持', '纠正', '总计'] };
const row = { path: [], label: '行政复议', unit: '件', values: [10, 1, null] };

describe('citing a report or a part of it', () => {
	it('writes a GB/T 7714 reference to an electronic resource: agency, title, [EB/OL], publication date, access date, URL', () => {
		expect(citation(report, null, 'https://nianbao.example.org/reports/shili-xian-2019/', '2026-11-28')).toBe(
			'示例县示例办公室. 示例县示例办公室2019年政府信息公开年度报告[EB/OL]. (2020-03-01)[2026-11-28]. https://nianbao.example.org/reports/shili-xian-2019/.'
		);
	});

	it('names the part cited after the title', () => {
		const line = citation(report, sectionPart('二、', '行政复议和诉讼情况'), '/reports/x/#s2', '2026-11-28');
		expect(line).toContain('年度报告：二、行政复议和诉讼情况[EB/OL]');
	});

	it('adds the year when the title does not say it, and leaves out an unknown agency or date', () => {
		expect(citation({ agency: null, title: '政府信息公开年度报告', year: 2021, published: null }, null, 'https://x.example/r/', '2026-12-06')).toBe(
			'政府信息公开年度报告（2021年度）[EB/OL]. [2026-12-06]. https://x.example/r/.'
		);
	});

	it('cites an absolute address on the site’s origin, and without one says the address is relative', () => {
		expect(citedAddress('/reports/x/#t1-r5-c1', 'https://nianbao.example.org')).toBe('https://nianbao.example.org/reports/x/#t1-r5-c1');
		const relative = citation(report, null, citedAddress('/reports/x/', null), '2026-12-06');
		expect(relative).toBe(`示例县示例办公室. 示例县示例办公室2019年政府信息公开年度报告[EB/OL]. (2020-03-01)[2026-12-06]. /reports/x/${RELATIVE_NOTE}.`);
		expect(RELATIVE_NOTE).toContain('相对地址');
	});

	it('gives many parts of one report the same lines as one at a time', () => {
		const line = citer(report, '2026-12-06');
		for (const part of [null, '附表', cellPart(table, row, 0)])
			expect(line(part, 'https://x.example/r/#a')).toBe(citation(report, part, 'https://x.example/r/#a', '2026-12-06'));
	});

	it('cites a cell by its table, row, column and value, and a blank cell as 未填报 (never 0)', () => {
		expect(cellPart(table, row, 1)).toBe('表四 行政复议、行政诉讼情况 › 行政复议（纠正）：1件');
		expect(cellPart(table, row, 2)).toBe('表四 行政复议、行政诉讼情况 › 行政复议（总计）：未填报');
		expect(cellPart({ title: '附表', columns: ['数量'] }, { path: ['一、依申请公开情况'], label: '(一)收到申请数', unit: '件', values: [7] }, 0)).toBe(
			'附表 › 一、依申请公开情况 › (一)收到申请数：7件'
		);
	});

	it('names a row by the rows above it', () => {
		expect(rowPart({ title: '附表' }, { path: ['二、', ' (一)'], label: '1.网络申请数' })).toBe('附表 › 二、 › (一) › 1.网络申请数');
	});

	it('gives each value cell an anchor of its row and its column counted from 1', () => {
		expect(cellAnchor('t4-r1', 2)).toBe('t4-r1-c3');
		expect(cellAnchor('t1-r3-1-2', 0)).toBe('t1-r3-1-2-c1');
	});

	it('dates the access in the reader’s own calendar day', () => {
		expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});

	it('dates a citation read without JavaScript on the build’s day in China (UTC+8), fixed by SOURCE_DATE_EPOCH or by the build', () => {
		expect(buildDate({}, new Date(Date.UTC(2026, 11, 5, 16, 30)))).toBe('2026-12-06');
		expect(buildDate({}, new Date(Date.UTC(2026, 11, 5, 15, 59)))).toBe('2026-12-05');
		expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2024, 1, 29, 12) / 1000) })).toBe('2024-02-29');
		expect(buildDate({ NIANBAO_BUILD_DATE: '2025-01-02', SOURCE_DATE_EPOCH: '0' })).toBe('2025-01-02');
		expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/^nianbao: SOURCE_DATE_EPOCH=yesterday is not a count of seconds$/);
		expect(() => buildDate({ NIANBAO_BUILD_DATE: '6 Dec' })).toThrow(/^nianbao: NIANBAO_BUILD_DATE=6 Dec is not a date/);
	});

	it('puts each cell’s anchor in the indicators data, so a data row links to its cell on the page', async () => {
		const file = 'tests/fixtures/reports/shili-xian-2019.txt';
		const { report } = await parseFile(new Uint8Array(readFileSync(file)), file);
		const records = indicatorRecords(report);
		expect(records.length).toBeGreaterThan(0);
		for (const r of records) expect(r.cell_anchor).toBe(`${r.row_anchor}-c${report.tables.find((t) => t.title === r.table)!.columns.indexOf(r.column) + 1}`);
	});
});
