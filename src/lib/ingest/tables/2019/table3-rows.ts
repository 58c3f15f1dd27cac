/**
 * Which of the template's rows a run of 表三's values is: by its label (the outline number and the marks
 * it holds), by its place among landmark rows, or by the table's shape where labels are unreadable.
 */
import { TABLE3, type TemplateRow, valueRows } from '../../../templates/template2019';
import { withoutSpaces } from '../../../text/normalize';
import type { SourceLine } from '../../source';
import { noValue, splitLine, type Run } from '../split';

/**
 * Where outline numbers start in a run's text: the text from the last one on is the label, what precedes
 * it the tail of earlier rows or header text. (Zero-width matches, one pass: /.*(…)$/ was quadratic.)
 */
const OUTLINE_NUMBER = /(?=[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、](?!\d))/g;
const fromLastNumber = (text: string) => {
	let at = -1;
	for (const m of text.matchAll(OUTLINE_NUMBER)) at = m.index;
	return at < 0 ? text : text.slice(at);
};

/**
 * Which template row a label names: from its last outline number on, the row with the longest mark in
 * it (禁止公开 over the 其他 of "其他法律…", 其他处理 over 其他); between equals, the one that stands first.
 */
export function rowNamed(text: string, rows: TemplateRow[]): number {
	const label = fromLastNumber(text);
	let best = -1;
	let at = Infinity;
	let length = 0;
	rows.forEach((r, i) => {
		for (const m of r.marks) {
			const p = label.indexOf(m);
			if (p >= 0 && (m.length > length || (m.length === length && p < at))) [best, at, length] = [i, p, m.length];
		}
	});
	return best;
}

/**
 * The rows a sequence of runs' labels name, with each name given by a two-character mark alone dropped (-1)
 * where it breaks the template's order. 其他 and 总计 stand in other text too: a label OCR garbled past its
 * own marks (全部分公天…其他形) for (二)部分公开's …不计其他情形) names 3.其他, and taken at its word, every
 * row after it would be out of order. The order is the longest sequence of the names that rises (patience
 * sorting: n log n in the runs); a longer mark names its row whatever the order (an agency's rows swapped).
 */
export function namesInOrder(named: number[], weak: boolean[]): number[] {
	// tails[k]: the index of the run ending the best rising sequence of k + 1 names; before[i]: the run before i in it.
	const tails: number[] = [];
	const before = new Array<number>(named.length).fill(-1);
	named.forEach((row, i) => {
		if (row < 0) return;
		let [lo, hi] = [0, tails.length];
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (named[tails[mid]] < row) lo = mid + 1;
			else hi = mid;
		}
		before[i] = lo > 0 ? tails[lo - 1] : -1;
		tails[lo] = i;
	});
	const rising = new Set<number>();
	for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = before[i]) rising.add(i);
	return named.map((row, i) => (weak[i] && !rising.has(i) ? -1 : row));
}

/** Whether a label names its row by a mark of two characters only (其他, 总计), not by a longer one. */
export const namedWeakly = (label: string, row: TemplateRow | undefined) => !!row && row.marks.every((m) => m.length <= 2 || !fromLastNumber(label).includes(m));

/**
 * The runs in the template's shape, placed in its order: a run with a value for each value row, a run of
 * blank cells only where the template has a group heading (or none: a heading merged across its row has
 * no cells), and no label that names another row instead of its own. A poor scan garbles labels past
 * matching (三,享年度办个彝, 工本槐关不守姑…) but not the table's shape; an OCR'd value still stands only
 * where the sums confirm it. Null where the runs are not in that shape.
 */
export function inShape(runs: Run[], template: TemplateRow[], lines: SourceLine[]): Run[] | null {
	const rows = valueRows(template);
	const out: Run[] = [];
	let at = 0;
	for (const t of template) {
		const run = runs[at];
		if (t.header) {
			if (run && noValue(run)) at++;
			continue;
		}
		if (!run || noValue(run)) return null;
		if (namesAnother(labelOf(run, lines), rows, out.length)) return null;
		out.push(run);
		at++;
	}
	return at === runs.length ? out : null;
}

/** Whether a label names a value row other than the `row`th. */
const namesAnother = (label: string, rows: TemplateRow[], row: number) => {
	const named = rowNamed(label, rows);
	return named >= 0 && named !== row;
};

/** Whether a run is one table row read with its cells (a Word or web table, a picture's grid). */
const hasCells = (run: Run, lines: SourceLine[]) => run.lines.length === 1 && !!lines[run.lines[0]].cells;

/**
 * The text that names a run's row: a table row read with its cells (a Word or web table, a picture's grid)
 * is named by its own label cells, not by the lines of text before it. A column header's 总计 before a
 * first row whose 一、 OCR lost (申请人情况 … 总计 / 、本年晰收…) would name (七)总计, and the rows after it
 * would all be out of order. Other runs (lines of text) are named by all the text since the last run.
 */
export function labelOf(run: Run, lines: SourceLine[]): string {
	const own = hasCells(run, lines) ? withoutSpaces(splitLine(lines[run.lines[0]]).label) : '';
	const before = withoutSpaces(run.before);
	return own && before.endsWith(own) ? own : before;
}

/** Whether a line names one of 表三's top-level rows (一、本年新收 … 四、结转下年度), which look like part headings. */
export function namesTableRow(text: string): boolean {
	const b = withoutSpaces(text);
	return TABLE3.template2021.some((r) => r.path.length === 0 && r.marks.some((m) => b.includes(m)));
}

/** Whether text holds the mark of a value row other than `row` (marks of two characters, 其他 and 总计, also stand in headers). */
export const namesOtherRow = (text: string, rows: TemplateRow[], row: number) =>
	rows.some((r, i) => i !== row && r.marks.some((m) => m.length > 2 && text.includes(m)));

/** A group row (三、本年度办理结果, (三)不予公开 …) printed with placeholder cells ("—") is not a row of values. */
export function isGroupHeader(run: Run, template: TemplateRow[]): boolean {
	if (!noValue(run)) return false;
	const named = rowNamed(withoutSpaces(run.before), template);
	return named >= 0 && !!template[named].header;
}

/** A landmark row (新收, 上年结转, 予以公开, 总计, 结转下年度) placed in order must carry its label, when the source gives one. */
const LANDMARKS = new Set(['r1', 'r2', 'r3-1', 'r3-7', 'r4']);
export function landmarkFits(row: TemplateRow, label: string): boolean {
	const b = withoutSpaces(label);
	return !LANDMARKS.has(row.id) || !/[\u4e00-\u9fff]{4}/.test(b) || row.marks.some((m) => b.includes(m));
}
