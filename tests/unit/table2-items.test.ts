import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse';
import { MODEL } from '../fixtures/template2019/model';
import { renderText } from '../helpers/forms';

describe('表二 item headings', () => {
	it('names a row whose values share a line with the next 第二十条 item, instead of losing it in silence', () => {
		// A converter that ran two lines together: "行政许可 1234 第二十条第(六)项".
		const text = renderText(MODEL, 'spaces').replace(/(行政许可 1234)\n(第二十条第\(六\)项)/, '$1 $2');
		expect(text).toContain('行政许可 1234 第二十条第(六)项');
		const { report } = parseReport(text, 'shili-2023.txt');
		expect(report.problems.map((p) => [p.code, p.detail])).toEqual([['table2-values-before-item', { text: '行政许可1234', item: '六' }]]);
		const t2 = report.tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.rows);
		expect(t2.find((r) => r.label === '行政处罚')?.values).toEqual([567]);
	});
});
