import { describe, expect, it } from 'vitest';
import { repeatsOfText } from '../../../../../src/lib/ingest/forms/html/repeats';
import { readHtml } from '../../../../../src/lib/ingest/forms/html';
import { renderHtml, renderText } from '../../../../helpers/forms';
import { MODEL } from '../../../../fixtures/template2019/model';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('repeatsOfText: a picture that is a copy of the report\'s text', () => {
	const text = readHtml(renderHtml(MODEL)).lines;
	const report = renderText(MODEL, 'spaces');

	it('tells the report\'s own pages, read with a few characters wrong, from a table the text does not print', () => {
		const parts = report.split('三、收到和处理政府信息公开申请情况');
		// OCR misreads one character in twenty.
		const misread = (s: string) => [...s].map((c, i) => (i % 20 === 7 && /[\u4e00-\u9fff]/.test(c) ? '囗' : c)).join('');
		const t3 = readHtml(renderHtml(MODEL, 't3.png')).lines;
		expect(repeatsOfText([lines(misread(parts[0])), lines(misread(parts[1]))], text)).toEqual([true, true]);
		// The text with 表三 a picture: the picture of 表三 holds labels the text does not.
		const table = report.slice(report.indexOf('申请人情况'), report.indexOf('四、政府信息公开行政复议'));
		expect(repeatsOfText([lines(table)], t3)).toEqual([false]);
	});

	it('does not tell a picture too small to judge (a logo, a signature), nor one not read', () => {
		expect(repeatsOfText([lines(MODEL.agency), null], text)).toEqual([false, false]);
	});
});
