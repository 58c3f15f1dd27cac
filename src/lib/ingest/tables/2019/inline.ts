import type { Problem } from '../../../types';
import { problem } from '../../problems';
import { splitsBySums } from '../split';
import { ROW_SUM } from './tables';
import { T2_COLUMNS, T2_LABELS } from '../../../templates/template2019';
import { TABLE3, type TemplateRow } from '../../../templates/template2019';

/**
 * 2019 tables whose cells a crawler ran together (BeautifulSoup's get_text() with no separator over a
 * minified page): "规章003行政规范性文件6241", "(一)予以公开122001015(二)部分公开…", "…总计210141000101001".
 * Collapsed text is cut into lines by spaces, so such a table would be one line. Here each row is put
 * on a line of its own, found by the template's labels in the template's order, so the table readers
 * see a row a line and split its digits only where the template's sums leave one way (ingest/tables/2019/tables.ts).
 * 表二's rows have no sum: a row's digits are split only where one split exists at all (no number
 * starts with 0: "003" is 0 | 0 | 3; a minus sign starts a number: "0-23" is 0 | -2 | 3 only in three
 * columns), else the row is left as it came, no cell read from it, and named.
 */

const PART = (title: string) => new RegExp(String.raw`[一二三四五六七八九十]、${title}`);
const B2 = PART('主动公开政府信息情况');
const B3 = PART('收到和处理政府信息公开申请情况');
const B4 = PART('政府信息公开行政复议、行政诉讼情况');
const NEXT = /[一二三四五六七八九十]、(?:存在的主要问题|其他需要报告)/;

/** The text between two part titles, as [start, end) offsets; null when either is missing. */
function between(text: string, from: RegExp, to: RegExp): [number, number] | null {
	const a = from.exec(text);
	if (!a) return null;
	const start = a.index + a[0].length;
	const b = to.exec(text.slice(start));
	return [start, b ? start + b.index : text.length];
}

const ITEM = /第二十条第\(([一二三四五六七八九十]+)\)项/g;
const ITEM_NUMBER: Record<string, number> = { 一: 1, 五: 5, 六: 6, 八: 8, 九: 9 };
// Longest first, so 行政规范性文件 is not read as 规范性文件.
const T2_ROW = new RegExp(`(${[...T2_LABELS].sort((a, b) => b.length - a.length).join('|')})(-?\\d[\\d.-]*)`, 'g');

/** A cell of 表二: a number that never starts with 0 unless it is 0 (or 0.x), negative in 本年增/减, with decimals in 金额. */
const T2_CELL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * The ways to cut run-together cells into `width` numbers (at most two: one is all that is needed), by a
 * dynamic programme over positions: from each position, where a cell may end is a range or two (its
 * integer part, then its decimals), so counting the cuts of the rest (capped at two) is linear in the
 * digits times the width, whatever their length.
 */
export function cellSplits(digits: string, width: number): string[][] {
	const n = digits.length;
	const digitRun = new Int32Array(n + 1);
	for (let i = n - 1; i >= 0; i--) digitRun[i] = /\d/.test(digits[i]) ? digitRun[i + 1] + 1 : 0;
	/** Where a cell starting at `at` may end: [from, to] ranges of end positions (T2_CELL's shape). */
	const ends = (at: number): [number, number][] => {
		const sign = digits[at] === '-' ? 1 : 0;
		const start = at + sign;
		const run = digitRun[start] ?? 0;
		if (run === 0) return [];
		const whole: [number, number] = digits[start] === '0' ? [start + 1, start + 1] : [start + 1, start + run];
		const out: [number, number][] = [whole];
		const point = whole[1];
		if (digits[point] === '.' && digitRun[point + 1] > 0) out.push([point + 2, point + 1 + digitRun[point + 1]]);
		return out;
	};
	// ways[k][i]: cuts of digits[i..] into k cells, counted up to 2; prefix sums make a range one lookup.
	let ways = new Float64Array(n + 2);
	ways[n] = 1;
	const table: Float64Array[] = [ways];
	for (let k = 1; k <= width; k++) {
		const sums = new Float64Array(n + 2);
		for (let i = n; i >= 0; i--) sums[i] = sums[i + 1] + ways[i];
		const next = new Float64Array(n + 2);
		for (let i = 0; i < n; i++) next[i] = Math.min(2, ends(i).reduce((w, [a, b]) => w + sums[a] - sums[b + 1], 0));
		ways = next;
		table.push(ways);
	}
	const found: string[][] = [];
	const walk = (at: number, k: number, parts: string[]) => {
		if (found.length >= 2) return;
		if (k === 0) {
			if (at === n) found.push(parts);
			return;
		}
		for (const [a, b] of ends(at)) for (let end = a; end <= b && found.length < 2; end++) if (table[k - 1][end] > 0) walk(end, k - 1, [...parts, digits.slice(at, end)]);
	};
	if (table[width][0] > 0) walk(0, width, []);
	return found;
}

