import { APPENDIX_2008 } from './cells2008';
import { COLUMNS_2019, TABLE2_ROWS, TABLE3_ROWS, TABLE4_ROWS, type Row2019, type Variant } from './cells2019';
import { TEMPLATE_CELL_BY_KEY } from './template-keys';

/**
 * The template keys as /indicators/ lists them: by template, then table, then row. A cell's key is its row's key,
 * then "." and its column's key where the table has several value columns.
 */
export interface ListedRow {
	key: string;
	label: string;
	/** Nesting depth in the table, for indenting. */
	depth: number;
	/** A group heading: it has no cells of its own. */
	header: boolean;
	unit: string | null;
	/** 2019 tables: the column keys each template version prints for this row. */
	columns: { variant: Variant; columns: string[] }[];
	/** The cells that carry a cross-template key, with the column they are in. */
	canonical: { column: string | null; key: string }[];
	note: string | null;
}

export interface ListedTable {
	table: string;
	columns: { key: string; label: string }[];
	rows: ListedRow[];
}

export interface ListedTemplate {
	template: '2008' | '2019';
	title: string;
	tables: ListedTable[];
}

const VARIANTS: Variant[] = ['2021', '2019'];

function listed2019(table: string, rows: Row2019[]): ListedTable {
	const used = new Set(rows.flatMap((r) => Object.values(r.columns).flat()));
	return {
		table,
		columns: COLUMNS_2019[table.slice(0, 2)].filter((c) => used.has(c.key)).map(({ key, label }) => ({ key, label })),
		rows: rows.map((row) => {
			const columns = VARIANTS.map((variant) => ({ variant, columns: row.columns[variant] ?? [] })).filter((v) => v.columns.length);
			const first = columns[0]?.columns[0];
			return {
				key: row.key,
				label: row.label,
				depth: row.path.length,
				header: columns.length === 0,
				unit: first ? (TEMPLATE_CELL_BY_KEY.get(`${row.key}.${first}`)?.unit ?? null) : null,
				columns,
				canonical: Object.entries(row.canonical ?? {}).map(([column, key]) => ({ column, key })),
				note: row.note ?? null
			};
		})
	};
}

const depth2008 = (label: string) => (/^[一二三四五六七八九十]+、/.test(label) ? 0 : /^\([一二三四五六七八九十]+\)/.test(label) ? 1 : /^\d/.test(label) ? 2 : 3);

export function templateListing(): ListedTemplate[] {
	const appendix: ListedTable = {
		table: '附表',
		columns: [],
		rows: APPENDIX_2008.map((row) => {
			const cell = TEMPLATE_CELL_BY_KEY.get(row.key);
			return {
				key: row.key,
				label: row.label,
				depth: depth2008(row.label),
				header: !!row.header,
				unit: row.unit,
				columns: [],
				canonical: cell?.canonical ? [{ column: null, key: cell.canonical }] : [],
				note: cell?.note ?? null
			};
		})
	};
	const table2 = [...new Set(TABLE2_ROWS.map((r) => r.table))].map((t) => listed2019(t, TABLE2_ROWS.filter((r) => r.table === t)));
	return [
		{ template: '2008', title: '2008 年条例：政府信息公开情况统计表（附表）', tables: [appendix] },
		{ template: '2019', title: '2019 年条例：表二、表三、表四（2019 试行模板与 2021 模板）', tables: [...table2, listed2019('表三', TABLE3_ROWS), listed2019('表四', TABLE4_ROWS)] }
	];
}
