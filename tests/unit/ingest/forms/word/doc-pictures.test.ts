import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { docContent } from '../../../../../src/lib/ingest/forms/word/doc';
import { pictureRuns, storedPicture } from '../../../../../src/lib/ingest/forms/word/doc-pictures';
import { PICTURE_MARK } from '../../../../../src/lib/ingest/forms/word/picture-mark';
import { bmpGrey, pictureHead } from '../../../../../src/lib/ingest/forms/ocr/picture-formats';
import { parseFile } from '../../../../../src/lib/parse';
import { writeDoc } from '../../../../helpers/doc-writer';
import { dib } from '../../../../helpers/forms-pictures';
import { encodePng, type Rgb } from '../../../../helpers/forms-scan';
import { renderDoc } from '../../../../helpers/forms-doc';
import { MODEL } from '../../../../fixtures/template2019/model';

/** A small picture: a dark square on white, `width` × `height`. */
function square(width: number, height: number): Rgb {
	const data = new Uint8Array(width * height * 3).fill(255);
	for (let y = height / 4; y < (3 * height) / 4; y++) for (let x = width / 4; x < (3 * width) / 4; x++) data.fill(20, (y * width + x) * 3, (y * width + x) * 3 + 3);
	return { width, height, data };
}

describe('inline pictures of a legacy Word document (.doc)', () => {
	it('are marked where they stand in the text, and given in that order with their own bytes (PNG, JPEG; a DIB as a BMP)', async () => {
		const pngBytes = encodePng(square(240, 60));
		const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
		const bitmap = dib(square(8, 4));
		const doc = writeDoc([{ paragraph: '一、概述' }, { picture: pngBytes, type: 'png' }, { paragraph: '二、表格' }, { row: ['甲', '1'] }, { picture: jpegBytes, type: 'jpeg' }, { picture: bitmap, type: 'dib' }, { paragraph: '三、结束' }]);
		const { text, pictures } = await docContent(doc, 'x.doc');
		expect(text.split('\n').map((l) => l.trim())).toEqual(['一、概述', PICTURE_MARK, '二、表格', '甲\t1', PICTURE_MARK, PICTURE_MARK, '三、结束', '']);
		expect(pictures.map((p) => p?.name)).toEqual(['DOC picture 1', 'DOC picture 2', 'DOC picture 3']);
		const [png, jpeg, bmp] = pictures.map((p) => Buffer.from((p as { bytes: Uint8Array }).bytes));
		expect(png).toEqual(Buffer.from(pngBytes));
		expect(jpeg).toEqual(Buffer.from(jpegBytes));
		// A DIB has no file header: given one, it decodes as the bitmap it is.
		expect(pictureHead(bmp)).toMatchObject({ kind: 'bmp', width: 8, height: 4 });
		expect(Array.from(bmpGrey(bmp).data.subarray(8, 16))).toEqual([255, 255, 20, 20, 20, 20, 255, 255]);
	});

	it('a document without pictures, or with a \\x01 that is no picture, marks nothing', async () => {
		expect(await docContent(writeDoc([{ paragraph: '一、概述' }, { paragraph: '正文\x01在此' }]), 'x.doc')).toEqual({ text: expect.not.stringContaining(PICTURE_MARK), pictures: [] });
	});

	it('a picture whose bytes are not in the Data stream leaves no mark in the report\'s text', async () => {
		const doc = writeDoc([{ paragraph: '示例市测试局2023年政府信息公开工作年度报告' }, { paragraph: '一、总体情况' }, { picture: new Uint8Array(0), type: 'png' }, { paragraph: '二、存在的问题' }, { paragraph: '无。' }]);
		expect((await docContent(doc, 'x.doc')).pictures).toEqual([null]);
		const { report, text } = await parseFile(doc, 'shili-2023.doc');
		expect(text).not.toContain(PICTURE_MARK);
		expect(JSON.stringify(report)).not.toContain(PICTURE_MARK);
	});

	it('a broken Data stream loses the pictures, never the report\'s text: each picture is named as not read', async () => {
		const doc = Buffer.from(writeDoc([{ paragraph: '示例市测试局2023年政府信息公开工作年度报告' }, { paragraph: '一、总体情况' }, { picture: encodePng(square(240, 60)), type: 'png' }, { paragraph: '二、存在的问题' }, { paragraph: '无。' }]));
		// The Data stream's directory entry made to start past the file's end.
		doc.writeUInt32LE(5000, doc.indexOf(Buffer.from('Data', 'utf16le')) + 116);
		const { report } = await parseFile(new Uint8Array(doc), 'shili-2023.doc');
		expect(report.sections.map((s) => s.title)).toEqual(['总体情况', '存在的问题']);
		expect(report.problems).toContainEqual(expect.objectContaining({ code: 'picture-not-read', detail: expect.objectContaining({ picture: 'DOC picture 1', why: 'not-decoded' }) }));
	});

	it('a metafile BLIP that holds no EMF or WMF is named as not decoded, and the report\'s text is read all the same', async () => {
		const { report } = await parseFile(renderDoc(MODEL, { bytes: new Uint8Array(200).fill(7), type: 'emf' }), 'shili-2023.doc');
		expect(report.problems).toContainEqual(expect.objectContaining({ code: 'picture-not-read', detail: expect.objectContaining({ picture: 'DOC picture 1', why: 'not-decoded' }) }));
		expect(report.sections.map((s) => s.title)).toContain('总体情况');
	});

	it('looks up at most 30 pictures and names the 31st as past the budget', async () => {
		const icon = encodePng(square(16, 16));
		const doc = writeDoc([{ paragraph: '示例市测试局2023年政府信息公开工作年度报告' }, { paragraph: '一、总体情况' }, ...Array.from({ length: 40 }, () => ({ picture: icon, type: 'png' as const })), { paragraph: '二、存在的问题' }, { paragraph: '无。' }]);
		expect((await docContent(doc, 'x.doc')).pictures).toHaveLength(31);
		const { report } = await parseFile(doc, 'shili-2023.doc');
		expect(report.problems.filter((p) => p.code === 'picture-not-read')).toEqual([expect.objectContaining({ detail: expect.objectContaining({ picture: 'DOC picture 31', why: 'too-many-pictures' }) })]);
	});

	it('broken character properties or a broken Data stream give fewer pictures, never a throw', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 600 }), fc.nat(3000), (word, table, at) => {
				const runs = pictureRuns(Buffer.from(word), Buffer.from(table));
				expect(runs.every((r) => r.from <= r.to)).toBe(true);
				const p = storedPicture(Buffer.from(word), at, 'DOC picture 1');
				if (p && 'bytes' in p) expect(p.bytes.length).toBeLessThanOrEqual(word.length + 14);
			})
		);
	});
});
