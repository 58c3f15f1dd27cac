/**
 * 表三 from text whose blank cells vanished (a crawler stripped a page's tags and collapsed its
 * whitespace: "(一)予以公开 258 12 1 1" for 258 | 12 | | | 1 | 1 | ). Each row's values still follow its
 * label in order, but which columns they stand in is lost. Only the sums the template states decide:
 * each row's 总计 is its six columns; in every column, (七)总计 is the sum of (一)…(六) and 一 + 二 =
 * (七)总计 + 四. A cell is placed when every placement of every row that satisfies all of them puts
 * the same thing there; every other cell stays null and its row is named. Never a guess.
 */
import type { SourceLine } from '../../source';
import { valueRows, type TemplateRow } from '../../../templates/template2019';
import type { Unplaced } from '../../problems';
import type { CellState } from '../../../types';

type Cells = (number | null)[];

export interface SumsPlacement {
	/** The template's value rows, in order: placed cells, null elsewhere. */
	rows: Cells[];
	/** Each cell's state: `read` or `blank` where every placement agrees, `unread` where they differ. */
	states: CellState[][];
	/** The region line each row's values stand on (one per cell, null where the row has none). */
	lines: (number | null)[][];
	/** Labels of the rows some of whose cells the sums leave open. */
	open: string[];
	/** The last region line that holds only the table (lines after it stay the part's text). */
	last: number;
}

const COLUMNS = 7;
/** Past this many partial sums the search is not worth its cost; the table is left unplaced instead. */
const MAX_STATES = 200_000;

interface Token {
	value: number | null;
	/** Length of the label text read before it: values with the same `at` stand together. */
	at: number;
	line: number;
}

/** Each template row's values (a dash is a blank cell that keeps its place), or why they cannot be told apart. */
function rowValues(lines: SourceLine[], template: TemplateRow[]): { values: Cells[]; rowLines: (number | null)[]; last: number } | Unplaced {
	let label = '';
	const tokens: Token[] = [];
	/** The label text read up to each line's end: text after a row's values on its line. */
	const ends: number[] = [];
	lines.forEach((l, line) => {
		for (const t of (l.cells ? l.cells.join(' ') : l.text).split(/\s+/).filter(Boolean)) {
			if (/^\d+$/.test(t)) tokens.push({ value: Number(t), at: label.length, line });
			else if (/^[-—–/]+$/.test(t)) tokens.push({ value: null, at: label.length, line });
			else label += t;
		}
		ends.push(label.length);
	});
	const marks: number[] = [];
	for (const row of template) {
		const from = marks.length ? marks[marks.length - 1] + 1 : 0;
		const found = row.marks.map((m) => label.indexOf(m, from)).filter((p) => p >= 0);
		if (!found.length) return { why: 'label-not-found', row: row.label };
		marks.push(found.reduce((m, p) => Math.min(m, p), Infinity));
	}
	// A row label run together with its values ("数量821"): which digits are values is runTogether's question
	// (ingest/tables/2019/tables.ts). Text after the last row's label (a note, a date) is not the table's.
	if (/[^\d.、]\d+(?=[^\d.、])/.test(label.slice(marks[0], marks[marks.length - 1]))) return { why: 'label-runs-into-values' };
	const values: Cells[] = [];
	const rowLines: (number | null)[] = [];
	let last = -1;
	for (let i = 0; i < template.length; i++) {
		const mine = tokens.filter((t) => t.at > marks[i] && (i + 1 < template.length ? t.at <= marks[i + 1] : true));
		// The last row's values are the first run after its label; text after it is not the table's.
		const run = i + 1 < template.length ? mine : mine.filter((t) => t.at === mine[0].at);
		if (run.some((t) => t.at !== run[0]?.at)) return { why: 'values-broken-by-text', row: template[i].label };
		if (template[i].header) {
			if (run.some((t) => t.value !== null)) return { why: 'group-row-has-values', row: template[i].label };
			continue;
		}
		if (run.length > COLUMNS) return { why: 'too-many-values', row: template[i].label, count: run.length };
		values.push(run.map((t) => t.value));
		rowLines.push(run[0]?.line ?? null);
		last = run.reduce((m, t) => Math.max(m, t.line), last);
	}
	// A line that goes on after the last values (a note) stays the part's text, numbers and all.
	if (last >= 0 && ends[last] > tokens.filter((t) => t.line === last).at(-1)!.at) last--;
	return { values, rowLines, last };
}

/** Each way to put a row's values, in order, into the seven columns that keeps its 总计 the sum of the six. */
function placements(values: Cells): Cells[] {
	const out: Cells[] = [];
	const walk = (slot: number, k: number, cells: Cells) => {
		if (k === values.length) {
			const parts = cells.slice(0, 6);
			if (cells[6] === null || parts.every((p) => p === null) || parts.reduce<number>((a, b) => a + (b ?? 0), 0) === cells[6]) out.push(cells);
			return;
		}
		for (let s = slot; s <= COLUMNS - (values.length - k); s++) walk(s + 1, k + 1, cells.map((c, j) => (j === s ? values[k] : c)));
	};
	walk(0, 0, Array(COLUMNS).fill(null));
	return out;
}

interface State {
	sums: number[];
	/** Columns where some row holds a value (a column of blanks is not stated, so it is not summed). */
	mask: number;
}
const key = (s: State) => `${s.sums.join(',')}|${s.mask}`;
const add = (s: State, p: Cells): State => ({ sums: s.sums.map((x, c) => x + (p[c] ?? 0)), mask: p.reduce<number>((m, v, c) => (v === null ? m : m | (1 << c)), s.mask) });

