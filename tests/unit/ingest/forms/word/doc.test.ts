import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../src/lib/parse';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderTemplateDoc } from '../../../../helpers/forms-doc';
import { compareCells } from '../../../../../scripts/golden/compare';
import { modelReference, outline, rowAnchors } from '../../../../helpers/same-report';


describe('a .doc written from the 2021 template in Word', () => {
	it('表三/表四 on their grids with merged cells, a table of contents and a hyperlink as fields: the same sections, anchors and cells as its text', async () => {
		const { report, text } = await parseFile(renderTemplateDoc(MODEL), 'shili-2023.doc');
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
		expect(outline(report)).toEqual(outline(modelReference));
		expect(rowAnchors(report)).toEqual(rowAnchors(modelReference));
		expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
		// A field is its result: the link's words stay in the sentence, its code does not.
		expect(report.sections[0].text).toContain('全面推进政务公开工作,详见政府信息公开专栏。');
		expect(text).not.toMatch(/HYPERLINK|TOC/);
		// The characters as written: curly quotes are not straightened.
		expect(text).toContain('危及“三安全一稳定”');
	});
});
