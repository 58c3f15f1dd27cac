import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { contentsLines } from '../../../../src/lib/ingest/report/contents';
import { MODEL } from '../../../fixtures/template2019/model';
import { renderText } from '../../../helpers/forms';
import { modelReference, outline } from '../../../helpers/same-report';

const model = renderText(MODEL, 'spaces');
/** The model with a contents list put before its first part: each entry as `entry` writes it. */
const withContents = (entry: (number: string, title: string, k: number) => string[]) => {
	const lines = model.split('\n');
	const at = lines.findIndex((l) => l.startsWith('一、'));
	const list = ['目  录', ...MODEL.parts.flatMap((p, k) => entry(p.number, p.title, k))];
	return [...lines.slice(0, at), ...list, ...lines.slice(at)].join('\n');
};

describe('a contents list (目录)', () => {
	it.each([
		['a web page\'s list of its parts, no page numbers', (n: string, t: string) => [`${n}${t}`]],
		['dot leaders and pages', (n: string, t: string, k: number) => [`${n}${t}……………………${k + 1}`]],
		['page numbers OCR garbled (l, |) or lost', (n: string, t: string, k: number) => [`${n}${t}……${['l', '|', '', 'I', '', 'l'][k]}`]],
		['its parts\' subsections listed too', (n: string, t: string, k: number) => [`${n}${t}……${k + 1}`, ...(MODEL.parts[k].subs ?? []).map((s) => `${s.number}${s.title}……${k + 1}`)]]
	])('is not the outline: %s', (_, entry) => {
		const { report } = parseReport(withContents(entry), 'shili-2023.txt');
		expect(outline(report)).toEqual(outline(modelReference));
		expect(report.sections.map((s) => s.text)).toEqual(modelReference.sections.map((s) => s.text));
		expect(report.tables.map((t) => t.rows.map((r) => r.values))).toEqual(modelReference.tables.map((t) => t.rows.map((r) => r.values)));
	});

	it('is a run of three or more parts in turn with nothing between them; an outline whose parts hold text or tables is none', () => {
		const lines = (texts: string[]) => texts.map((text) => ({ text }));
		expect([...contentsLines(lines(['目录', '一、总体情况', '(一)主动公开', '二、主动公开', '', '三、收到和处理', '一、总体情况', '正文。']))]).toEqual([1, 2, 3, 5]);
		expect(contentsLines(lines(['一、总体情况', '正文。', '二、主动公开', '正文。', '三、收到和处理', '正文。']))).toEqual(new Set());
		expect(contentsLines(lines(['一、总体情况', '二、主动公开', '正文。', '三、收到和处理']))).toEqual(new Set());
		// Parts after the first with nothing between them (their tables pictures not read) are parts, not a list.
		expect(contentsLines(lines(['一、总体情况', '正文。', '二、主动公开', '三、收到和处理', '四、复议诉讼', '五、存在问题', '正文。']))).toEqual(new Set());
		// Parts out of turn are no list: 一、 二、 四、.
		expect(contentsLines(lines(['一、总体情况', '二、主动公开', '四、复议诉讼', '正文。']))).toEqual(new Set());
		// 表三 as text: its numbered rows hold values, and a row without them (三、本年度办理结果) stands alone.
		expect(contentsLines(lines(model.split('\n')))).toEqual(new Set());
	});
});
