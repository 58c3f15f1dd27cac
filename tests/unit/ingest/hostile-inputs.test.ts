/**
 * Inputs shaped to cost more than their size (issue 24). Each once took minutes or overflowed the stack;
 * here each is read to the end and its result checked. Times are not asserted (npm run bench:hostile
 * prints them); sizes are chosen so that the old code ran past the test's time limit or crashed.
 */
import { describe, expect, it } from 'vitest';
import { parseFile, parseReport, ParseError } from '../../../src/lib/parse';
import { MAX_SPLIT_STEPS, splitsBySums } from '../../../src/lib/ingest/tables/split';
import { cellSplits } from '../../../src/lib/ingest/tables/2019/inline';
import { cuts } from '../../../src/lib/ingest/tables/run-together';
import { unbar } from '../../../src/lib/ingest/forms/text/collapsed';
import { readTable3 } from '../../../src/lib/ingest/tables/2019/tables';
import { groupLines } from '../../../src/lib/ingest/forms/pdf/lines';
import { withoutFurniture } from '../../../src/lib/ingest/forms/pdf/furniture';
import { unspan } from '../../../src/lib/ingest/forms/markdown/spans';
import { xmlShape } from '../../../src/lib/ingest/forms/word/docx-limits';
import { BudgetedZip } from '../../../src/lib/ingest/forms/word/zip';
import * as shapes from '../../../scripts/hostile-shapes';
import { seedText } from '../../helpers/seed';

const SEED = seedText();
const T4 = { groups: 3, size: 5 };

describe('digits run together are split by a search bounded by the template sums', () => {
	it('tries at most a bounded number of values for 45 ones in 表四, and finds no split that adds up', () => {
		const search = splitsBySums('1'.repeat(45), T4);
		expect(search.capped).toBe(false);
		expect(search.steps).toBeLessThan(MAX_SPLIT_STEPS);
		expect(search.splits).toEqual([]);
	});

	it('splits 表四 values of two and three digits run together the one way every 总计 adds up', () => {
		const digits = shapes.table4Digits(34);
		const { splits, capped } = splitsBySums(digits, T4);
		expect(capped).toBe(false);
		expect(splits).toHaveLength(1);
		const [v] = splits;
		for (const o of [0, 5, 10]) expect(v[o] + v[o + 1] + v[o + 2] + v[o + 3]).toBe(v[o + 4]);
		expect(v.join('')).toBe(digits);
	});

	it('reads 表四 from a report whose 33 cells ran together into ones, naming the table unread', () => {
		const { report } = parseReport(shapes.table4Report('1'.repeat(33)), 'ones.txt');
		// The template's 表四 stands with every cell unread: no value is taken from digits no sum cuts.
		const t4 = report.tables.find((t) => t.anchor === 't4')!;
		expect(t4.rows.flatMap((r) => r.values).every((v) => v === null)).toBe(true);
		expect(t4.rows.flatMap((r) => r.states ?? []).every((s) => s === 'unread')).toBe(true);
		expect(report.problems.map((p) => p.code)).toContain('table4-cells-run-together');
	});

	it('gives up at its step bound with no split at all: the row is unread, never a guess', () => {
		const search = splitsBySums(shapes.table4Digits(34), T4, 2, 50);
		expect(search).toEqual({ splits: [], steps: 50, capped: true });
	});

	it('keeps a 表三 row split only where one split adds up ("1000001" is 1 0 0 0 0 0 1)', () => {
		expect(splitsBySums('1000001', { groups: 1, size: 7 }).splits).toEqual([[1, 0, 0, 0, 0, 0, 1]]);
		expect(splitsBySums('1'.repeat(21), { groups: 1, size: 7 }).capped).toBe(false);
	});

	it('cuts 表二 cells of 2,000 run-together digits in one pass, and names the row when more than one cut exists', () => {
		expect(cellSplits('1'.repeat(2000), 3)).toHaveLength(2);
		expect(cellSplits('0-23', 3)).toEqual([['0', '-2', '3']]);
		expect(cellSplits('003', 3)).toEqual([['0', '0', '3']]);
		const { report } = parseReport(shapes.table2Collapsed(2000), 'b2.txt');
		expect(report.problems.find((p) => p.code === 'table2-cells-run-together')?.detail).toMatchObject({ row: '规章', splits: 2 });
		const rule = report.tables.find((t) => t.anchor.startsWith('t2-'))!.rows.find((r) => r.label === '规章')!;
		expect(rule.values.every((v) => v === null)).toBe(true);
		expect(rule.states!.every((s) => s === 'unread')).toBe(true);
	});

	it('cuts a 2008 row of a million digits into no numbers (none can be summed exactly past 15 digits)', () => {
		expect(cuts('1'.repeat(1_000_000), 2)).toEqual([]);
		expect(cuts('4251516', 2)).toHaveLength(6);
		expect(cuts('1'.repeat(30), 2)).toEqual([[111111111111111, 111111111111111]]);
	});
});

