import type { Check, Report, Table } from '../types';
import { TABLE3, TABLE4, valueRows, type TemplateRow } from '../templates/template2019';
import { sumCheck } from './sum';

const cell = (t: Table, id: string, col: number) => {
	const row = t.rows.find((r) => r.anchor === `${t.anchor}-${id}`)!;
	return { anchor: row.anchor, value: row.values[col] };
};

/** The rows of 表三's outcome block, (一)…(六), that (七)总计 adds up: the template's rows under 三, without (七). */
const outcomeRows = (template: TemplateRow[]) => valueRows(template).filter((r) => r.path[0] === TABLE3.template2021[2].label && r.id !== 'r3-7');

/**
 * The checks the 2019 tables state themselves, over the template's rows: in 表三, 一 + 二 = (七)总计 + 四
 * in every column (the table prints this 勾稽关系), (七)总计 = the sum of (一)…(六), and each row's 总计 =
 * its six columns; in 表四, each 总计 = the four results before it. Failing checks are reported, never
 * repaired.
 */
export function tableChecks2019(report: Report): Check[] {
	const checks: Check[] = [];
	const t3 = report.tables.find((t) => t.anchor === 't3');
	if (t3) {
		const template = t3.rows.some((r) => r.anchor === 't3-r3-6-1') ? TABLE3.template2021 : TABLE3.trial2019;
		const outcomes = outcomeRows(template).map((r) => r.id);
		t3.columns.forEach((col, c) => {
			checks.push(
				sumCheck('t3.balance', '一 + 二 = (七)总计 + 四', '表三注明的勾稽关系:第一项加第二项之和,等于第三项加第四项之和', cell(t3, 'r3-7', c), [cell(t3, 'r1', c), cell(t3, 'r2', c), { ...cell(t3, 'r4', c), subtract: true }], col)
			);
			checks.push(sumCheck('t3.outcomes', '(七)总计 = (一)至(六)各项之和', '“总计”是本年度各类办理结果之和', cell(t3, 'r3-7', c), outcomes.map((id) => cell(t3, id, c)), col));
		});
		for (const row of valueRows(template)) {
			checks.push(
				sumCheck(`t3.row-total:${row.id}`, `${row.label}:总计 = 六类申请人之和`, '“总计”列是自然人与五类法人或其他组织之和', cell(t3, row.id, 6), [0, 1, 2, 3, 4, 5].map((c) => cell(t3, row.id, c)), '总计')
			);
		}
	}
	const t4 = report.tables.find((t) => t.anchor === 't4');
	if (t4) {
		for (const row of TABLE4) {
			checks.push(sumCheck(`t4.total:${row.id}`, `${row.label}:总计 = 维持 + 纠正 + 其他 + 尚未审结`, '表四每个“总计”是其前四项之和', cell(t4, row.id, 4), [0, 1, 2, 3].map((c) => cell(t4, row.id, c)), '总计'));
		}
	}
	return checks;
}
