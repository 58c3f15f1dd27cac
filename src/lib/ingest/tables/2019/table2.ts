/** 表二 of a 2019-format report: one block per 第二十条 item, rows by the template's labels. */
import type { Problem, Table } from '../../../types';
import { problem } from '../../problems';
import { squeezeSpaces, withoutSpaces } from '../../../text/normalize';
import { cellsOf, noValue, splitLine, valueRuns } from '../split';
import type { ReadTables, Region } from './tables';
import { readCells, runLineOf } from '../cell-states';
import { T2_COLUMNS, T2_ITEM_LABELS, T2_ITEM_NAMES, T2_LABELS } from '../../../templates/template2019';

const ITEM = /第二十条第\(([一二三四五六七八九十]+)\)项/;
const NUM: Record<string, number> = { 一: 1, 五: 5, 六: 6, 八: 8, 九: 9 };
/** A block title alone on its line whose numeral OCR garbled (第二十条第(和信)项): its rows' labels name its item. */
const GARBLED_ITEM = /^第二十条第[^项]{1,4}项$/;

/** The item whose block holds every template label of these runs, if they hold any and all agree. */
function itemOfRows(labels: (string | null)[]): number | null {
	const items = new Set(labels.flatMap((l) => Object.entries(T2_ITEM_LABELS).filter(([, ls]) => l !== null && ls.includes(l)).map(([n]) => Number(n))));
	return items.size === 1 ? [...items][0] : null;
}

/**
 * The rest of a label wrapped in its cell below the row's values ("行政规范性文 6 2 41" then "件"): the
 * text after the values that completes the label to one of the template's, or nothing.
 */
function wrappedRest(text: string, following: string): string {
	if (T2_LABELS.some((l) => text.endsWith(l))) return '';
	for (const l of T2_LABELS)
		for (let cut = l.length - 1; cut >= 2; cut--) if (text.endsWith(l.slice(0, cut)) && following.startsWith(l.slice(cut))) return l.slice(cut);
	return '';
}

/** Every column name of 表二 in either template: words of a header, never of a row's label. */
const T2_COLUMN_NAMES = [...new Set(Object.values(T2_COLUMNS).flat(2))].sort((a, b) => b.length - a.length);

/** The row label a run's text holds: a template label, else the text less its header words (null if none is left). */
function t2Label(before: string, header: string[]): string | null {
	const text = withoutSpaces(before);
	// The label ending last wins; of two ending together (行政规范性文件, 规范性文件), the longer.
	let at = -1;
	let end = -1;
	for (const l of T2_LABELS) {
		const p = text.lastIndexOf(l);
		if (p >= 0 && (p + l.length > end || (p + l.length === end && p < at))) [at, end] = [p, p + l.length];
	}
	// PDF text in reading order can put a column's name after the label ("行政许可本年处理决定数量").
	if (at >= 0) return text.slice(at, end) + withoutColumnNames(text.slice(end), header);
	return withoutColumnNames(text.replace(/^信息内容/, ''), header) || null;
}

function withoutColumnNames(text: string, header: string[]): string {
	let rest = text;
	for (const name of [...header, ...T2_COLUMN_NAMES]) rest = rest.split(name).join('');
	return rest;
}

/**
 * 表二: blocks headed 第二十条第(X)项, each a header (信息内容 | columns…) and rows of a label and values,
 * whatever separates the cells. A header a converter replaced (数据1 …) or lost gives way to the
 * template's columns for that item with as many columns as the row has values.
 */
export function readTable2(region: Region): ReadTables {
	const tables: Table[] = [];
	const problems: Problem[] = [];
	const used = new Set<number>();
	const starts = region.lines.map((l, i) => (ITEM.test(withoutSpaces(l.text)) || GARBLED_ITEM.test(withoutSpaces(l.text)) ? i : -1)).filter((i) => i >= 0);
	/** The items a title names plainly: a garbled title takes none of them. */
	const plainly = new Set(starts.map((i) => ITEM.exec(withoutSpaces(region.lines[i].text))?.[1]));
	starts.forEach((start, b) => {
		const end = starts[b + 1] ?? region.lines.length;
		const title = withoutSpaces(region.lines[start].text);
		const item = ITEM.exec(title);
		// A row's values on the item's own line (text not cut before the item) would go unread: name them.
		const ahead = title.slice(0, item?.index ?? 0);
		if (item && /\d/.test(ahead)) problems.push(problem('table2-values-before-item', { text: ahead, item: item[1] }));
		const lines = region.lines.slice(start + 1, end);
		const headerLine = lines.find((l) => /^信息内容/.test(withoutSpaces(cellsOf(l)[0] ?? '')) && cellsOf(l).length > 1);
		const header = headerLine ? cellsOf(headerLine).slice(1).map((c) => withoutSpaces(squeezeSpaces(c))).filter(Boolean) : [];
		const generic = header.length === 0 || header.some((h) => /^数据\d+$/.test(h));
		let last = -1;
		const { runs, after } = valueRuns(lines);
		runs.forEach((run, k) => {
			const next = runs[k + 1];
			const rest = wrappedRest(withoutSpaces(run.before), withoutSpaces(next ? next.before : after));
			if (rest && next) next.before = withoutSpaces(next.before).slice(rest.length);
			run.before += rest;
		});
		const n = item ? (NUM[item[1]] ?? b + 1) : itemOfRows(runs.map((r) => t2Label(r.before, header)));
		// A garbled title names no item its rows do not, nor one a title names plainly.
		if (n === null || (!item && plainly.has(T2_ITEM_NAMES[n - 1]))) {
			problems.push(problem('table2-item-not-read', { text: title }));
			return;
		}
		const table: Table = { anchor: `t2-${n}`, title: `主动公开:第二十条第(${item?.[1] ?? T2_ITEM_NAMES[n - 1]})项`, columns: [], rows: [], section: region.section, source: '' };
		for (const run of runs) {
			// A block of one row whose label follows its values (PDF text in reading order): no other row can own it.
			const label = t2Label(run.before, header) ?? (runs.length === 1 ? t2Label(after, header) : null);
			// A row of no value at all under a label the template does not print is no row of figures (the
			// next part's heading and 表四's header read into the block when OCR garbled 四、): it stays text.
			if (label && !T2_LABELS.includes(label) && noValue(run)) continue;
			const columns = !generic && header.length === run.values.length ? header : T2_COLUMNS[n]?.find((c) => c.length === run.values.length);
			if (!label || !columns) {
				problems.push(problem('table2-row-width', { table: table.title, row: label ?? '', values: run.values.length, columns: header.length }));
				continue;
			}
			table.columns = columns;
			const raw = run.lines.flatMap((i) => splitLine(lines[i]).raw);
			const unit = columns.some((c) => c.includes('万元')) ? '万元' : raw.some((c) => /元$/.test(c)) ? '元' : '件';
			table.rows.push({ anchor: `${table.anchor}-r${table.rows.length + 1}`, path: [], label, unit, ...readCells(run.values, runLineOf(run.lines, run.values.length, lines), run.unread) });
			last = run.lines.reduce((m, i) => Math.max(m, i), last);
		}
		if (!table.rows.length) return;
		for (let i = start; i <= start + 1 + last; i++) used.add(i);
		table.source = region.lines.slice(start, start + 2 + last).map((l) => l.text).join('\n');
		tables.push(table);
	});
	return { tables, problems, used };
}
