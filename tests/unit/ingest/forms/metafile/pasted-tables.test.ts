import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from '../../../../../src/lib/parse';
import { renderDocx } from '../../../../helpers/forms';
import { renderDoc } from '../../../../helpers/forms-doc';
import { dib, t3Block, tablePicture } from '../../../../helpers/forms-pictures';
import { emfOfBitmap, emfTable, wmfTable } from '../../../../helpers/metafile-writer';
import { MODEL } from '../../../../fixtures/template2019/model';
import type { Report } from '../../../../../src/lib/types';

process.env.NIANBAO_OCR_QUIET = '1';
process.env.NIANBAO_CACHE_DIR = mkdtempSync(join(tmpdir(), 'nianbao-metafile-'));

const t3 = t3Block(MODEL) as { rows: string[][]; widths: number[] };
const table3 = (report: Report) => report.tables.find((t) => t.anchor === 't3');
/** 表三's values row by row (its header rows left out), as the golden model has them. */
const t3Values = (report: Report) => table3(report)?.rows.filter((r) => !r.header).map((r) => r.values);

describe('表三 copied from Excel or Word and pasted as a metafile picture', () => {
	it.each([
		['an EMF in a DOCX', () => renderDocx(MODEL, { picture: emfTable(t3.rows, t3.widths), width: 509, height: 700 }), 'shili-2023.docx'],
		['a compressed EMF in a .doc', async () => renderDoc(MODEL, { bytes: emfTable(t3.rows, t3.widths), type: 'emf' }), 'shili-2023.doc'],
		['a compressed WMF in a .doc (its placeable header put back from the BLIP\'s bounds)', async () => renderDoc(MODEL, { bytes: wmfTable(t3.rows, t3.widths), type: 'wmf' }), 'shili-2023.doc']
	])('%s gives every value as drawn, not marked as read by OCR', async (_, make, file) => {
		const { report } = await parseFile(await make(), file);
		expect(t3Values(report)).toEqual(MODEL.golden.t3);
		expect(report.tables.some((t) => t.ocr)).toBe(false);
		expect(report.problems.map((p) => p.code)).not.toContain('text-by-ocr');
		expect(report.problems.map((p) => p.code)).not.toContain('picture-not-read');
	});

	it('one whose text is drawn as glyph numbers is named as not read, and the report\'s text is kept', async () => {
		const { report } = await parseFile(renderDoc(MODEL, { bytes: emfTable(t3.rows, t3.widths, { glyphs: true }), type: 'emf' }), 'shili-2023.doc');
		expect(report.problems).toContainEqual(expect.objectContaining({ code: 'picture-not-read', detail: expect.objectContaining({ picture: 'DOC picture 1', why: 'not-decoded', message: 'EMF 图元文件的文字以字形编号绘制' }) }));
		// 表三 stands as the template's, every cell unread: never a blank where the agency gave a number.
		expect(table3(report)?.unread).toBe(true);
		expect(t3Values(report)!.flat().every((v) => v === null)).toBe(true);
		expect(report.sections.map((s) => s.title)).toContain('总体情况');
	});

	it('a screenshot saved as an EMF is read by OCR as the bitmap it draws, its table marked as read by OCR', async () => {
		const picture = await tablePicture([t3Block(MODEL)], 200);
		const { report } = await parseFile(renderDoc(MODEL, { bytes: emfOfBitmap(dib(picture)), type: 'emf' }), 'shili-2023.doc');
		expect(table3(report)?.ocr).toBe(true);
		expect(report.problems.map((p) => p.code)).toContain('text-by-ocr');
		const read = t3Values(report)!.flatMap((values, i) => values.map((value, k) => ({ value, expected: MODEL.golden.t3[i][k] })));
		expect(read.filter((c) => c.value !== null && c.value !== c.expected)).toEqual([]);
		expect(read.filter((c) => c.value === c.expected).length).toBeGreaterThanOrEqual(150);
	}, 120_000);
});
