import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { dropPageNumbers } from '../../../../../src/lib/ingest/forms/text/page-numbers';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText } from '../../../../helpers/forms';

/** The made-up 2021-template report as a crawler's text: the body on one line. */
const collapsed = renderText(MODEL, 'collapsed');
const reference = parseReport(collapsed, 'shili-2023.txt').report;

const SHAPES: Record<string, (k: number, n: number) => string> = {
	'- k -': (k) => `- ${k} -`,
	'— k —': (k) => `— ${k} —`,
	'-k- (full-width －k－)': (k) => `－${k}－`,
	'第 k 页 共 n 页': (k, n) => `第 ${k} 页 共 ${n} 页`,
	'k / n': (k, n) => `${k} / ${n}`
};

/** The text typeset on pages of about `chars` characters, each page's number at its foot: wherever the page ends. */
function paged(text: string, chars: number, shape: (k: number, n: number) => string): { text: string; pages: number; inRows: number } {
	const words = text.split(' ');
	const cuts: number[] = [];
	for (let i = 0, length = 0; i < words.length; i++) {
		length += words[i].length + 1;
		if (length >= chars && i + 1 < words.length) [cuts[cuts.length], length] = [i, 0];
	}
	const out = words.flatMap((w, i) => (cuts.includes(i) ? [w, shape(cuts.indexOf(i) + 1, cuts.length + 1)] : [w]));
	// Cuts between two values: the page number fell inside a table row's run of cells.
	const inRows = cuts.filter((i) => /^[\d.—-]+$/.test(words[i]) && /^[\d.—-]+$/.test(words[i + 1])).length;
	return { text: out.join(' '), pages: cuts.length, inRows };
}

describe('page numbers inside collapsed PDF text', () => {
	it.each(Object.entries(SHAPES))('%s between pages, inside 表二 and 表三 runs too, leaves every cell, section and problem as without them', (_, shape) => {
		let inRows = 0;
		for (const chars of [100, 120, 150, 170, 190, 230, 270, 330]) {
			const { text, pages, inRows: n } = paged(collapsed, chars, shape);
			inRows += n;
			const { report } = parseReport(text, 'shili-2023.txt');
			// The same cells; a value's source line is the one it has without page numbers, or none where a
			// page number inside its line hides the line from the finder (never another line).
			const lines = (r: { tables: typeof reference.tables }) => r.tables.flatMap((t) => t.rows.flatMap((row) => row.lines ?? []));
			const bare = (r: { tables: typeof reference.tables }) => r.tables.map((t) => ({ ...t, rows: t.rows.map(({ lines: _, ...row }) => row) }));
			expect(bare(report), `pages of ${chars}`).toEqual(bare(reference));
			lines(report).forEach((line, k) => expect(line === null || line === lines(reference)[k]).toBe(true));
			expect(report.sections, `pages of ${chars}`).toEqual(reference.sections);
			expect(report.problems).toEqual([]);
			expect(report.dropped, `pages of ${chars}`).toEqual(Array.from({ length: pages }, (_, k) => shape(k + 1, pages + 1).replace(/[－]/g, '-')));
		}
		// The property is only worth something if page ends did fall between a row's values.
		expect(inRows).toBeGreaterThan(5);
	});

	it('keeps a row whose cells read like a page number ("- 3 -": a blank, 3, a blank) when no run of page numbers includes it', () => {
		const row = '(二)部分公开(区分处理的,只计这一情形,不计其他情形) 4 1 0 0 0 0 5';
		const dashed = '(二)部分公开(区分处理的,只计这一情形,不计其他情形) 4 - 1 - 0 0 5';
		const text = collapsed.replace(row, dashed);
		const cells = (t: string) => parseReport(t, 'shili-2023.txt').report.tables.find((x) => x.anchor === 't3')!.rows.find((r) => r.label.startsWith('(二)部分公开'))!.values;
		expect(cells(text)).toEqual([4, null, 1, null, 0, 0, 5]);
		// With real page numbers around it, "- 1 -" stands twice before page 2: neither is taken, page 2 is.
		const withPages = text.replace('(一)主动公开', '- 1 - (一)主动公开').replace('(五)不予处理', '- 2 - (五)不予处理');
		const { report } = parseReport(withPages, 'shili-2023.txt');
		expect(report.dropped).toEqual(['- 2 -']);
		expect(cells(withPages)).toEqual([4, null, 1, null, 0, 0, 5]);
	});

	it('takes out only tokens that number pages in order, a page apart', () => {
		const page = (w: string) => `${w} `.repeat(60);
		expect(dropPageNumbers(`${page('甲')}- 1 - ${page('乙')}- 2 - ${page('丙')}`)).toEqual({ text: `${page('甲')}${page('乙')}${page('丙')}`.trim(), dropped: ['- 1 -', '- 2 -'] });
		// One token alone, or tokens closer than a page: cells, not page numbers.
		expect(dropPageNumbers(`${page('甲')}- 1 - ${page('乙')}`).dropped).toEqual([]);
		expect(dropPageNumbers(`${page('甲')}0 - 1 - 0 - 2 - 0 ${page('乙')}`).dropped).toEqual([]);
		// Counts that differ are not one document's page numbers ("3 / 10" … "4 / 12").
		expect(dropPageNumbers(`${page('甲')}3 / 10 ${page('乙')}4 / 12 ${page('丙')}`).dropped).toEqual([]);
		// "第 3 页 共 10 页" says what it is.
		expect(dropPageNumbers(`${page('甲')}第 3 页 共 10 页 ${page('乙')}`).dropped).toEqual(['第 3 页 共 10 页']);
	});
});
