/**
 * Canonical keys of the 2019 template's cells (see keys.ts for their definitions): 表三 and 表四 by
 * template row id and column index, 表二 by row label and column name. The template's rows themselves
 * (labels, anchors) are in templates/template2019.ts; this file only says which quantity each cell is.
 */

/** 表三: the 总计 column (index 6) of these rows; the other cells have no canonical key. */
export const TABLE3_KEYS: Record<string, Record<number, string>> = {
	r1: { 6: 'applications.received' },
	r2: { 6: 'applications.carried_over' },
	'r3-1': { 6: 'applications.outcome.granted' },
	'r3-2': { 6: 'applications.outcome.partly_granted' },
	// (六)其他处理 where the template prints it as one row (2019 trial); in 2021 it is a group header.
	'r3-6': { 6: 'applications.outcome.other_handling' },
	'r3-7': { 6: 'applications.answered' },
	r4: { 6: 'applications.pending_next' }
};

const outcomes = (base: string) => ({ 0: `${base}.upheld`, 1: `${base}.corrected`, 2: `${base}.other`, 3: `${base}.pending`, 4: `${base}.total` });

/** 表四: every cell. */
export const TABLE4_KEYS: Record<string, Record<number, string>> = {
	r1: outcomes('review'),
	r2: outcomes('litigation.direct'),
	r3: outcomes('litigation.after_review')
};

/**
 * Keys of 表二's known rows, by column name. The 2019 trial template's columns differ (上一年项目数量,
 * 本年增/减, 处理决定数量); only the columns that mean the same as the 2021 ones carry a key.
 */
export const TABLE2_KEYS: Record<string, Record<string, string>> = {
	规章: { 本年制发件数: 'normative.rules.issued', 本年废止件数: 'normative.rules.repealed', 现行有效件数: 'normative.rules.in_force' },
	行政规范性文件: { 本年制发件数: 'normative.documents.issued', 本年废止件数: 'normative.documents.repealed', 现行有效件数: 'normative.documents.in_force' },
	行政许可: { 本年处理决定数量: 'decisions.licensing', 处理决定数量: 'decisions.licensing' },
	行政处罚: { 本年处理决定数量: 'decisions.penalties', 处理决定数量: 'decisions.penalties' },
	行政强制: { 本年处理决定数量: 'decisions.enforcement', 处理决定数量: 'decisions.enforcement' },
	行政事业性收费: { '本年收费金额(单位:万元)': 'fees.administrative' }
};
