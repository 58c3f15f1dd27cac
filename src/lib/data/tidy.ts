import type { Check, Report } from '../types';
import { agencyOfReport } from '../agencies';
import { PLACEMENT_FIELD } from './agencies';
import { cellChecks, cellId, checkColumn } from './cell-checks';
import { cellAnchor } from '../urls';
import { countCells } from './cell-state';

/** The columns of every indicators CSV, in order, with their meaning (shown on /data/ and in datapackage.json). */
export const INDICATOR_FIELDS = [
	['report_id', 'string', '报告编号（文件名，不含扩展名）'],
	['agency_id', 'string', '机关编号：同一机关各年度、各种写法共用一个（见 agencies.csv）'],
	['agency', 'string', '报告所载的发布机关名称'],
	['division_code', 'string', '机关所在行政区划的 GB/T 2260 代码（6 位）；无法确定时为空'],
	['placement', 'string', PLACEMENT_FIELD],
	['year', 'integer', '报告年度（所报告的年份，不是发布年份）'],
	['format', 'string', '所依条例：2008 或 2019'],
	['template', 'string', '2019 年条例报告所用模板：2019（试行模板）或 2021；2008 年条例报告为空'],
	['table', 'string', '所在统计表'],
	['row_anchor', 'string', '该行在报告页面上的锚点，/reports/<report_id>/#<row_anchor>'],
	['column', 'string', '原表中的数值列'],
	['cell_anchor', 'string', '该单元格在报告页面上的锚点（行锚点加列的序号，如 t4-r1-c3），/reports/<report_id>/#<cell_anchor> 打开并标出这一格'],
	['template_key', 'string', '模板键：模板中这个单元格的固定名字（见 keys.csv）；以 x. 开头的由表格和行的锚点生成，模板中没有这个单元格'],
	['key', 'string', '跨年度、跨格式可比的指标键；两种模板定义不一致的单元格为空'],
	['path', 'string', '该行在表中的上级行，以 “ › ” 连接'],
	['label', 'string', '原表中的指标名称'],
	['unit', 'string', '计量单位'],
	['value', 'number', '填报数值；原表空白为空值（不是 0）；未读出的格也为空值，见 state'],
	['state', 'string', 'read（读出原表的数）、blank（原表此格空白或为“—”，即未填报）或 unread（本站未能读出此格，原因见报告的解析提示；不是空白）'],
	['source_line', 'integer', '读出的数在原文 source.txt 中的行号（从 1 起），/reports/<report_id>/source/#L<行号>；未知或未读出时为空'],
	['check_status', 'string', '以此数为总数的算术核对结果：fail（有不符）、pass（相符）、unverifiable（有空白，无法核对）；没有核对以此数为总数时为空'],
	['failed_checks', 'string', '不符的核对规则编号（见 checks.csv），以空格分隔'],
	['read_by', 'string', '数值如何读出：ocr 为由图片（扫描件）识别，只发布经合计关系或高置信度确认的数值；由文字读出时为空']
] as const;

export const REPORT_FIELDS = [
	['id', 'string', '报告编号（文件名，不含扩展名）'],
	['title', 'string', '报告标题'],
	['agency_id', 'string', '机关编号（见 agencies.csv）'],
	['agency', 'string', '报告所载的发布机关名称'],
	['division_code', 'string', '机关所在行政区划的 GB/T 2260 代码（6 位）；无法确定时为空'],
	['placement', 'string', PLACEMENT_FIELD],
	['year', 'integer', '报告年度'],
	['published', 'date', '发布日期（YYYY-MM-DD），原文未载为空'],
	['format', 'string', '所依条例：2008 或 2019'],
	['template', 'string', '2019 年条例报告所用模板：2019（试行）或 2021'],
	['sections', 'integer', '章节数（含各级小节）'],
	['values', 'integer', '统计表中的数值单元格数（含空白和未读出）'],
	['read_values', 'integer', '其中读出的单元格数'],
	['blank_values', 'integer', '其中原表空白（未填报）的单元格数'],
	['unread_values', 'integer', '其中本站未能读出的单元格数（原因见报告的解析提示）'],
	['checks_failed', 'integer', '未通过的算术核对数'],
	['source_url', 'string', '原文在发布机关网站上的地址（来自报告文件夹的 sources.csv）；未提供为空'],
	['retrieved', 'date', '原文获取日期（YYYY-MM-DD）；未提供为空']
] as const;

