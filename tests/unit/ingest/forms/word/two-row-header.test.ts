import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../src/lib/parse';
import { ROWS, twoRowHeaderDoc, twoRowHeaderDocx } from '../../../../fixtures/word/two-row-header';

/** The rows with values, as the fixture's table gives them: label, then 年度 and 历年累计. */
const GOLDEN = ROWS.filter(([, unit]) => unit).map(([label, , a, b]) => [label.replace('：', ':'), [Number(a), Number(b)]]);

describe('a Word table with a two-row header (数量 over 年度 | 历年累计) and merged cells', () => {
	it.each([
		['.docx (merged cells repeated down and across)', async () => parseFile(await twoRowHeaderDocx(), 'shili-xian-2010.docx')],
		['.doc (merged cells as empty cells of their rows)', async () => parseFile(twoRowHeaderDoc(), 'shili-xian-2010.doc')]
	])('%s keeps both value columns, named, and every row under them', async (_, parse) => {
		const { report } = await parse();
		expect(report.tables).toHaveLength(1);
		const [table] = report.tables;
		expect(table.columns).toEqual(['年度', '历年累计']);
		expect(table.rows.filter((r) => !r.header && r.unit).map((r) => [r.label, r.values])).toEqual(GOLDEN);
		expect(report.problems).toEqual([]);
	});
});