/**
 * The placements of the outcome rows that lie on some way to make their columns add up to `total`:
 * forward, the partial sums reachable; backward, those from which the total can still be reached.
 */
function outcomeChoices(options: Cells[][], total: Cells): Set<Cells>[] | null {
	// A column whose (七)总计 is blank states no sum: its parts are not bounded.
	const goal = total.map((v) => v ?? Infinity);
	const step = (s: State, p: Cells): State => {
		const t = add(s, p);
		return { sums: t.sums.map((x, c) => (goal[c] === Infinity ? 0 : x)), mask: t.mask };
	};
	const forward: Map<string, State>[] = [new Map([[key({ sums: goal.map(() => 0), mask: 0 }), { sums: goal.map(() => 0), mask: 0 }]])];
	// What the rows after each point can still add: a column already begun must be completed from it.
	const rest = options.map((_, i) => options.slice(i + 1).reduce((n, row) => n + row.reduce((m, p) => Math.max(m, p.reduce<number>((a, v) => a + (v ?? 0), 0)), 0), 0));
	const short = (t: State) => t.sums.reduce((n, x, c) => n + (t.mask & (1 << c) && goal[c] !== Infinity ? goal[c] - x : 0), 0);
	for (const [i, row] of options.entries()) {
		const next = new Map<string, State>();
		for (const s of forward[forward.length - 1].values())
			for (const p of row) {
				const t = step(s, p);
				if (t.sums.every((x, c) => x <= goal[c]) && short(t) <= rest[i]) next.set(key(t), t);
			}
		if (next.size > MAX_STATES) return null;
		forward.push(next);
	}
	const done = (s: State) => s.sums.every((x, c) => !(s.mask & (1 << c)) || goal[c] === Infinity || x === goal[c]);
	let alive = new Set([...forward[options.length].values()].filter(done).map(key));
	const choices: Set<Cells>[] = options.map(() => new Set());
	for (let i = options.length - 1; i >= 0; i--) {
		const before = new Set<string>();
		for (const s of forward[i].values())
			for (const p of options[i])
				if (alive.has(key(step(s, p)))) {
					before.add(key(s));
					choices[i].add(p);
				}
		alive = before;
	}
	return choices;
}

/** Each cell's value where every way puts the same there (a value, or null for a blank); undefined where they differ. */
const settled = (ways: Cells[]) => Array.from({ length: COLUMNS }, (_, c) => (ways.every((w) => w[c] === ways[0][c]) ? ways[0][c] : undefined));

/** 一 + 二 = (七)总计 + 四 in every column where each side has a filled cell (blank counting as 0 beside it). */
function balances(r1: Cells, r2: Cells, r7: Cells, r4: Cells): boolean {
	const z = (v: number | null) => v ?? 0;
	return r1.every((_, c) => (r1[c] === null && r2[c] === null) || (r7[c] === null && r4[c] === null) || z(r1[c]) + z(r2[c]) === z(r7[c]) + z(r4[c]));
}

/** 表三's cells from its rows' values by the template's sums, or why they cannot be placed. */
export function placeBySums(lines: SourceLine[], template: TemplateRow[]): SumsPlacement | Unplaced {
	const read = rowValues(lines, template);
	if ('why' in read) return read;
	const rows = valueRows(template);
	const options = read.values.map(placements);
	const at = (id: string) => rows.findIndex((r) => r.id === id);
	const [r1, r2, r7, r4] = ['r1', 'r2', 'r3-7', 'r4'].map(at);
	const outcomes = rows.map((r, i) => i).filter((i) => rows[i].path.length > 0 && i !== r7);
	const feasible: Set<Cells>[] = rows.map(() => new Set());
	for (const total of options[r7]) {
		const balanced = options[r1].flatMap((a) => options[r2].flatMap((b) => options[r4].filter((d) => balances(a, b, total, d)).map((d) => [a, b, d])));
		if (!balanced.length) continue;
		const choices = outcomeChoices(outcomes.map((i) => options[i]), total);
		if (choices === null) return { why: 'too-many-ways' };
		if (choices.some((c) => c.size === 0)) continue;
		feasible[r7].add(total);
		for (const [a, b, d] of balanced) [feasible[r1].add(a), feasible[r2].add(b), feasible[r4].add(d)];
		outcomes.forEach((i, k) => choices[k].forEach((p) => feasible[i].add(p)));
		// More placements only unsettle cells: once none holds one value in every placement, none will.
		if (!feasible.some((set) => settled([...set]).some((v) => v !== null && v !== undefined))) break;
	}
	if (feasible[r7].size === 0) return { why: 'no-way-adds-up' };
	const open: string[] = [];
	const states: CellState[][] = [];
	const placed = feasible.map((set, i) => {
		const cells = settled([...set]);
		if (cells.includes(undefined)) open.push(rows[i].label);
		states.push(cells.map((v) => (v === undefined ? 'unread' : v === null ? 'blank' : 'read')));
		return cells.map((v) => v ?? null);
	});
	if (!placed.some((cells) => cells.some((v) => v !== null))) return { why: 'every-value-open' };
	const cellLines = placed.map((cells, i) => cells.map(() => read.rowLines[i]));
	return { rows: placed, states, lines: cellLines, open, last: read.last };
}