/** 表二: each row on its own line, its run-together digits split where only one split exists. */
function table2(text: string, problems: Problem[]): string {
	const items = [...text.matchAll(ITEM)];
	const before = text.slice(0, items[0]?.index ?? text.length);
	return before + items
		.map((item, k) => {
			const end = items[k + 1]?.index ?? text.length;
			const block = text.slice(item.index, end);
			const n = ITEM_NUMBER[item[1]];
			const first = block.search(T2_ROW);
			const header = first < 0 ? block : block.slice(0, first);
			// The columns are the template variant whose every name the header holds.
			const width = T2_COLUMNS[n]?.find((cols) => cols.every((c) => header.includes(c)))?.length;
			const rows = block.replace(T2_ROW, (_, label: string, digits: string) => {
				if (width === 1 || width === undefined) return `\n${label} ${digits}\n`;
				const splits = cellSplits(digits, width);
				if (splits.length === 1) return `\n${label} ${splits[0].join(' ')}\n`;
				problems.push(problem('table2-cells-run-together', { row: label, text: digits, columns: width, splits: splits.length }));
				// Left as it came (no cell is read from it), so its digits stay in the report's text.
				return `\n${label}${digits}\n`;
			});
			return `\n${rows}`;
		})
		.join('');
}

/** The outline number a template row's label starts with: "(一)", "1.", "一、". */
export const numberOf = (label: string) => /^(\([一二三四五六七八九十]+\)|\d+\.|[一二三四五六七八九十]+、)/.exec(label)?.[1] ?? '';