export const CHECK_FIELDS = [
	['report_id', 'string', '报告编号'],
	['check_id', 'string', '核对规则编号'],
	['column', 'string', '总数所在的数值列'],
	['status', 'string', 'pass（相符）、fail（不符）或 unverifiable（有空白，无法核对）'],
	['relation', 'string', 'sum（总数等于各项之和）或 subset（“其中”项不大于总数）'],
	['description', 'string', '核对关系'],
	['total_row', 'string', '总数所在行的锚点'],
	['part_rows', 'string', '各项所在行的锚点，以空格分隔；减去的一项前加“-”（一 + 二 = 七 + 四 核对为 七 = 一 + 二 - 四）'],
	['expected', 'number', 'sum：各项之和；subset：总数'],
	['actual', 'number', 'sum：填报的总数；subset：填报的“其中”项'],
	['reason', 'string', '模板为何要求这一关系']
] as const;

export const names = (fields: readonly (readonly [string, string, string])[]): string[] => fields.map((f) => f[0]);

/** One record per value cell of every non-header row: tidy long form. */
export function indicatorRecords(report: Report) {
	const agency = agencyOfReport(report);
	const checks = cellChecks(report);
	return report.tables.flatMap((table) =>
		table.rows
			.filter((row) => !row.header)
			.flatMap((row) =>
				row.values.map((value, i) => {
					const column = table.columns[i] ?? '';
					const check = checks.get(cellId(row.anchor, column));
					return {
						report_id: report.id,
						agency_id: agency.id,
						agency: report.agency,
						division_code: agency.division?.code ?? null,
						placement: agency.placement.kind,
						year: report.year,
						format: report.format,
						template: report.template,
						table: table.title,
						row_anchor: row.anchor,
						column,
						cell_anchor: cellAnchor(row.anchor, i),
						template_key: row.templateKeys?.[i] ?? null,
						key: row.keys?.[i] ?? null,
						path: row.path.join(' › '),
						label: row.label,
						unit: row.unit,
						value,
						state: row.states?.[i] ?? (value === null ? 'blank' : 'read'),
						source_line: row.lines?.[i] ?? null,
						check_status: check?.status ?? null,
						failed_checks: check?.failed.join(' ') || null,
						read_by: table.ocr ? 'ocr' : null
					};
				})
			)
	);
}

const countSections = (s: Report['sections']): number => s.reduce((n, x) => n + 1 + countSections(x.children), 0);

export function catalogueRecord(report: Report) {
	const counts = countCells(report.tables);
	const agency = agencyOfReport(report);
	return {
		id: report.id,
		title: report.title,
		agency_id: agency.id,
		agency: report.agency,
		division_code: agency.division?.code ?? null,
		placement: agency.placement.kind,
		year: report.year,
		published: report.published,
		format: report.format,
		template: report.template,
		sections: countSections(report.sections),
		values: counts.cells,
		read_values: counts.read,
		blank_values: counts.blank,
		unread_values: counts.unread,
		checks_failed: report.checks.filter((c) => c.status === 'fail').length,
		source_url: report.source?.url ?? null,
		retrieved: report.source?.retrieved ?? null
	};
}

export function checkRecords(report: Report) {
	return report.checks.map((c: Check) => ({
		report_id: report.id,
		check_id: c.id,
		column: checkColumn(report, c),
		status: c.status,
		relation: c.relation,
		description: c.description,
		total_row: c.total,
		// A part taken away is written with a minus (t3.balance: t3-r1 t3-r2 -t3-r4), so the row adds up as written.
		part_rows: c.parts.map((p) => (c.subtracted?.includes(p) ? `-${p}` : p)).join(' '),
		expected: c.expected,
		actual: c.actual,
		reason: c.reason
	}));
}
