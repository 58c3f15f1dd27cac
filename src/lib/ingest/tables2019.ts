import type { Table, TableRow } from '../types';
import type { SourceLine } from './source';
import { squeezeSpaces } from './normalize';
import { cellsOf, splitLine, splitsOf, valueRuns, type Run } from './split';
import { T3_COLUMNS, T4_COLUMNS, TABLE3, TABLE4, valueRows, type TemplateRow } from './template2019';

export type TableKind = 'b2' | 'b3' | 'b4';

export interface Region {
	kind: TableKind;
	section: string;
	lines: SourceLine[];
}

export interface ReadTables {
	tables: Table[];
	problems: string[];
	/** Indexes of the region's lines the tables hold in their `source`; the others stay section text. */
	used: Set<number>;
}

/** The lines from the region's start to the last one a table read: headers belong to the table, what follows does not. */
const upTo = (last: number) => new Set(Array.from({ length: last + 1 }, (_, i) => i));
const sourceOf = (lines: SourceLine[], used: Set<number>) => lines.filter((_, i) => used.has(i)).map((l) => l.text).join('\n');
const bare = (s: string) => s.replace(/\s/g, '');

function place(anchor: string, title: string, columns: string[], section: string, source: string, template: TemplateRow[], rows: (number | null)[][]): Table {
	let at = 0;
	const out: TableRow[] = template.map((t) => {
		if (t.header) return { anchor: `${anchor}-${t.id}`, path: t.path, label: t.label, unit: null, values: columns.map(() => null), header: true };
		return { anchor: `${anchor}-${t.id}`, path: t.path, label: t.label, unit: '件', values: rows[at++] };
	});
	return { anchor, title, columns, rows: out, section, source };
}

/** Each row's 总计 (last value) is the sum of the six before it: the sum 表三 states for every row. */
const rowAddsUp = (v: number[]) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];

/** Which template row a label names: the one whose mark stands last in it (header text may precede the label). */
function rowNamed(label: string, rows: TemplateRow[]): number {
	let best = -1;
	let at = -1;
	rows.forEach((r, i) => {
		for (const m of r.marks) {
			const p = label.lastIndexOf(m);
			if (p > at || (p === at && p >= 0 && m.length > 1)) [best, at] = [i, p];
		}
	});
	return best;
}

/**
 * Cells run together with their label ("1.属于国家秘密1000001"): recovered only where exactly one split
 * of the digits into seven numbers makes the row's 总计 the sum of its six columns.
 */
function runTogether(lines: SourceLine[], problems: string[]): Run[] {
	const runs: Run[] = [];
	lines.forEach((line, i) => {
		const m = /^(.*[^\d\s.])(\d{7,21})$/.exec(bare(line.text));
		if (!m || splitLine(line).values.length > 0) return;
		const splits = splitsOf(m[2], 7, rowAddsUp);
		if (splits.length === 1) runs.push({ before: m[1], values: splits[0], lines: [i] });
		else {
			runs.push({ before: m[1], values: Array(7).fill(null), lines: [i] });
			problems.push(`表三: "${m[1]}${m[2]}" runs its cells together and ${splits.length ? 'more than one' : 'no'} split adds up; left blank`);
		}
	});
	return runs;
}

/**
 * 表三: the template fixes 25 rows of 7 values (23 where (六)其他处理 is one row). When the runs of seven
 * values number exactly that and the landmark rows carry their labels, they are placed in order.
 * Otherwise each run is placed at the template row its label names, in the template's order; a run with
 * no recognisable label takes the next row. Rows left without values are blank (null) and named.
 */
