import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanMeta } from '../../../../src/lib/ingest/report/scan-meta';
import { buildReport } from '../../../../src/lib/ingest/report/build';
import type { Section } from '../../../../src/lib/types';

const part = (number: string, text: string): Section => ({ anchor: 's1', number, title: '总体情况', text, children: [] });
const signed = { date: '2024-01-20', index: 1 };

describe('a scan\'s year and agency where OCR lost its title', () => {
	it('takes the year its statistics period names before the year the first part opens with', () => {
		const front = ['示例市测试局', '073年夏认人和公开工作年度天-报告', '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。'];
		expect(scanMeta(front, [part('一、', '2023年,示例市测试局认真贯彻条例。')], [], null)).toEqual({ year: 2022, from: 'period', agency: '示例市测试局' });
	});

	it('takes the year the first part opens with, its comma lost to OCR, but not a date', () => {
		expect(scanMeta([], [part('一、', '2023年示例市测试局认真员《条例》')], [], null)).toMatchObject({ year: 2023, from: 'opening' });
		expect(scanMeta([], [part('一、', '2024年1月,本局召开会议。')], [], null)).toBeNull();
		// The signing date under a title OCR garbled, its month's digit lost, is no opening: the first part's year is.
		for (const date of ['2024年月20日)', '(2024年1月20日)', '2024年 1 月20日'])
			expect(scanMeta(['示例市测试局E开工ts各', date], [part('一、', '2023年,示例市测试局认真贯彻条例。')], [], null)).toMatchObject({ year: 2023, from: 'opening' });
	});

	it('takes no opening year from a part that is not the first (一、 lost, its text is in the front)', () => {
		expect(scanMeta([], [part('二、', '2023年,本局主动公开信息。')], [], null)).toBeNull();
		expect(scanMeta(['2023年,示例市测试局认真贯彻条例。'], [], [], null)).toMatchObject({ year: 2023 });
	});

	it('takes no year later than the one the report was signed in (a 3 read as 8)', () => {
		const lines = ['示例市测试局', '2024年1月20日'];
		expect(scanMeta([], [part('一、', '2028年,示例市测试局认真贯彻条例。')], lines, signed)).toBeNull();
	});

	it('takes the agency from the signature over the closing date when no name stands above the title', () => {
		const lines = ['本年度未收取信息处理费。', '示例市测试局', '2024年1月20日'];
		expect(scanMeta(['政府信息公开工作年度报告'], [part('一、', '2023年,本局认真贯彻条例。')], lines, { date: '2024-01-20', index: 2 })).toMatchObject({ year: 2023, agency: '示例市测试局' });
		expect(scanMeta([], [part('一、', '2023年,本局认真贯彻条例。')], ['本年度未收取信息处理费。', '2024年1月20日'], { date: '2024-01-20', index: 1 })).toMatchObject({ agency: null });
	});
});

describe('a report whose title was not read', () => {
	const model = readFileSync('tests/fixtures/template2019/shili-shi-2023.txt', 'utf8').split('\n').filter((l) => l.trim() !== '');
	const garbled = model.map((text) => ({ text: text === '2023年政府信息公开工作年度报告' ? '073年夏认人和公开工作年度天-报告' : text }));

	it('is kept from a scan, with the year of its text, a title made up and said to be, and all its parts', () => {
		const report = buildReport(garbled, { dropped: [], ocr: true }, '2019', 'shili.pdf');
		expect(report).toMatchObject({ year: 2023, agency: '示例市测试局', title: '示例市测试局2023年政府信息公开工作年度报告' });
		expect(report.problems.find((p) => p.code === 'title-not-read')?.message).toContain('并非原文');
		expect(report.preamble).toContain('073年夏认人和公开工作年度天-报告');
		expect(report.tables.length).toBeGreaterThan(0);
	});

	it('is refused as text: a text without a title is no report', () => {
		expect(() => buildReport(garbled, { dropped: [] }, '2019', 'shili.txt')).toThrow(/no report year or agency/);
	});

	it('is refused from a scan without a template\'s table (a scanned plan or notice)', () => {
		const plan = ['示例市测试局', '2023年政务公开工作要点', '一、总体要求', '2023年,全局要认真贯彻条例。', '二、重点任务', '推进主动公开。'];
		expect(() => buildReport(plan.map((text) => ({ text })), { dropped: [], ocr: true }, '2008', 'plan.pdf')).toThrow(/no report year or agency/);
	});
});
