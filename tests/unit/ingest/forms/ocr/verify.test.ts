import { describe, expect, it } from 'vitest';
import { verifyOcr } from '../../../../../src/lib/ingest/forms/ocr/verify';
import type { OcrReading } from '../../../../../src/lib/ingest/forms/ocr';
import { parseReport } from '../../../../../src/lib/parse';
import { enrich } from '../../../../../src/lib/indicators/assign';
import { renderText } from '../../../../helpers/forms';
import { MODEL } from '../../../../fixtures/template2019/model';

/** The model as OCR would read it from pictures: every table marked 识别, every value its own cell's reading at `conf`. */
function readModel(conf: number) {
	const { report } = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt');
	for (const t of report.tables) t.ocr = true;
	const readings: OcrReading[] = report.tables.flatMap((t) =>
		t.rows.filter((r) => !r.header).flatMap((r) => r.values.map((v, k) => ({ page: 1, label: t.anchor === 't4' ? '' : r.label, fromEnd: r.values.length - k, text: String(v), conf })))
	);
	const table = (anchor: string) => report.tables.find((t) => t.anchor === anchor)!;
	const reading = (label: string, fromEnd: number) => readings.find((r) => r.label === label && r.fromEnd === fromEnd)!;
	return { report, readings, table, reading };
}

describe('verifyOcr: what an OCR\'d number needs to be published', () => {
	it('publishes a reading on its confidence only where it has as many digits as its cell has glyphs: both passes may drop the same digit', () => {
		const { report, readings, table, reading } = readModel(96);
		const fees = table('t2-5').rows[0];
		expect(fees.values).toEqual([1234]);
		// 1234 read surely with its four glyphs; 表二 has no sums, so only the confidence can publish it.
		Object.assign(reading(fees.label, 1), { glyphs: 4 });
		const penalties = table('t2-6').rows[0];
		expect(penalties.values).toEqual([567]);
		// Its 567 read surely by both passes as one digit of its three glyphs (as a 228 was read 2).
		penalties.values[0] = 5;
		Object.assign(reading(penalties.label, 1), { text: '5', glyphs: 3 });
		enrich(report);
		const problems = verifyOcr(report, readings);
		expect(fees.values).toEqual([1234]);
		expect(penalties.values).toEqual([null]);
		expect(problems.map((p) => [p.detail.row, p.detail.text])).toContainEqual([penalties.label, '5']);
	});
});
