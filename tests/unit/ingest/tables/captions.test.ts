import { describe, expect, it } from 'vitest';
import { tableCaption } from '../../../../src/lib/ingest/report/caption';
import { parseReport } from '../../../../src/lib/parse';

const report = (caption: string[]) =>
	[
		'示例县统计局2011年政府信息公开工作年度报告',
		'一、概述',
		'全年工作有序开展。',
		'二、附表',
		...caption,
		'指标\t单位\t数量',
		'主动公开信息数\t条\t120',
		'受理依申请公开信息总数\t件\t8'
	].join('\n');

describe('table captions', () => {
	it('a short line naming a table, just above it, titles the table', () => {
		const { report: parsed } = parseReport(report(['附表：', '2011年政府信息公开情况统计表']), 'shili-2011.txt');
		expect(parsed.tables[0].title).toBe('2011年政府信息公开情况统计表');
		// The caption is still text of its section: nothing a report said is dropped.
		expect(parsed.sections[1].text).toContain('2011年政府信息公开情况统计表');
	});

	it('a "附表：" prefix goes, the name after it stays', () => {
		expect(tableCaption('附表：政府信息公开工作情况统计表')).toBe('政府信息公开工作情况统计表');
		expect(tableCaption('附表2: 依申请公开情况表')).toBe('附表2:依申请公开情况表');
		expect(tableCaption('附表：')).toBe('附表');
	});

	it('a sentence or a pointer to the table is not a caption, so the section titles the table', () => {
		expect(tableCaption('具体情况详见下表')).toBeNull();
		expect(tableCaption('全年共收到申请8件，均按时答复，具体见统计表')).toBeNull();
		expect(tableCaption('全年工作有序开展。')).toBeNull();
		const { report: parsed } = parseReport(report(['本年度统计数据如下：']), 'shili-2011.txt');
		expect(parsed.tables[0].title).toBe('附表');
	});
});
