import { expect } from 'vitest';
import { parseReport } from '../../src/lib/parse';
import type { Report } from '../../src/lib/types';
import { compareCells } from '../../scripts/golden/compare';
import { MODEL } from '../fixtures/template2019/model';
import { renderText } from './forms';
import { walk } from './seed';

/** A report's sections as anchor and title, in order. */
export const outline = (r: Report) => walk(r.sections).map((s) => `${s.anchor} ${s.title}`);
/** Every table row's anchor, in order. */
export const rowAnchors = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => row.anchor));
/** The made-up 2019 model as plain text, cells by spaces: what every other form must give back. */
export const modelReference = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt').report;

/** The model in another form gives its golden cells, the reference's sections and anchors, and no problem. */
export function expectSameModelReport(report: Report) {
	for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
	expect(report.problems).toEqual([]);
	expect(outline(report)).toEqual(outline(modelReference));
	expect(rowAnchors(report)).toEqual(rowAnchors(modelReference));
	expect(report).toMatchObject({ agency: MODEL.agency, year: 2023, format: '2019', template: '2021' });
	expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
	// The sentence after 表四 is not table text: it stays in its part, shown and searched.
	expect(report.sections.find((s) => s.anchor === 's4')!.text).toContain('表四所列复议案件均已审结');
}
