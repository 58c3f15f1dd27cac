import { describe, expect, it } from 'vitest';
import { groupLines, readingFrame, unspaced, type PdfLine } from '../../../../../src/lib/ingest/forms/pdf/lines';
import { withoutFurniture } from '../../../../../src/lib/ingest/forms/pdf/furniture';

/** A run of `size` pt text, every character an em wide (as the test writer draws them). */
const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, width: [...str].length * size, size });
const texts = (lines: PdfLine[]) => lines.map((l) => l.text);

describe('pdf-lines: a page’s runs into lines', () => {
	it('runs turned by 90° (a landscape page) are read along their own direction; runs at other angles are set apart', () => {
		const turned = (str: string, x: number, y: number) => ({ str, transform: [0, 10, -10, 0, 595 - y, x], width: str.length * 10 });
		const { groups, offAxis } = readingFrame([turned('行政许可', 50, 500), turned('12', 200, 500), turned('行政处罚', 50, 485), { str: '章', transform: [7, 7, -7, 7, 300, 300], width: 10 }]);
		expect(groups.flatMap(groupLines).map((l) => l.text)).toEqual(['行政许可  12', '行政处罚']);
		expect(offAxis).toEqual(['章']);
	});

	it('a label written down a merged cell one character per line is one line, before the row its first character stands on', () => {
		const rows = ['1.属于国家秘密', '2.重复申请', '3.其他'].flatMap((label, k) => [item(label, 80, 500 - 15 * k), item('0', 300, 500 - 15 * k)]);
		const stack = ['办', '理', '结'].map((ch, k) => item(ch, 50, 500 - 15 * k));
		expect(texts(groupLines([...rows, ...stack]))).toEqual(['办理结', '1.属于国家秘密  0', '2.重复申请  0', '3.其他  0']);
	});

	it('a column of one-character units or one-digit values is not a label written down: something stands left of it', () => {
		const rows = ['网站公开数', '微博公开数', '微信公开数'].flatMap((label, k) => [item(label, 50, 500 - 15 * k), item('条', 200, 500 - 15 * k), item(String(k + 1), 260, 500 - 15 * k)]);
		expect(texts(groupLines(rows))).toEqual(['网站公开数  条  1', '微博公开数  条  2', '微信公开数  条  3']);
	});

	it('values centred half a line between the two lines of their label join it; two rows a merged cell chains stay two rows', () => {
		const centred = [item('行政规范性文', 50, 500), item('6', 200, 493), item('41', 260, 493), item('件', 50, 486)];
		expect(texts(groupLines(centred))).toEqual(['行政规范性文件  6  41']);
		const chained = [item('1.不掌握', 100, 500), item('8', 300, 500), item('信息', 100, 485), item('(四)无', 50, 478), item('2.另行制作', 100, 470), item('2', 300, 470)];
		expect(texts(groupLines(chained))).toEqual(['1.不掌握  8', '信息', '(四)无  2.另行制作  2']);
	});

	it('letter spacing is taken out where three or more characters, two of them Chinese, stand one space apart; one-digit cells stay apart', () => {
		expect(unspaced('政 府 信 息 公 开')).toBe('政府信息公开');
		expect(unspaced('2 0 2 3 年 度 报 告')).toBe('2023年度报告');
		expect(unspaced('规章 0 0 3')).toBe('规章 0 0 3');
		expect(unspaced('二、主动 公开')).toBe('二、主动 公开');
		// The same drawn one run per character: a title spread out is one word, one-digit cells are not.
		const spread = [...'年度报告'].map((ch, k) => item(ch, 100 + 15 * k, 700));
		expect(texts(groupLines(spread))).toEqual(['年度报告']);
		expect(texts(groupLines([...'0003'].map((ch, k) => item(ch, 100 + 15 * k, 700))))).toEqual(['0 0 0 3']);
	});
});

describe('pdf-furniture: what a PDF repeats on its pages', () => {
	const page = (...texts: [string, number][]) => texts.map(([text, y]) => ({ text, y, size: 10 }));
	it('page numbers numbered in page order, a running header and a table header printed again are dropped; the first printing stays', () => {
		const { lines, dropped } = withoutFurniture([
			page(['示例局年度报告', 812], ['一、总体情况', 780], ['指标  单位  数量', 500], ['收到申请数  件  3', 485], ['第1页 共2页', 30]),
			page(['示例局年度报告', 812], ['指标  单位  数量', 780], ['答复数  件  3', 765], ['第2页 共2页', 30])
		]);
		expect(texts(lines)).toEqual(['一、总体情况', '指标  单位  数量', '收到申请数  件  3', '答复数  件  3']);
		expect(dropped).toEqual(['示例局年度报告', '第1页 共2页', '示例局年度报告', '指标  单位  数量', '第2页 共2页']);
	});

	it('a row split across the page break joins again: its label’s rest follows it once the next page’s furniture is out', () => {
		const { lines } = withoutFurniture([
			page(['示例局年度报告', 812], ['指标  单位  数量', 780], ['收到申请数  件  3', 765], ['(一)当面申请数(含来访', 750], ['— 1 —', 30]),
			page(['示例局年度报告', 812], ['指标  单位  数量', 780], ['申请)  件  1', 765], ['— 2 —', 30])
		]);
		expect(texts(lines)).toEqual(['指标  单位  数量', '收到申请数  件  3', '(一)当面申请数(含来访', '申请)  件  1']);
	});

	it('page numbers whose dashes OCR read as 一 (— 1 — as 一1一) are page numbers still', () => {
		const { lines, dropped } = withoutFurniture([page(['一、总体情况', 780], ['正文。', 760], ['一1一', 30]), page(['二、主动公开', 780], ['一2一', 30])]);
		expect(texts(lines)).toEqual(['一、总体情况', '正文。', '二、主动公开']);
		expect(dropped).toEqual(['一1一', '一2一']);
	});

	it('a number at a page’s foot that does not number the pages in order is kept, and so is a title on one page only', () => {
		const { lines } = withoutFurniture([page(['示例局', 780], ['合计  件', 60], ['7', 45]), page(['说明', 780], ['3', 45])]);
		expect(texts(lines)).toEqual(['示例局', '合计  件', '7', '说明', '3']);
	});
});
