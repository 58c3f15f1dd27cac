import type { Problem, Table, TableRow } from '../../../types';
import { problem } from '../../problems';
import { uniqueAnchor } from '../../anchors';
import { readCell, cellValue, UNREAD_CELL, type CellReading } from '../cells';
import { rowLevel, type RowLevel } from '../../../templates/template2008';

/** Where a table's cells are: the unit column (-1 when there is none) and each value column with its header. */
interface Columns {
	unit: number;
	values: { h: string; i: number }[];
}

/** A row above the one being read that holds it, and how many unnumbered rows it has had so far (for their anchors). */
interface OpenRow {
	level: number;
	label: string;
	anchor: string;
	q: number;
}

/**
 * Provinces' own tables name their top rows without numbers (主动公开信息数, 受理依申请公开信息总数) and
 * number only the rows under them ("其中：1.网站公开", "2.政府公报公开"). The national template numbers
 * every row it counts (一、 (一) 1.) and leaves unnumbered only what follows 其中.
 */
const hasUnnumberedTop = (labels: string[]) => {
	const first = labels.find(Boolean) ?? '';
	return rowLevel(first).level === 4 && !/^其中/.test(first);
};

/** In such a table: an unnumbered row is a top row; "其中：1.…" and "2.…" are numbered rows under it; "其中：…" without a number too. */
function flatRowLevel(label: string): RowLevel {
	const rest = label.replace(/^其中\s*[:：]?\s*/, '');
	const numbered = rowLevel(rest);
	if (numbered.level !== 4) return { level: 2, n: numbered.n };
	return rest === label ? { level: 1, n: null } : { level: 3, n: null };
}

/**
 * The outline of a table's rows as they are read, top to bottom: the rows that hold the current one and
 * the anchors given so far. A row's anchor follows its numbers (t1-r1-2-3); an unnumbered row is its
 * parent's next q-row (t1-r1-q1).
 */
class RowOutline {
	private readonly stack: OpenRow[] = [];
	private readonly used = new Set<string>();
	/** The parent of unnumbered rows above the first numbered one. */
	private readonly root: OpenRow;
	/** The row just read when it was an unnumbered row with values (主动公开信息数 under 一、): a "其中：1." row below makes it a parent. */
	private lastUnnumbered: { label: string; anchor: string } | null = null;

	constructor(
		private readonly tableAnchor: string,
		/** The table is a province's own, its top rows unnumbered. */
		private readonly flat: boolean
	) {
		this.root = { level: 0, label: '', anchor: `${tableAnchor}-r0`, q: 0 };
	}

	/** A row's level and number; the rows it is not under are closed. */
	place(label: string): RowLevel {
		let placed = this.flat ? flatRowLevel(label) : rowLevel(label);
		const part = this.numberedPartOf(label);
		if (part && this.lastUnnumbered) {
			this.stack.push({ level: part.level - 0.5, label: this.lastUnnumbered.label, anchor: this.lastUnnumbered.anchor, q: 0 });
			placed = part;
		}
		while (this.stack.length && this.stack[this.stack.length - 1].level >= placed.level) this.stack.pop();
		return placed;
	}

	/** "其中：1.网站公开" after 主动公开信息数: its numbered rows are that row's parts, not the group's. */
	private numberedPartOf(label: string): RowLevel | null {
		if (this.flat || !this.lastUnnumbered || !/^其中/.test(label)) return null;
		const part = rowLevel(label.replace(/^其中\s*[:：]?\s*/, ''));
		const openLevel = this.stack[this.stack.length - 1]?.level ?? 0;
		return part.n !== null && openLevel < part.level - 0.5 ? part : null;
	}

	/** The anchor of the row just placed, unique in the table. */
	anchorOf(n: number | null): string {
		const parent = this.stack[this.stack.length - 1];
		if (n !== null) return uniqueAnchor(this.used, parent ? `${parent.anchor}-${n}` : `${this.tableAnchor}-r${n}`);
		const owner = parent ?? this.root;
		owner.q += 1;
		return uniqueAnchor(this.used, `${owner.anchor}-q${owner.q}`);
	}