/** 表三: a line before each template row's number, rows found by their marks in the template's order. */
function table3(text: string): string {
	const rows = /逾期不补正|缴纳费用/.test(text) ? TABLE3.template2021 : TABLE3.trial2019;
	const cuts: { at: number; row: number }[] = [];
	let cursor = 0;
	rows.forEach((row, r) => {
		const at = row.marks.map((m) => text.indexOf(m, cursor)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
		if (at === undefined) return;
		const number = numberOf(row.label);
		const from = Math.max(cursor, at - 40);
		const window = text.slice(from, at);
		const p = Math.max(window.lastIndexOf(number), window.lastIndexOf(number.replace('.', '、')));
		if (p >= 0) cuts.push({ at: from + p, row: r });
		cursor = at + 1;
	});
	const segments = cuts.map((c, k) => ({ row: c.row, text: text.slice(c.at, cuts[k + 1]?.at ?? text.length) }));
	const split = splitByColumnSums(segments.map((s) => ({ row: rows[s.row], digits: /(\d{7,21})\s*$/.exec(s.text)?.[1] ?? null })), rows);
	const head = text.slice(0, cuts[0]?.at ?? text.length);
	return [head, ...segments.map((s, k) => (split[k] ? s.text.replace(/\d{7,21}(?=\s*$)/, ` ${split[k]!.join(' ')}`) : s.text))].join('\n');
}

/** 表三's group of result rows, (一)予以公开 … (七)总计, whose column sums (七) states. */
const RESULTS = '三、本年度办理结果';
/** Candidate splits kept per row; a row with more is left to ingest/tables/2019/tables.ts, which names it. */
const MAX_SPLITS = 40;
/** Combinations of the open rows' splits tried against the column sums. */
const MAX_COMBINATIONS = 200_000;

/**
 * The run-together digits of 表三's rows, split where the template's sums leave one way: each row's
 * 总计 = its six columns, and per column (七)总计 = (一)…(六) and 一 + 二 = (七)总计 + 四. Every
 * combination of the rows' splits that satisfies the row sums is tried against the column sums a
 * found row takes part in; a row is split only when every combination that adds up splits it the same.
 */
function splitByColumnSums(found: { row: TemplateRow; digits: string | null }[], rows: TemplateRow[]): (number[] | null)[] {
	// A row whose search reached its bound has no options: it is left to tables2019.ts, which names it.
	const options = found.map((f) => (f.digits && !f.row.header ? splitsBySums(f.digits, ROW_SUM, MAX_SPLITS + 1).splits : []));
	const at = (id: string) => found.findIndex((f) => f.row.id === id);
	const results = rows.filter((r) => !r.header && r.path[0] === RESULTS && r.id !== 'r3-7').map((r) => r.id);
	const sums: { plus: number[]; minus: number[] }[] = [
		{ plus: results.map(at), minus: [at('r3-7')] },
		{ plus: [at('r1'), at('r2')], minus: [at('r3-7'), at('r4')] }
	].filter((s) => [...s.plus, ...s.minus].every((i) => i >= 0 && options[i].length >= 1 && options[i].length <= MAX_SPLITS));
	const open = found.map((_, i) => i).filter((i) => options[i].length > 1 && options[i].length <= MAX_SPLITS && sums.some((s) => [...s.plus, ...s.minus].includes(i)));
	const combinations = open.reduce((n, i) => n * options[i].length, 1);
	const chosen = found.map((_, i) => (options[i].length === 1 ? options[i][0] : null));
	if (open.length === 0 || combinations > MAX_COMBINATIONS) return chosen;
	const agreed: (string | null | undefined)[] = open.map(() => undefined);
	const pick = open.map(() => 0);
	for (let n = 0; n < combinations; n++) {
		let k = n;
		open.forEach((i, j) => {
			pick[j] = k % options[i].length;
			k = Math.floor(k / options[i].length);
		});
		const value = (i: number) => {
			const j = open.indexOf(i);
			return j >= 0 ? options[i][pick[j]] : options[i][0];
		};
		const holds = sums.every((s) => [0, 1, 2, 3, 4, 5, 6].every((c) => s.plus.reduce((a, i) => a + value(i)[c], 0) === s.minus.reduce((a, i) => a + value(i)[c], 0)));
		if (!holds) continue;
		open.forEach((i, j) => {
			const key = value(i).join(' ');
			agreed[j] = agreed[j] === undefined || agreed[j] === key ? key : null;
		});
	}
	open.forEach((i, j) => {
		if (agreed[j]) chosen[i] = agreed[j]!.split(' ').map(Number);
	});
	return chosen;
}

/**
 * Each table's part is cut only where its own cells ran together, so a report whose tables kept their
 * spaces is read as before: 表二 where a row's label runs into its digits ("规章003"), 表三 where a
 * label runs into seven or more ("予以公开122001015"), 表四 where fifteen digits stand together.
 */
const T2_RUN = new RegExp(`(?:${T2_LABELS.join('|')})-?\\d`);
const T3_RUN = /[\u4e00-\u9fff)”]\d{7,}/;
const T4_RUN = /\d{15,45}/;

export function cutRunTogetherTables(text: string): { text: string; problems: Problem[] } {
	const problems: Problem[] = [];
	const parts: [[number, number] | null, RegExp, (t: string) => string][] = [
		[between(text, B2, B3), T2_RUN, (t) => table2(t, problems)],
		[between(text, B3, B4), T3_RUN, table3],
		// 表四: its fifteen digits on a line of their own, as readTable4 reads them.
		[between(text, B4, NEXT), T4_RUN, (t) => t.replace(T4_RUN, '\n$&\n')]
	];
	let out = text;
	// From the last part back, so the offsets of the parts before stay right.
	for (const [range, run, cut] of parts.filter((p) => p[0]).sort((a, b) => b[0]![0] - a[0]![0])) {
		const [start, end] = range!;
		const part = out.slice(start, end);
		if (run.test(part)) out = out.slice(0, start) + cut(part) + out.slice(end);
	}
	return { text: out, problems };
}
