import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { MODEL } from '../../../fixtures/template2019/model';
import { renderText } from '../../../helpers/forms';
import { buildReport } from '../../../../src/lib/ingest/report/build';

describe('2019 part titles broken in the source', () => {
	it('finds a part whose title a line break cut (PDF text wraps long titles), and reads its table', () => {
		for (const layout of ['spaces', 'pipes', 'markdown'] as const) {
			const text = renderText(MODEL, layout).replace(/(三、收到和处理政府信息公开申请)(情况)/, '$1\n$2');
			const { report } = parseReport(text, 'shili-2023.txt');
			expect(report.sections.map((s) => s.title), layout).toContain('收到和处理政府信息公开申请情况');
			expect(report.problems, layout).toEqual([]);
			expect(report.tables.find((t) => t.anchor === 't3')?.rows.find((r) => r.anchor === 't3-r4')?.values, layout).toEqual(MODEL.golden.t3.at(-1));
		}
	});
});

describe('2019 part headings whose number OCR lost', () => {
	const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
	const read = (text: string, ocr: boolean) => buildReport(lines(text), { dropped: [], brokenLines: true, ocr }, '2019', 'shili-2023.pdf');
	const model = renderText(MODEL, 'spaces');

	it('opens the next part at a line that is its title alone, in a scan: 六、 lost, 其他需要报告的事项 is part 六', () => {
		const text = model.replace('六、其他需要报告的事项', '其他需要报告的事项');
		expect(read(text, true).sections.map((s) => `${s.number}${s.title}`).at(-1)).toBe('六、其他需要报告的事项');
		// Typed text says what it says: there the line is text of part 五.
		expect(read(text, false).sections.map((s) => s.title)).not.toContain('其他需要报告的事项');
	});

	it('leaves a part\'s title met elsewhere as text: under its own part (a caption), or not right after the part before it', () => {
		const caption = model.replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况\n收到和处理政府信息公开申请情况');
		expect(read(caption, true).sections.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
		// Part 五's heading not read at all: 其他需要报告的事项 after part 四 is not part 五's title, and stays text.
		const afterFour = model.replace('五、存在的主要问题及改进情况', '存在问题如下:').replace('六、其他需要报告的事项', '其他需要报告的事项');
		expect(read(afterFour, true).sections.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、']);
	});
});
