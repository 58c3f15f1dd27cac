import { describe, expect, it } from 'vitest';
import { readMeta } from '../../../../src/lib/ingest/report/meta';

describe('a report\'s title, agency and year from the lines before its first part', () => {
	it('reads a whole title, with its agency on the line above', () => {
		expect(readMeta(['示例市测试局', '2023年政府信息公开工作年度报告'])).toMatchObject({ agency: '示例市测试局', year: 2023 });
	});

	it('from a scan, takes a title OCR cut short (its end read as one stray box) for the report\'s year, the agency from the line above', () => {
		const front = ['示例市测试局', '2023年政府信息公', '(2024年1月20日)'];
		expect(readMeta(front, { ocr: true })).toMatchObject({ agency: '示例市测试局', year: 2023, title: '示例市测试局2023年政府信息公', published: '2024-01-20' });
		expect(readMeta(['示例市测试局2023年度信息公开工作'], { ocr: true })).toMatchObject({ agency: '示例市测试局', year: 2023 });
	});

	it('from a scan, takes a title read a character or two off (a stray 乙 inside 年度, 报告 as 报吉) for the report\'s year', () => {
		expect(readMeta(['示例市测试局', '2023年政府信息公开工作年乙度报告'], { ocr: true })).toMatchObject({ agency: '示例市测试局', year: 2023 });
		expect(readMeta(['示例市测试局2023年政府信息公开年度报吉'], { ocr: true })).toMatchObject({ agency: '示例市测试局', year: 2023 });
	});

	it('takes a misread title from a scan only: a text line that stops short or is a character off is no title', () => {
		expect(readMeta(['示例市测试局', '2023年政府信息公'])).toMatchObject({ title: null, year: null });
		expect(readMeta(['示例市测试局', '2023年政府信息公开工作年乙度报告'])).toMatchObject({ title: null, year: null });
	});

	it('takes no misread title that goes on with other words: another document (a plan, 工作要点) or a sentence', () => {
		for (const line of ['2023年政府信息公开工作要点', '2023年政府信息公开工作总结', '2023年,示例市测试局认真贯彻政府信息公']) expect(readMeta(['示例市测试局', line], { ocr: true }).year, line).toBeNull();
	});
});
