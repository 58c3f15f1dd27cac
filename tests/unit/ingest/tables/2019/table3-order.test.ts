import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import { compareCells } from '../../../../../scripts/golden/compare';
import { MODEL } from '../../../../fixtures/template2019/model';
import { renderText } from '../../../../helpers/forms';
import { readTable3 } from '../../../../../src/lib/ingest/tables/2019/tables';
import type { SourceLine } from '../../../../../src/lib/ingest/source';

/**
 * 表三 as collapsed text of a PDF whose labels were centred on two lines: a label lands after its own
 * values, so two rows' values follow one label and a group title stands before another row's values.
 */
const collapsed = renderText(MODEL, 'collapsed');
const PART4 =
	'(四)无法提供 — — — — — — — 1.本机关不掌握相关政府信息 8 1 1 0 0 1 11 2.没有现成信息需要另行制作 2 0 0 0 0 0 2 3.补正后申请内容仍不明确 1 0 0 0 0 0 1';
const LABEL_AFTER_VALUES = '8 1 1 0 0 1 11 1.本机关不掌握相关政府信息 (四)无法提供 2 0 0 0 0 0 2';

const t3Cells = (text: string) => {
	const { report, problems } = parseReport(text, 'shili-2023.txt');
	const cells = compareCells(report, MODEL.golden).filter((c) => c.where.startsWith('表三'));
	return { cells, problems, at: (label: string) => cells.filter((c) => c.where.startsWith(`表三 ${label} `)) };
};

