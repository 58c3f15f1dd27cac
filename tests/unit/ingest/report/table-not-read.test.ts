import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { UNREAD_TABLE } from '../../../fixtures/text/unread-table';
import { walk } from '../../../helpers/seed';

describe('a run of lines that reads as a table no reader can place', () => {
	const { report } = parseReport(UNREAD_TABLE, 'shili-xian-2010.txt');

	it('never turns its numbered rows into headings of the outline', () => {
		expect(walk(report.sections).map((s) => `${s.number}${s.title}`)).toEqual(['一、概述', '二、主动公开政府信息情况', '三、存在的主要问题及改进措施']);
	});

	it('keeps it as one block of its section, its source lines as they stand', () => {
		const part = report.sections[1];
		expect(part.text).toContain(['主动公开文件数 条 120', '其中：', '1、政府网站公开数 条 100', '2、政府公报公开数 条 20', '收到申请数 件 8'].join('\n').replace('：', ':'));
	});

	it('names it in the problems as table-not-read, with its first line and line range', () => {
		expect(report.problems.map((p) => [p.code, p.detail])).toEqual([['table-not-read', { first: '主动公开文件数 条 120', from: 6, to: 10 }]]);
		expect(report.tables).toEqual([]);
	});
});
