import { chineseNumeralOf } from './numerals';

/** A report with `parts` × `subs` × `items` headings, each item with a line of text. */
export function manyHeadings(parts: number, subs: number, items: number): string {
	const lines = ['测试局', '2020年政府信息公开年度报告'];
	for (let p = 1; p <= parts; p++) {
		lines.push(`${chineseNumeralOf(p)}、第${p}部分`);
		for (let s = 1; s <= subs; s++) {
			lines.push(`(${chineseNumeralOf(s)})第${p}部分第${s}节`);
			for (let i = 1; i <= items; i++) lines.push(`${i}、事项${p}-${s}-${i}。本项工作按时完成。`);
		}
	}
	return lines.join('\n');
}

/** A 2008 report whose appendix has `rows` rows (one value each), for scale tests. */
export function bigTable(rows: number): string {
	const lines = ['测试局', '2018年政府信息公开年度报告', '一、概述', '全年工作情况良好。', '二、附表', '指 标 |', '单位 |', '数量 |', '一、主动公开情况 |', '— |', ' |'];
	for (let r = 1; r <= rows; r++) lines.push(`其中:第${r}项指标 |`, '件 |', `${r % 97} |`);
	return lines.join('\n');
}

/** About `bytes` of report text: parts of long paragraphs, a new part every ~50 KB. */
export function bigText(bytes: number, paragraph: string): string {
	const lines = ['测试局', '2018年政府信息公开年度报告'];
	let size = 0;
	let part = 0;
	while (size < bytes) {
		if (size >= part * 50_000 && part < 99) lines.push(`${chineseNumeralOf(++part)}、第${part}部分`);
		lines.push(paragraph);
		size += Buffer.byteLength(paragraph) + 1;
	}
	return lines.join('\n');
}