export function readTable3(region: Region): ReadTables {
	const problems: string[] = [];
	const { runs } = valueRuns(region.lines);
	const sevens = runs.filter((r) => r.values.length === 7);
	const text = bare(region.lines.map((l) => l.text).join(''));
	const which = sevens.length === valueRows(TABLE3.one).length || !/逾期不补正|缴纳费用/.test(text) ? 'one' : 'three';
	const rows = valueRows(TABLE3[which]);
	const source = (last: number) => {
		const used = upTo(last);
		return { used, source: sourceOf(region.lines, used) };
	};
	if (sevens.length === rows.length && sevens.every((r, i) => landmarkFits(rows[i], r.before))) {
		const { used, source: src } = source(sevens[sevens.length - 1].lines.at(-1)!);
		return { tables: [place('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, region.section, src, TABLE3[which], sevens.map((r) => r.values))], problems, used };
	}
	const candidates = [...sevens, ...runTogether(region.lines, problems)].sort((a, b) => a.lines[0] - b.lines[0]);
	const placed: ((number | null)[] | null)[] = rows.map(() => null);
	let cursor = 0;
	for (const run of candidates) {
		const named = rowNamed(bare(run.before), rows);
		const at = named >= cursor ? named : named < 0 && cursor < rows.length ? cursor : -1;
		if (at < 0) {
			problems.push(`表三: a row of values labelled "${squeezeSpaces(run.before)}" does not fit the template's order; not placed`);
			continue;
		}
		placed[at] = run.values;
		cursor = at + 1;
	}
	const found = placed.filter(Boolean).length;
	if (found < rows.length / 2) {
		return {
			tables: [],
			problems: [...problems, `表三: found ${sevens.length} rows of 7 values where the template has ${valueRows(TABLE3.three).length} (or ${valueRows(TABLE3.one).length}); the numbers cannot be placed with confidence`],
			used: new Set()
		};
	}
	rows.forEach((r, i) => placed[i] ?? problems.push(`表三: no values found for row "${r.label}"; left blank`));
	const last = Math.max(...candidates.flatMap((r) => r.lines));
	const { used, source: src } = source(last);
	return { tables: [place('t3', '收到和处理政府信息公开申请情况', T3_COLUMNS, region.section, src, TABLE3[which], placed.map((v) => v ?? Array(7).fill(null)))], problems, used };
}

/** A landmark row (新收, 上年结转, 予以公开, 总计, 结转下年度) placed in order must carry its label, when the source gives one. */
const LANDMARKS = new Set(['r1', 'r2', 'r3-1', 'r3-7', 'r4']);
function landmarkFits(row: TemplateRow, label: string): boolean {
	const b = bare(label);
	return !LANDMARKS.has(row.id) || !/[\u4e00-\u9fff]{4}/.test(b) || row.marks.some((m) => b.includes(m));
}

/** Each of 表四's three 总计 is the sum of the four results before it. */
const t4AddsUp = (v: number[]) => [0, 5, 10].every((o) => v[o] + v[o + 1] + v[o + 2] + v[o + 3] === v[o + 4]);

/**
 * 表四: 15 values, 行政复议 then the two kinds of 行政诉讼, five columns each: one run of 15, or the
 * runs of the region adding up to 15 (rows of five, one cell per line), or 15 digits run together
 * that split only one way into three rows that add up.
 */
export function readTable4(region: Region): ReadTables {
	const { runs } = valueRuns(region.lines);
	let chosen = runs.filter((r) => r.values.length === 15).slice(0, 1);
	if (!chosen.length && runs.reduce((n, r) => n + r.values.length, 0) === 15) chosen = runs;
	let values = chosen.flatMap((r) => r.values);
	let last = Math.max(-1, ...chosen.flatMap((r) => r.lines));
	const problems: string[] = [];
	if (!chosen.length) {
		const i = region.lines.findIndex((l) => /^\d{15,45}$/.test(bare(l.text)));
		if (i >= 0) {
			const splits = splitsOf(bare(region.lines[i].text), 15, t4AddsUp);
			if (splits.length === 1) [values, last] = [splits[0], i];
			else problems.push(`表四: its cells run together and ${splits.length ? 'more than one' : 'no'} split adds up; not placed`);
		}
	}
	if (last < 0) return { tables: [], problems: problems.length ? problems : ['表四: no row of 15 values found; the numbers cannot be placed with confidence'], used: new Set() };
	const used = upTo(last);
	const rows = [values.slice(0, 5), values.slice(5, 10), values.slice(10, 15)];
	return { tables: [place('t4', '政府信息公开行政复议、行政诉讼情况', T4_COLUMNS, region.section, sourceOf(region.lines, used), TABLE4, rows)], problems, used };
}

const ITEM = /第二十条第\(([一二三四五六七八九十]+)\)项/;
const NUM: Record<string, number> = { 一: 1, 五: 5, 六: 6, 八: 8, 九: 9 };

/**
 * 表二's columns by item, for blocks whose header row a converter replaced (数据1 数据2 …) or dropped:
 * the 2021 template's, or the 2019 trial template's, whichever has as many columns as the rows have values.
 */
const T2_COLUMNS: Record<number, string[][]> = {
	1: [['本年制发件数', '本年废止件数', '现行有效件数'], ['本年新制作数量', '本年新公开数量', '对外公开总数量']],
	5: [['本年处理决定数量'], ['上一年项目数量', '本年增/减', '处理决定数量']],
	6: [['本年处理决定数量'], ['上一年项目数量', '本年增/减', '处理决定数量']],
	8: [['本年收费金额(单位:万元)'], ['上一年项目数量', '本年增/减']],
	9: [['采购项目数量', '采购总金额']]
};

/** 表二: blocks headed 第二十条第(X)项, each a header (信息内容 | columns…) and rows of label and values. */
export function readTable2(region: Region): ReadTables {
	const tables: Table[] = [];
	const problems: string[] = [];
	const used = new Set<number>();
	let current: (Table & { item: number; lines: number[] }) | null = null;
	const close = () => {
		if (!current || current.rows.length === 0) return;
		const last = Math.max(...current.lines);
		const lines = current.lines.filter((i) => i <= last);
		for (let i = lines[0]; i <= last; i++) used.add(i);
		const { item: _item, lines: _lines, ...table } = current;
		tables.push({ ...table, source: region.lines.slice(lines[0], last + 1).map((l) => l.text).join('\n') });
	};
	region.lines.forEach((line, i) => {
		const item = ITEM.exec(bare(line.text));
		if (item) {
			close();
			const n = NUM[item[1]] ?? tables.length + 1;
			current = { anchor: `t2-${n}`, title: `主动公开:第二十条第(${item[1]})项`, columns: [], rows: [], section: region.section, source: '', item: n, lines: [i] };
			return;
		}
		if (!current) return;
		const cells = cellsOf(line).map((c) => bare(squeezeSpaces(c)));
		if (/^信息内容/.test(cells[0] ?? '') || /^数据\d/.test(cells.find(Boolean) ?? '')) {
			current.columns = /^数据\d/.test(cells.join('')) || cells.some((c) => /^数据\d+$/.test(c)) ? [] : cells.slice(1).filter(Boolean);
			current.lines.push(i);
			return;
		}
		const s = splitLine(line);
		if (!s.label || s.values.length === 0) return;
		const label = bare(s.label);
		const columns = current.columns.length === s.values.length ? current.columns : T2_COLUMNS[current.item]?.find((c) => c.length === s.values.length);
		if (!columns) {
			problems.push(`表二 ${current.title}: row "${label}" has ${s.values.length} values for ${current.columns.length} columns`);
			return;
		}
		current.columns = columns;
		const unit = columns.some((c) => c.includes('万元')) ? '万元' : s.raw.some((c) => /元$/.test(c)) ? '元' : '件';
		current.rows.push({ anchor: `${current.anchor}-r${current.rows.length + 1}`, path: [], label, unit, values: s.values });
		current.lines.push(i);
	});
	close();
	return { tables, problems, used };
}
