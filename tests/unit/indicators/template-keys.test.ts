import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile, parseReport } from '../../../src/lib/parse';
import { assignTemplateKeys, isDerivedKey, TEMPLATE_CELL_BY_KEY, TEMPLATE_CELLS } from '../../../src/lib/indicators/template-keys';
import type { Report, TableRow } from '../../../src/lib/types';
import { report2019Text } from '../../helpers/template2019-text';
import { seedReport } from '../../helpers/search';
import { corpusFile, hasCorpus } from '../../helpers/seed';

const valueRows = (report: Report): { row: TableRow; columns: string[] }[] =>
	report.tables.flatMap((t) => t.rows.filter((r) => !r.header).map((row) => ({ row, columns: t.columns })));
const cellKeys = (report: Report) => valueRows(report).flatMap(({ row }) => row.templateKeys ?? []);
const valueCount = (report: Report) => valueRows(report).reduce((n, { row }) => n + row.values.length, 0);
const made = (variant: '2019' | '2021') => parseReport(report2019Text(variant), `made-up-${variant}.txt`).report;

describe('the template key table', () => {
	it('names each cell once', () => {
		expect(new Set(TEMPLATE_CELLS.map((c) => c.key)).size).toBe(TEMPLATE_CELLS.length);
	});

	it('has a cell for every number of each template: 2021 表二 10 + 表三 25×7 + 表四 15; the 2019 trial 22 + 23×7 + 15', () => {
		const of = (variant: '2019' | '2021') => TEMPLATE_CELLS.filter((c) => c.variants.includes(variant)).length;
		expect(of('2021')).toBe(10 + 25 * 7 + 15);
		expect(of('2019')).toBe(22 + 23 * 7 + 15);
	});

	it('gives every cell a definition, and the canonical key only where keys.ts defines it', () => {
		for (const cell of TEMPLATE_CELLS) {
			expect(cell.definition).toContain(cell.table);
			if (cell.canonical) expect(cell.canonical).toMatch(/^[a-z_.]+$/);
		}
		expect(TEMPLATE_CELL_BY_KEY.get('t4.review.corrected')?.canonical).toBe('review.corrected');
		expect(TEMPLATE_CELL_BY_KEY.get('a.review.corrected')?.canonical).toBe('review.corrected');
		expect(TEMPLATE_CELL_BY_KEY.get('t3.outcome.withheld.state_secret.natural_person')).toMatchObject({ canonical: null, columnLabel: '自然人', variants: ['2019', '2021'] });
	});
});

describe('assignTemplateKeys', () => {
	it('keys every cell of a made-up report in each 2019-regulation template, none derived, each template cell once', () => {
		for (const variant of ['2019', '2021'] as const) {
			const report = made(variant);
			expect(report.template).toBe(variant);
			const keys = cellKeys(report);
			expect(keys).toHaveLength(valueCount(report));
			expect(keys.filter(isDerivedKey)).toEqual([]);
			expect(new Set(keys)).toEqual(new Set(TEMPLATE_CELLS.filter((c) => c.variants.includes(variant)).map((c) => c.key)));
		}
	});

	it('puts the key on the number printed in that place', () => {
		const report = made('2021');
		const at = (key: string) => {
			for (const { row } of valueRows(report)) {
				const i = row.templateKeys!.indexOf(key);
				if (i >= 0) return row.values[i];
			}
		};
		// The made-up 表三 holds row × 10 + column: 属于国家秘密 is its 5th row, 自然人 its first column.
		expect(at('t3.outcome.withheld.state_secret.natural_person')).toBe(50);
		expect(at('t3.outcome.total.total')).toBe(246);
		expect(at('t4.review.corrected')).toBe(401);
		expect(at('t2.i8.fees.amount')).toBe(10.5);
		expect(at('t2.i1.documents.repealed')).toBe(5);
	});

	it('keys every cell of the 2008 seed report from the appendix', () => {
		const report = seedReport();
		const keys = cellKeys(report);
		expect(keys).toHaveLength(valueCount(report));
		expect(keys.filter(isDerivedKey)).toEqual([]);
		expect(keys).toContain('a.applications.outcome.refused.state_secret');
		expect(TEMPLATE_CELLS.filter((c) => c.template === '2008')).toHaveLength(keys.length);
	});

	it('agrees with the canonical key assignment on every cell', () => {
		for (const report of [seedReport(), made('2019'), made('2021')])
			for (const { row } of valueRows(report))
				row.templateKeys!.forEach((key, i) => expect([key, TEMPLATE_CELL_BY_KEY.get(key)?.canonical ?? null]).toEqual([key, row.keys?.[i] ?? null]));
	});

	it('derives a key marked "x." from the anchors for a table no template knows', () => {
		const report = {
			format: '2019',
			tables: [{ anchor: 't9', title: '其他', columns: ['甲', '乙'], section: null, source: '', rows: [{ anchor: 't9-r1', path: [], label: '某项', unit: '件', values: [1, null] }] }]
		} as unknown as Report;
		expect(assignTemplateKeys(report).tables[0].rows[0].templateKeys).toEqual(['x.t9.r1.c1', 'x.t9.r1.c2']);
	});

	it('gives a second row claiming a template key a derived key, so keys stay unique in a report', () => {
		const row = (anchor: string): TableRow => ({ anchor, path: [], label: '六、举报投诉数量', unit: '件', values: [3] });
		const report = { format: '2008', tables: [{ anchor: 't1', title: '附表', columns: ['数量'], section: null, source: '', rows: [row('t1-r6'), row('t1-r6_2')] }] } as unknown as Report;
		expect(assignTemplateKeys(report).tables[0].rows.map((r) => r.templateKeys)).toEqual([['a.complaints'], ['x.t1.r6_2']]);
	});
});

describe.skipIf(!hasCorpus)('the corpus reports', () => {
	it.each(['hongze-qzf-2023.txt', 'hongze-qzf-2024.txt', 'huaian-szf-2024.txt', 'shuyang-fgj-2023.html', 'shanghai-szfbgt-2019.html'])('%s: every cell has a template key', async (file) => {
		const { report } = await parseFile(new Uint8Array(readFileSync(corpusFile(file))), file);
		expect(cellKeys(report)).toHaveLength(valueCount(report));
		expect(cellKeys(report).filter(isDerivedKey)).toEqual([]);
	});
});
if (!hasCorpus) it.skip('corpus template-key tests skipped: ../shared/corpus is absent', () => {});
