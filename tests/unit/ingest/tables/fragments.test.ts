import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { MODEL } from '../../../fixtures/template2019/model';
import { fragmentedMarkdown } from '../../../fixtures/markdown/fragments';
import { compareCells } from '../../../../scripts/golden/compare';
import { walk } from '../../../helpers/seed';

describe('template tables found by their rows wherever they stand', () => {
	it.each([
		['a caption', 'caption'],
		['a part title numbered otherwise than the outline', 'misnumbered']
	] as const)('表三 under %s, cut into fragments by stray label lines: every cell, joined in the template order', (_, under) => {
		const { report } = parseReport(fragmentedMarkdown(under), 'shili-2023.md');
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
		expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
		// The stray lines and the fragments are no headings of the outline.
		const titles = walk(report.sections).map((s) => `${s.number}${s.title}`);
		expect(titles.filter((t) => /^\((五|六)\)/.test(t))).toEqual([]);
		expect(report.sections.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、']);
	});
});
