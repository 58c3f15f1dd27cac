import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { MODEL } from '../../../fixtures/template2019/model';
import { renderText } from '../../../helpers/forms';

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