	/** The labels of the rows that hold the row just placed, outermost first. */
	path(): string[] {
		return this.stack.map((s) => s.label);
	}

	/** After a row is read: it may hold the rows below it. */
	rowRead(label: string, anchor: string, placed: RowLevel, group: boolean): void {
		this.lastUnnumbered = placed.n === null && !group && !/^其中/.test(label) ? { label, anchor } : null;
		// A counted row (numbered, or a province's unnumbered top row) holds the rows below it.
		if (placed.n !== null || (this.flat && placed.level === 1)) this.stack.push({ level: placed.level, label, anchor, q: 0 });
	}
}

function columnsOf(header: string[]): Columns {
	const unit = header.findIndex((h) => h.includes('单位'));
	return { unit, values: header.map((h, i) => ({ h, i })).filter(({ i }) => i > 0 && i !== unit) };
}

function readRowCells(row: string[], columns: Columns): { unit: CellReading; values: CellReading[] } {
	return {
		unit: columns.unit >= 0 ? readCell(row[columns.unit] ?? '') : { kind: 'blank' },
		values: columns.values.map((c) => readCell(row[c.i] ?? ''))
	};
}

/** A group row: "—" cells, or a part or subsection label with every other cell empty. */
function isGroupRow(row: string[], level: number, cells: { unit: CellReading; values: CellReading[] }): boolean {
	return cells.unit.kind === 'dash' || cells.values.some((c) => c.kind === 'dash') || (level <= 2 && !row.slice(1).some(Boolean));
}

/**
 * A row's values, their states and source lines. A cell whose text is no number (or that a reader could
 * not cut) is unread, never the document's blank.
 */
function rowValues(values: CellReading[], columns: Columns, lineOf: (column: number) => number | null): Pick<TableRow, 'values' | 'states' | 'lines'> {
	const read = values.map(cellValue);
	return {
		values: read,
		states: values.map((c) => (c.kind === 'number' ? 'read' : c.kind === 'text' ? 'unread' : 'blank')),
		lines: read.map((v, i) => (v === null ? null : lineOf(columns.values[i].i)))
	};
}

/**
 * Rows of cells (label first) into table rows: anchors by the label's outline, values per value column.
 * `lineOf(row, column)`: the source line of a row's cell (column counted in the row's cells, label first).
 */
export function readRows(header: string[], rows: string[][], anchor: string, title: string, section: string | null, source: string, lineOf: (row: number, column: number) => number | null): { table: Table; problems: Problem[] } {
	const problems: Problem[] = [];
	const columns = columnsOf(header);
	const table: Table = { anchor, title, columns: columns.values.map((c) => c.h), rows: [], section, source };
	if (header.length < 2 || columns.values.length === 0) {
		problems.push(problem('table-no-header', { table: title }));
		return { table, problems };
	}
	const outline = new RowOutline(anchor, hasUnnumberedTop(rows.map((r) => r[0])));
	rows.forEach((row, k) => {
		const label = row[0];
		const placed = outline.place(label);
		const rowAnchor = outline.anchorOf(placed.n);
		const cells = readRowCells(row, columns);
		const group = isGroupRow(row, placed.level, cells);
		for (const c of cells.values) {
			if (c.kind === 'text' && c.text !== UNREAD_CELL) problems.push(problem('cell-not-a-number', { table: title, row: label, text: c.text }));
		}
		const { values, states, lines } = rowValues(cells.values, columns, (column) => lineOf(k, column));
		const tableRow: TableRow = {
			anchor: rowAnchor,
			path: outline.path(),
			label,
			unit: group || columns.unit < 0 || !row[columns.unit] ? null : row[columns.unit],
			values,
			states,
			lines
		};
		if (group) tableRow.header = true;
		table.rows.push(tableRow);
		outline.rowRead(label, rowAnchor, placed, group);
	});
	return { table, problems };
}
