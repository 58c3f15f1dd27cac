import type { Report } from '../types';
import { agencyOfReport } from '../agencies';
import { TEMPLATE_CELLS, type TemplateCell } from '../indicators/template-keys';

/**
 * Wide tables, one per regulation: one row per report, one column per template key, for spreadsheets. Only the
 * template's own cells have columns; cells of tables no template knows ("x." keys) are in the long table only.
 */
export type Format = '2008' | '2019';
export const WIDE_FORMATS: Format[] = ['2019', '2008'];

export const WIDE_ID_FIELDS = [
	['report_id', 'string', '报告编号', '报告编号'],
	['agency_id', 'string', '机关编号（见 agencies.csv）', '机关编号'],
	['agency', 'string', '报告所载的发布机关名称', '发布机关'],
	['division_code', 'string', 'GB/T 2260 行政区划代码', '行政区划代码'],
	['year', 'integer', '报告年度', '年度'],
	['template', 'string', '2019 年条例报告所用模板：2019（试行）或 2021', '模板'],
	['unread_cells', 'string', '本站未能读出的格的列名（模板键），以空格分隔：这些列留空，但不是原表空白', '未读出的格']
] as const;

const cellsOf = (format: Format) => TEMPLATE_CELLS.filter((c) => c.template === format);

/** A short Chinese heading for a key's column: its table, row and column as printed. */
export const cellTitle = (c: TemplateCell) => [c.table, c.label.replace(/\(.*?\)$/, ''), c.columnLabel].filter(Boolean).join(' · ');

/** Fields of a wide table: name, type, description, Chinese title. */
export function wideFields(format: Format): (readonly [string, string, string, string])[] {
	return [
		...WIDE_ID_FIELDS.filter(([name]) => format === '2019' || name !== 'template'),
		...cellsOf(format).map((c) => [c.key, 'number', `${c.definition}${c.unit ? `（单位：${c.unit}）` : ''}；原表空白为空值；未读出的也为空值，并列在 unread_cells 中`, cellTitle(c)] as const)
	];
}

export function wideRecord(report: Report): Record<string, string | number | null> {
	const record: Record<string, string | number | null> = {
		report_id: report.id,
		agency_id: agencyOfReport(report).id,
		agency: report.agency,
		division_code: agencyOfReport(report).division?.code ?? null,
		year: report.year,
		template: report.template
	};
	const unread: string[] = [];
	for (const table of report.tables)
		for (const row of table.rows)
			row.templateKeys?.forEach((key, i) => {
				record[key] = row.values[i] ?? null;
				if (row.states?.[i] === 'unread' && !key.startsWith('x.')) unread.push(key);
			});
	record.unread_cells = unread.join(' ') || null;
	return record;
}

/** The labels file beside each wide table: its columns with their Chinese headings, units and definitions. */
export const LABEL_FIELDS = [
	['column', 'string', '宽表的列名（模板键）'],
	['title', 'string', '中文列名：统计表 · 行 · 列'],
	['unit', 'string', '计量单位'],
	['definition', 'string', '定义'],
	['key', 'string', '跨模板可比的指标键']
] as const;

export const labelRecords = (format: Format) =>
	cellsOf(format).map((c) => ({ column: c.key, title: cellTitle(c), unit: c.unit, definition: c.definition, key: c.canonical }));