describe('regular expressions and loops over long runs', () => {
	it('reads collapsed text with 120,000 digits before (一)予以公开', () => {
		const { report } = parseReport(shapes.collapsedDigits(120_000), 'digits.txt');
		expect(report.sections.length).toBeGreaterThan(0);
	});

	it('keeps a blank between two values of a collapsed pipe table, and only there', () => {
		expect(unbar('3 | | 5 | | 7')).toBe('3 - 5 - 7');
		expect(unbar('| 3 | | | 5 |')).toBe(' 3 5 ');
		expect(unbar('a | | 5')).toBe('a 5');
	});

	it('reads a whole document of 320,000 characters on one line', () => {
		const { report } = parseReport(shapes.oneLongLine(320_000), 'line.txt');
		expect(report.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['总体情况', '其他']));
	});

	it('reads an HTML page with a 320,000-character line of years above the article, and takes no title from it', () => {
		const { report } = parseReport(shapes.longLineAbove(320_000, SEED), 'above.html');
		expect(report.title).toBe(parseReport(SEED, 'seed.txt').report.title);
	});

	it('names a 表三 row from a label of 320,000 characters with no outline number', () => {
		const read = readTable3({ kind: 't3', section: 's3', lines: [{ text: `${'本'.repeat(320_000)} 1 0 0 0 0 0 1` }] });
		expect(read.tables).toEqual([]);
	});

	it('reads 32,000 one-character runs down one column as one stacked label', () => {
		const lines = groupLines(shapes.columnRuns(32_000));
		expect(lines).toHaveLength(1);
		expect(lines[0].text).toHaveLength(32_000);
	});

	it('drops a table header repeated at the top of each of 500 pages, keeping its first printing', () => {
		const pages = shapes.repeatedPages(500, 60);
		const { lines, dropped } = withoutFurniture(pages);
		expect(dropped).toHaveLength(499 * 3);
		expect(lines.slice(0, 3).map((l) => l.text)).toEqual(pages[0].slice(0, 3).map((l) => l.text));
	});
});

describe('nesting and sizes that overflowed the stack', () => {
	it.each(['div', 'b', 'table'] as const)('reads a report nested 20,000 <%s> deep, its text and tables as in the plain file', (tag) => {
		const plain = parseReport(SEED, 'seed.txt').report;
		const { report } = parseReport(shapes.nestedHtml(20_000, tag, SEED), 'deep.html');
		expect(report.sections.map((s) => s.title)).toEqual(plain.sections.map((s) => s.title));
		expect(report.tables.flatMap((t) => t.rows.map((r) => r.values))).toEqual(plain.tables.flatMap((t) => t.rows.map((r) => r.values)));
	});

	it('lines up a Markdown table of 200,000 rows', () => {
		const rows = Array.from({ length: 200_000 }, (_, i) => ['其中:第项指标', '件', String(i)]);
		const { rows: out } = unspan([['指标', '单位', '数量'], ...rows]);
		expect(out).toHaveLength(200_001);
		expect(out.at(-1)).toEqual(['其中:第项指标', '件', '199999']);
	});
});

describe('DOCX files that cost far more than their size are refused before mammoth reads them', () => {
	const refusal = async (bytes: Uint8Array) => {
		const error = await parseFile(bytes, 'bomb.docx').then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ParseError);
		const message = (error as Error).message;
		expect(message).toMatch(/^nianbao: bomb\.docx: DOCX refused: [^\n]+$/);
		return message;
	};

	it('refuses a report inside 1,000 nested tables with its depth named', async () => {
		expect(await refusal(shapes.nestedTablesDocx(1_000, SEED))).toContain('nests elements 3005 deep, over the 600-level limit (MAX_DOCX_DEPTH)');
	});

	it('reads a report inside 150 nested tables (layout tables unwrapped)', async () => {
		const { report } = await parseFile(shapes.nestedTablesDocx(150, SEED), 'nested.docx');
		expect(report.sections.map((s) => s.title)).toEqual(parseReport(SEED, 'seed.txt').report.sections.map((s) => s.title));
	});

	it('refuses 400,000 empty paragraphs in a small file by their count', async () => {
		expect(await refusal(shapes.manyParagraphsDocx(400_000, SEED))).toContain('more than 200,000 elements (MAX_DOCX_ELEMENTS)');
	});

	it('refuses a footnotes part inflating to 300 MB after inflating no more than the budget', async () => {
		expect(await refusal(shapes.footnoteBombDocx(300 * 1048576, SEED))).toContain('its parts inflate to more than 100 MB (MAX_INFLATED_BYTES)');
	});

	it('refuses XML parts of more than 16 MB, however well they compress', async () => {
		expect(await refusal(shapes.footnoteBombDocx(20 * 1048576, SEED))).toContain('its XML parts hold more than 16 MB (MAX_DOCX_XML_BYTES)');
	});

	it('reads a report whose footnotes are large but within bounds, footnote text kept', async () => {
		const { report, text } = await parseFile(shapes.footnoteBombDocx(2 * 1048576, SEED), 'notes.docx');
		expect(report.sections.length).toBeGreaterThan(0);
		expect(text).toContain('xxxx');
	});

	it('counts every read of every part against one budget', () => {
		const file = shapes.docx(shapes.docxBody(SEED));
		const size = new BudgetedZip(file).read('word/document.xml')!.length;
		const zip = new BudgetedZip(file, 1.5 * size);
		expect(zip.read('word/document.xml')).toHaveLength(size);
		expect(() => zip.read('word/document.xml')).toThrow('MAX_INFLATED_BYTES');
	});

	it('measures XML elements and depth in one pass, self-closing and declarations included', () => {
		expect(xmlShape('<?xml version="1.0"?><a><b/><c><d>x</d></c><!-- <e> --></a>')).toEqual({ elements: 4, depth: 3 });
		expect(xmlShape('<a><w:lvlText w:val="%1>"/><b/></a>')).toEqual({ elements: 3, depth: 2 });
	});
});
