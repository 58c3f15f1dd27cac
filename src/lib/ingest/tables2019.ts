import type { Table, TableRow } from '../types';
import type { SourceLine } from './source';
import { readCell, cellValue } from './cells';
import { squeezeSpaces } from './normalize';
import { T3_COLUMNS, T4_COLUMNS, TABLE2_KEYS, TABLE3, TABLE4, valueRows, type TemplateRow } from './template2019';

export type TableKind = 'b2' | 'b3' | 'b4';

export interface Region {
	kind: TableKind;
	section: string;
	lines: SourceLine[];
}

interface Split {
	label: string;
	values: (number | null)[];
	/** Values that are blank cells (only HTML tables and PDF coordinates can tell). */
	raw: string[];
}

const isValue = (s: string) => {
	const c = readCell(s);
	return c.kind === 'number' || c.kind === 'blank';
};

/** A line as label and trailing values: table cells where the form has them, else trailing numbers. */
export function splitLine(line: SourceLine): Split {
	if (line.cells) {
		let i = line.cells.length;
		while (i > 0 && isValue(line.cells[i - 1])) i--;
		const raw = line.cells.slice(i);
		return { label: squeezeSpaces(line.cells.slice(0, i).join(' ')), values: raw.map((c) => cellValue(readCell(c))), raw };
	}
	const tokens = line.text.trim().split(/\s+/);
	let i = tokens.length;
	while (i > 0 && readCell(tokens[i - 1]).kind === 'number') i--;
	const raw = tokens.slice(i);
	return { label: squeezeSpaces(tokens.slice(0, i).join(' ')), values: raw.map((c) => cellValue(readCell(c))), raw };
}

function place(anchor: string, title: string, columns: string[], section: string, lines: SourceLine[], template: TemplateRow[], rows: (number | null)[][]): Table {
	let at = 0;
	const out: TableRow[] = template.map((t) => {
		const values = t.header ? columns.map(() => null) : rows[at++];
		const row: TableRow = { anchor: `${anchor}-${t.id}`, path: t.path, label: t.label, unit: '件', values };
		if (t.header) {
			row.header = true;
			row.unit = null;
		}
		if (t.keys) row.keys = columns.map((_, i) => t.keys![i] ?? null);
		return row;
	});
	return { anchor, title, columns, rows: out, section, source: lines.map((l) => l.text).join('\n') };
}

/**
 * 表三: the template fixes 25 rows of 7 numbers (23 where (六)其他处理 is one row). The rows of
 * numbers are taken in order; if their count fits neither, nothing is placed and the problem is said.
 */
/**
 * Rows whose place in 表三 is unmistakable, with a word their source label must contain: a row of
 * numbers landing there under another label means the count matched by accident.
 */
const T3_LANDMARKS: Record<string, string> = { r1: '新收', r2: '上年结转', 'r3-1': '予以公开', 'r3-7': '总计', r4: '结转下年度' };

export interface ReadTables {
	tables: Table[];
	problems: string[];
}

export function readTable3(region: Region): ReadTables {
	const rows = region.lines.map(splitLine).filter((s) => s.values.length === 7);
	const counts = { three: valueRows(TABLE3.three).length, one: valueRows(TABLE3.one).length };
	const which = rows.length === counts.three ? 'three' : rows.length === counts.one ? 'one' : null;
	if (!which) {
		return {
			tables: [],
			problems: [`表三: found ${rows.length} rows of 7 values where the template has ${counts.three} (or ${counts.one}); the numbers cannot be placed with confidence`]
		};
	}
	const template = TABLE3[which];
	const problems = valueRows(template)
		.map((t, i) => ({ t, label: rows[i].label, word: T3_LANDMARKS[t.id] }))
		.filter(({ label, word }) => word && /[\u4e00-\u9fff]{4}/.test(label) && !label.includes(word))
		.map(({ t, label }) => `表三: the row placed as "${t.label}" is labelled "${label}" in the source`);
	if (problems.length) return { tables: [], problems };
	return { tables: [place('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, region.section, region.lines, template, rows.map((r) => r.values))], problems };
}

/** 表四: one row of 15 values, 行政复议 then the two kinds of 行政诉讼, five columns each. */
export function readTable4(region: Region): ReadTables {
	const splits = region.lines.map(splitLine);
	let values = splits.find((s) => s.values.length === 15)?.values;
	if (!values) {
		const loose = splits.filter((s) => s.label === '').flatMap((s) => s.values);
		if (loose.length === 15) values = loose;
	}
	if (!values) return { tables: [], problems: ['表四: no row of 15 values found; the numbers cannot be placed with confidence'] };
	const rows = [values.slice(0, 5), values.slice(5, 10), values.slice(10, 15)];
	return { tables: [place('t4', '政府信息公开行政复议、行政诉讼情况', T4_COLUMNS, region.section, region.lines, TABLE4, rows)], problems: [] };
}

const ITEM = /第二十条第\(([一二三四五六七八九十]+)\)项/;
const NUM: Record<string, number> = { 一: 1, 五: 5, 六: 6, 八: 8, 九: 9 };

/** 表二: blocks headed 第二十条第(X)项, each a header (信息内容 | columns…) and rows of label and values. */
export function readTable2(region: Region): ReadTables {
	const tables: Table[] = [];
	const problems: string[] = [];
	let current: Table | null = null;
	let lines: SourceLine[] = [];
	for (const line of region.lines) {
		const text = squeezeSpaces(line.text).replace(/\s/g, '');
		const item = ITEM.exec(text);
		if (item) {
			const n = NUM[item[1]] ?? tables.length + 1;
			lines = [line];
			current = { anchor: `t2-${n}`, title: `主动公开:第二十条第(${item[1]})项`, columns: [], rows: [], section: region.section, source: '' };
			tables.push(current);
			continue;
		}
		if (!current) continue;
		lines.push(line);
		current.source = lines.map((l) => l.text).join('\n');
		const cells = line.cells ?? line.text.trim().split(/\s+/);
		if (/^信息内容/.test(squeezeSpaces(cells[0] ?? ''))) {
			current.columns = cells.slice(1).map((c) => squeezeSpaces(c).replace(/\s/g, '')).filter(Boolean);
			continue;
		}
		const s = splitLine(line);
		if (!s.label || s.values.length === 0) continue;
		const label = s.label.replace(/\s/g, '');
		if (s.values.length !== current.columns.length) {
			problems.push(`表二 ${current.title}: row "${label}" has ${s.values.length} values for ${current.columns.length} columns`);
			continue;
		}
		const keys = TABLE2_KEYS[label];
		const unit = current.columns.some((c) => c.includes('万元')) ? '万元' : s.raw.some((c) => /元$/.test(c)) ? '元' : '件';
		const row: TableRow = { anchor: `${current.anchor}-r${current.rows.length + 1}`, path: [], label, unit, values: s.values };
		if (keys) row.keys = current.columns.map((c) => keys[c] ?? null);
		current.rows.push(row);
	}
	return { tables: tables.filter((t) => t.rows.length > 0), problems };
}
