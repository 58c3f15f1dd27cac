import { describe, expect, it } from 'vitest';
import { checkPdfLimits } from '../../../src/lib/server/pdf-limits';
import { makePdf } from '../../helpers/hostile';

const limits = { maxPdfPages: 500, maxPdfDecodedBytes: 200 * 1048576 };

describe('PDF limits, checked before pdf.js reads the file', () => {
	it('refuse a decompression bomb after inflating no more than the cap', () => {
		const bomb = makePdf({ inflated: 1024 * 1048576 });
		const rss = process.memoryUsage().rss;
		const started = performance.now();
		expect(() => checkPdfLimits(bomb, 'bomb.pdf', limits)).toThrow('nianbao: bomb.pdf: PDF streams inflate to more than 200 MB (MAX_PDF_DECODED_MB)');
		// Figures, not assertions: how long and how much memory refusing a 1 MB bomb (1 GB inflated) took.
		console.log(`nianbao bench: ${(bomb.length / 1048576).toFixed(2)} MB bomb refused in ${(performance.now() - started).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rss) / 1048576).toFixed(0)} MB`);
	});

	it('let a PDF through whose streams stay under the cap', () => {
		expect(() => checkPdfLimits(makePdf({ inflated: 16 * 1048576 }), 'ok.pdf', limits)).not.toThrow();
	});

	it('refuse a PDF over the page limit', () => {
		expect(() => checkPdfLimits(makePdf({ pages: 501 }), 'long.pdf', limits)).toThrow('PDF has 501 pages, over the 500-page limit (MAX_PDF_PAGES)');
		expect(() => checkPdfLimits(makePdf({ pages: 500 }), 'long.pdf', limits)).not.toThrow();
	});
});