describe('表三 rows whose labels left their values (collapsed text)', () => {
	it('reads fourteen values after one label as two rows, so the rows still number 25 and are placed in order', () => {
		expect(collapsed).toContain(PART4);
		const { cells, problems } = t3Cells(collapsed.replace(PART4, `${LABEL_AFTER_VALUES} 2.没有现成信息需要另行制作 3.补正后申请内容仍不明确 1 0 0 0 0 0 1`));
		expect(problems).toEqual([]);
		for (const c of cells) expect(c.actual, c.where).toBe(c.expected);
	});

	it('never gives the next row a run whose text names another row, nor any run once the order is lost', () => {
		// One row fewer (a page number where 2.重复申请's values were): the rows are placed by their labels.
		const text = collapsed
			.replace(PART4, `${LABEL_AFTER_VALUES} 办 1 0 0 0 0 0 1 2.没有现成信息需要另行制作 3.补正后申请内容仍不明确`)
			.replace('2.重复申请 1 0 0 0 0 0 1', '2.重复申请 - 4 -');
		const { cells, problems, at } = t3Cells(text);
		// "(四)无法提供 2 …" names 1.本机关不掌握 (placed already), and "办 1 …" follows a run that was not placed.
		for (const row of ['2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '2.重复申请']) {
			expect(at(row).map((c) => c.actual)).toEqual(Array(7).fill(null));
			expect(problems).toContainEqual(expect.objectContaining({ code: 'table3-row-missing', detail: { row } }));
		}
		expect(problems).toContainEqual(expect.objectContaining({ code: 'table3-row-out-of-order', detail: { label: expect.stringMatching(/^1\.本机关不掌握相关政府信息 ?\(四\)无法提供$/) } }));
		// Everything placed is what the report says; 8.属于行政查询事项 and 1.本机关不掌握 among them.
		expect(at('8.属于行政查询事项').map((c) => c.actual)).toEqual([3, 0, 0, 0, 0, 0, 3]);
		expect(at('1.本机关不掌握相关政府信息').map((c) => c.actual)).toEqual([8, 1, 1, 0, 0, 1, 11]);
		for (const c of cells) if (c.actual !== null) expect(c.actual, c.where).toBe(c.expected);
		expect(cells.filter((c) => c.actual === null)).toHaveLength(21);
	});

	it('never places a row of blank cells by position alone: a group heading whose label is unreadable is not a row the agency left blank', () => {
		// One row per line, a group heading's cells printed as dashes: its label read as nothing the template prints.
		const spaces = renderText(MODEL, 'spaces');
		const garbled = spaces.replace('(四)无法提供 — — — — — — —', '囗囗囗囗 — — — — — — —');
		expect(garbled).not.toBe(spaces);
		const { cells, problems } = t3Cells(garbled);
		// The next row names itself, so it is placed where it belongs, and nothing is said to be blank (it was
		// placed at 1.本机关不掌握, all its cells blank, before).
		expect(problems).toEqual([]);
		for (const c of cells) expect(c.actual, c.where).toBe(c.expected);
		// Where the next row's label is unreadable too and a row is lost elsewhere (so the rows are not in the
		// template's shape), where it belongs is not known: it is left unread, not shifted.
		const { at, cells: lostCells, problems: lost } = t3Cells(garbled.replace('1.本机关不掌握相关政府信息 8', '囗囗囗囗 8').replace('\n2.重复申请 1 0 0 0 0 0 1', ''));
		expect(at('1.本机关不掌握相关政府信息').map((c) => c.actual)).toEqual(Array(7).fill(null));
		expect(lost).toContainEqual(expect.objectContaining({ code: 'table3-row-out-of-order', detail: { label: '囗囗囗囗' } }));
		expect(at('2.没有现成信息需要另行制作').map((c) => c.actual)).toEqual([2, 0, 0, 0, 0, 0, 2]);
	});
});

describe('表三 read with its cells (a Word or web table, a picture\'s grid)', () => {
	/** The model's 表三 as table rows with cells, as a grid gives them: the header's words, each label and its seven cells. */
	const gridLines = (): SourceLine[] => {
		const text = renderText(MODEL, 'spaces');
		const region = text.slice(text.indexOf('申请人情况'), text.indexOf('四、政府信息公开行政复议'));
		return region
			.trim()
			.split('\n')
			.map((line) => {
				const words = line.split(' ');
				const cells = words[0] === '申请人情况' ? words : [words[0], ...words.slice(1).map((w) => (w === '—' ? '' : w))];
				return { text: cells.join(' '), cells };
			});
	};

	it('names a row by its own label cell, not by the header before it: a first row whose 一、 OCR lost is not (七)总计 for the header\'s 总计', () => {
		const lines = gridLines();
		expect(lines[1].cells![0]).toBe('一、本年新收政府信息公开申请数量');
		lines[1] = { ...lines[1], cells: ['、本年晰收政府信息公开申访效量', ...lines[1].cells!.slice(1)], text: lines[1].text.replace('一、本年新收政府信息公开申请数量', '、本年晰收政府信息公开申访效量') };
		const { tables, problems } = readTable3({ kind: 't3', section: 's3', lines });
		expect(problems).toEqual([]);
		expect(tables[0].rows.filter((r) => !r.header).map((r) => r.values)).toEqual(MODEL.golden.t3);
	});

	it('takes no row for the 其他 a garbled label holds when the rows after it name rows before 3.其他', () => {
		// As a scan of Word's merged 表三 read them: (一)予以公开 garbled past matching, and (二)部分公开's
		// …不计其他情形) garbled so that its 其他 is the one mark left; the rows after it name their rows.
		const lines = gridLines();
		const relabel = (start: string, label: string) => {
			const at = lines.findIndex((l) => l.cells![0].startsWith(start));
			lines[at] = { cells: [label, ...lines[at].cells!.slice(1)], text: [label, ...lines[at].cells!.slice(1)].join(' ') };
		};
		relabel('(一)', '亿冯以公开');
		relabel('(二)', '全部分公天区分类下针只计这”情形下让其他形)');
		const { tables, problems } = readTable3({ kind: 't3', section: 's3', lines });
		expect(problems).toEqual([]);
		expect(tables[0].rows.filter((r) => !r.header).map((r) => r.values)).toEqual(MODEL.golden.t3);
	});

	it('places rows whose labels a poor scan garbled past matching by the table\'s shape: a value row where the template has one, blank rows only at its group headings', () => {
		// Every label unreadable (as at 72 dpi: 工本槐关不守姑相关政府偶上各), every value read.
		const garble = (l: SourceLine, i: number): SourceLine => (i === 0 ? l : { cells: ['囗'.repeat(6 + (i % 5)), ...l.cells!.slice(1)], text: '' });
		const lines = gridLines().map(garble);
		const { tables, problems } = readTable3({ kind: 't3', section: 's3', lines });
		expect(problems).toEqual([]);
		expect(tables[0].rows.filter((r) => !r.header).map((r) => r.values)).toEqual(MODEL.golden.t3);
		// A group heading's row not seen (merged across the row, no cells) is still the template's shape.
		expect(readTable3({ kind: 't3', section: 's3', lines: lines.filter((l) => l.cells!.slice(1).some((c) => c !== '')) }).tables[0].rows.filter((r) => !r.header).map((r) => r.values)).toEqual(MODEL.golden.t3);
		// A value row lost, or a heading's blank row where a row of values stands: not the shape, and no value
		// is placed in another row's place (those after the first blank row are not placed at all).
		const moved = gridLines().map(garble);
		[moved[3], moved[4]] = [moved[4], moved[3]];
		const secret = gridLines().findIndex((l) => l.cells![0] === '1.属于国家秘密');
		for (const shape of [lines.filter((_, i) => i !== secret), moved]) {
			const rows = readTable3({ kind: 't3', section: 's3', lines: shape }).tables[0]?.rows.filter((r) => !r.header) ?? [];
			rows.forEach((r, i) => r.values.forEach((v, c) => v === null || expect(v, `${r.label} [${c}]`).toBe(MODEL.golden.t3[i][c])));
			expect(rows.flatMap((r) => r.values).filter((v) => v !== null).length).toBeLessThan(30);
		}
	});

	it('does not place by shape a row whose label names another row', () => {
		const lines = gridLines();
		// The first row's label unreadable (so the landmarks do not place the rows in order), and
		// 2.没有现成信息需要另行制作 and 3.补正后申请内容仍不明确 swapped: the same shape, but the labels say otherwise.
		lines[1] = { ...lines[1], cells: ['、本年晰收政府信息公开申访效量', ...lines[1].cells!.slice(1)] };
		const at = lines.findIndex((l) => l.cells![0].startsWith('2.没有现成'));
		[lines[at], lines[at + 1]] = [lines[at + 1], lines[at]];
		const { tables } = readTable3({ kind: 't3', section: 's3', lines });
		const row = (label: string) => tables[0].rows.find((r) => r.label.startsWith(label))!.values;
		expect(row('3.补正后')).toEqual([1, 0, 0, 0, 0, 0, 1]);
		expect(row('2.没有现成')).not.toEqual([1, 0, 0, 0, 0, 0, 1]);
	});
});
