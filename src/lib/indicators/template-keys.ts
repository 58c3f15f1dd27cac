import type { Report, Table, TableRow } from '../types';
import { rowLevel } from '../templates/template2008';
import { bareLabel } from './labels';
import { KEY_BY_NAME, KEYS } from './keys';
import { APPENDIX_2008 } from './cells2008';
import { COLUMNS_2019, TABLE2_ROWS, TABLE3_ROWS, TABLE4_ROWS, type Row2019, type Variant } from './cells2019';
import { withoutSpaces } from '../text/normalize';

/**
 * Template keys: one stable name for every cell of both templates (row key, then column key where the table has
 * several value columns), so every number can be followed across reports without matching Chinese labels.
 * Cells of tables that follow no known template get a key derived from their anchors, starting "x.".
 */
export interface TemplateCell {
	key: string;
	row: string;
	column: string | null;
	template: '2008' | '2019';
	/** For the 2019 regulation: the template versions that print this cell. */
	variants: Variant[];
	table: string;
	path: string[];
	label: string;
	columnLabel: string | null;
	unit: string | null;
	/** Where the template puts it: table, row path and column, as printed. */
	definition: string;
	/** The cross-template key (keys.ts) where the definitions align. */
	canonical: string | null;
	/** Where this cell's definition differs from its counterpart in the other template. */
	note: string | null;
}

export const DERIVED_PREFIX = 'x.';
export const isDerivedKey = (key: string): boolean => key.startsWith(DERIVED_PREFIX);

const endsWith = (full: string[], tail: string[]) => tail.length <= full.length && tail.every((t, i) => full[full.length - tail.length + i] === t);

/** Each appendix row with its bare-label path, and the tail a report row must end with (from its nearest counted ancestor). */
const APPENDIX = (() => {
	const stack: { level: number; bare: string; header: boolean }[] = [];
	return APPENDIX_2008.map((row) => {
		const { level, n } = rowLevel(row.label);
		while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
		const bare = bareLabel(row.label);
		const full = [...stack.map((s) => s.bare), bare];
		const counted = stack.map((s) => !s.header).lastIndexOf(true);
		const tail = counted >= 0 ? full.slice(counted) : [bare];
		const path = stack.map((s) => APPENDIX_2008.find((r) => bareLabel(r.label) === s.bare)!.label);
		if (n !== null) stack.push({ level, bare, header: !!row.header });
		return { ...row, full, tail, path };
	});
})();

function canonical2008(full: string[], taken: Set<string>): string | null {
	const def = KEYS.find((k) => k.in2008 && !taken.has(k.key) && endsWith(full, k.in2008));
	if (def) taken.add(def.key);
	return def?.key ?? null;
}

const noteOf = (canonical: string | null, own?: string) => [own, canonical ? KEY_BY_NAME.get(canonical)?.note : undefined].filter(Boolean).join(' ') || null;

function cells2008(): TemplateCell[] {
	const taken = new Set<string>();
	return APPENDIX.filter((r) => !r.header).map((r) => {
		const canonical = canonical2008(r.full, taken);
		return {
			key: r.key, row: r.key, column: null, template: '2008', variants: [], table: '附表', path: r.path, label: r.label, columnLabel: null, unit: r.unit,
			definition: `附表 ${[...r.path, r.label].join(' › ')}`,
			canonical,
			note: noteOf(canonical)
		};
	});
}

const tableOf = (row: Row2019) => row.table.slice(0, 2);

function cells2019(rows: Row2019[]): TemplateCell[] {
	return rows.flatMap((row) => {
		const columns = COLUMNS_2019[tableOf(row)];
		const used = new Set(Object.values(row.columns).flat());
		return columns
			.filter((c) => used.has(c.key))
			.map((c) => {
				const variants = (['2019', '2021'] as const).filter((v) => row.columns[v]?.includes(c.key));
				const canonical = row.canonical?.[c.key] ?? null;
				return {
					key: `${row.key}.${c.key}`, row: row.key, column: c.key, template: '2019', variants, table: row.table, path: row.path, label: row.label, columnLabel: c.label,
					unit: c.key === 'amount' ? '万元' : '件',
					definition: `${row.table} ${[...row.path, row.label].join(' › ')}，${c.label}列`,
					canonical,
					note: noteOf(canonical, row.note)
				};
			});
	});
}

export const TEMPLATE_CELLS: TemplateCell[] = [...cells2008(), ...cells2019(TABLE2_ROWS), ...cells2019(TABLE3_ROWS), ...cells2019(TABLE4_ROWS)];
export const TEMPLATE_CELL_BY_KEY = new Map(TEMPLATE_CELLS.map((c) => [c.key, c]));

const squeeze = (s: string) => withoutSpaces(s.normalize('NFKC'));
const columnKey = (table: string, label: string) => COLUMNS_2019[table].find((c) => [c.label, ...(c.aliases ?? [])].map(squeeze).includes(squeeze(label)))?.key;

/** The template row a 2019 table's row is, if any: 表三/表四 by anchor, 表二 by its block and label. */
function row2019(table: Table, row: TableRow): Row2019 | undefined {
	if (table.anchor === 't3' || table.anchor === 't4') {
		const rows = table.anchor === 't3' ? TABLE3_ROWS : TABLE4_ROWS;
		return rows.find((r) => `${table.anchor}-${r.anchor}` === row.anchor);
	}
	const item = /^t2-(\d)$/.exec(table.anchor)?.[1];
	return item ? TABLE2_ROWS.find((r) => r.key.startsWith(`t2.i${item}.`) && r.labels!.map(squeeze).includes(squeeze(row.label))) : undefined;
}

const derivedKey = (table: Table, row: TableRow, i: number) => {
	const rowPart = row.anchor.startsWith(`${table.anchor}-`) ? row.anchor.slice(table.anchor.length + 1) : row.anchor;
	return `${DERIVED_PREFIX}${table.anchor}.${rowPart}${table.columns.length > 1 ? `.c${i + 1}` : ''}`;
};

/** The template key of each value cell of the row, or null where the template has no such cell. */
function templateCells(report: Report, table: Table, row: TableRow, taken: Set<string>): (string | null)[] {
	if (report.format === '2008') {
		const full = [...row.path, row.label].map(bareLabel);
		const match = APPENDIX.find((r) => !r.header && !taken.has(r.key) && endsWith(full, r.tail));
		return row.values.map((_, i) => (match && i === 0 && table.columns.length === 1 ? match.key : null));
	}
	const tpl = row2019(table, row);
	if (!tpl) return row.values.map(() => null);
	return row.values.map((_, i) => {
		const column = columnKey(tableOf(tpl), table.columns[i] ?? '');
		const key = column ? `${tpl.key}.${column}` : null;
		return key && TEMPLATE_CELL_BY_KEY.has(key) ? key : null;
	});
}

/**
 * Gives every value cell of every non-header row its template key (row.templateKeys), unique within the report.
 * A cell the templates do not define, or a second cell claiming a key already given, gets a derived key.
 * Mutates and returns.
 */
export function assignTemplateKeys(report: Report): Report {
	const taken = new Set<string>();
	for (const table of report.tables)
		for (const row of table.rows) {
			if (row.header) continue;
			row.templateKeys = templateCells(report, table, row, taken).map((key, i) => {
				const chosen = key && !taken.has(key) ? key : derivedKey(table, row, i);
				taken.add(chosen);
				return chosen;
			});
		}
	return report;
}
