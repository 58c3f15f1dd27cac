import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReport, ParseError } from '../../../src/lib/parse';
import { chineseNumeral } from '../../../src/lib/text/numerals';
import { seedText } from '../../helpers/seed';
import { letterBalance, lostLines } from '../../helpers/accounting';
import { bigTable, bigText, manyHeadings } from '../../../scripts/synthetic';
import { chineseNumeralOf } from '../../../scripts/numerals';

const SEED = seedText();
const SEED_LINES = SEED.split('\n');
const TRICKY = [
	'一、', '二、总体情况', '(一)', '（三）不予公开', '1.', '2、办理情况。正文', '①第一项', '(1)小项', '一是加强领导。',
	'指 标 |', '件 |', '— |', ' |', '3356 |', '- 3 -', '扫一扫在手机打开当前页', '当前位置:首页', '21 0 0 0 0 0 21',
	'第二十条第（一）项', '四、结转下年度继续办理 0 0 0 0 0 0 0', '(2019年2 月26日)', '<script>alert(1)</script>', '　', ''
];

/** Parses, or raises the documented error; anything else (a crash) fails the property. */
function parseOrError(text: string) {
	try {
		return parseReport(text, 'fuzz.txt').report;
	} catch (e) {
		expect(e).toBeInstanceOf(ParseError);
		expect((e as Error).message).toMatch(/^nianbao: fuzz\.txt: [^\n]+$/);
		return null;
	}
}

function expectNothingLost(text: string) {
	const report = parseOrError(text);
	if (!report) return;
	expect(lostLines(text, report)).toEqual([]);
	const balance = letterBalance(text, report);
	expect(balance.output).toBe(balance.input);
}

describe('the parser under random and mutated input', () => {
	it('parses or raises ParseError for random bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
				try {
					parseReport(bytes, 'fuzz.txt');
				} catch (e) {
					expect(e).toBeInstanceOf(ParseError);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('never loses text of the seed truncated anywhere', () => {
		fc.assert(fc.property(fc.integer({ min: 0, max: SEED.length }), (n) => expectNothingLost(SEED.slice(0, n))), { numRuns: 200 });
	});

	it('never loses text of the seed with its lines shuffled', () => {
		fc.assert(fc.property(fc.shuffledSubarray(SEED_LINES, { minLength: SEED_LINES.length }), (lines) => expectNothingLost(lines.join('\n'))), { numRuns: 150 });
	});

	it('never loses text when tricky lines are inserted, deleted or replaced', () => {
		const edit = fc.record({ at: fc.nat(), op: fc.constantFrom('insert', 'delete', 'replace'), line: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 })) });
		fc.assert(
			fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
				const lines = [...SEED_LINES];
				for (const { at, op, line } of edits) {
					const i = at % (lines.length + 1);
					if (op === 'insert') lines.splice(i, 0, line);
					else if (op === 'delete') lines.splice(i, 1);
					else lines[i] = line;
				}
				expectNothingLost(lines.join('\n'));
			}),
			{ numRuns: 300 }
		);
	});

	it('never loses text of documents made only of tricky lines', () => {
		fc.assert(fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }), (lines) => expectNothingLost(lines.join('\n'))), { numRuns: 300 });
	});
});

describe('the parser at scale', () => {
	it('reads a 5 MB text without losing a character', () => {
		const text = bigText(5_000_000, SEED_LINES[5]);
		expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
		const report = parseReport(text, 'big.txt').report;
		expect(report.sections.length).toBe(99);
		const balance = letterBalance(text, report);
		expect(balance.output).toBe(balance.input);
	});

	it('reads 10,000 headings into a tree with unique anchors', () => {
		const text = manyHeadings(10, 10, 99);
		const report = parseReport(text, 'headings.txt').report;
		const all = report.sections.flatMap((p) => [p, ...p.children, ...p.children.flatMap((s) => s.children)]);
		expect(all.length).toBe(10 + 100 + 9900);
		expect(new Set(all.map((s) => s.anchor)).size).toBe(all.length);
		expect(all.at(-1)!.anchor).toBe('s10-10-99');
		expect(lostLines(text, report)).toEqual([]);
	});

	it('reads a table of 10,000 rows', () => {
		const report = parseReport(bigTable(10_000), 'table.txt').report;
		const rows = report.tables[0].rows;
		expect(rows.length).toBe(10_001);
		expect(rows.at(-1)).toMatchObject({ anchor: 't1-r1-q10000', values: [10_000 % 97], unit: '件' });
		expect(new Set(rows.map((r) => r.anchor)).size).toBe(rows.length);
	});

	it('writes and reads Chinese numerals the same way (test helper against the parser)', () => {
		for (let n = 1; n < 100; n++) expect(chineseNumeral(chineseNumeralOf(n))).toBe(n);
	});
});
