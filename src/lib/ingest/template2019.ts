/**
 * The fixed rows of the 2019 regulation's tables (2021 template, and the 2019 trial template where it
 * differs), with their anchors and the indicator keys of their cells. Numbers are placed by this
 * template, never by guessing: see tables2019.ts.
 */

export interface TemplateRow {
	/** Anchor suffix: r3-3-1 is 三、(三)1. */
	id: string;
	label: string;
	/** Labels of the rows above, outermost first. */
	path: string[];
	header?: boolean;
	/** Keys of the row's cells by column index. */
	keys?: Record<number, string>;
}

export const T3_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
export const T4_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const R3 = '三、本年度办理结果';
const total = (key: string) => ({ 6: key });
const items = (id: string, parent: string, labels: string[], keyBase?: string): TemplateRow[] =>
	labels.map((label, i) => ({
		id: `${id}-${i + 1}`,
		label: `${i + 1}.${label}`,
		path: [R3, parent],
		...(keyBase ? { keys: total(`${keyBase}.${i + 1}`) } : {})
	}));

function table3(otherRows: 'three' | 'one'): TemplateRow[] {
	const other: TemplateRow[] =
		otherRows === 'three'
			? [
					{ id: 'r3-6', label: '(六)其他处理', path: [R3], header: true },
					...items('r3-6', '(六)其他处理', ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'])
				]
			: [{ id: 'r3-6', label: '(六)其他处理', path: [R3], keys: total('applications.outcome.other_handling') }];
	return [
		{ id: 'r1', label: '一、本年新收政府信息公开申请数量', path: [], keys: total('applications.received') },
		{ id: 'r2', label: '二、上年结转政府信息公开申请数量', path: [], keys: total('applications.carried_over') },
		{ id: 'r3', label: R3, path: [], header: true },
		{ id: 'r3-1', label: '(一)予以公开', path: [R3], keys: total('applications.outcome.granted') },
		{ id: 'r3-2', label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', path: [R3], keys: total('applications.outcome.partly_granted') },
		{ id: 'r3-3', label: '(三)不予公开', path: [R3], header: true },
		...items('r3-3', '(三)不予公开', ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']),
		{ id: 'r3-4', label: '(四)无法提供', path: [R3], header: true },
		...items('r3-4', '(四)无法提供', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']),
		{ id: 'r3-5', label: '(五)不予处理', path: [R3], header: true },
		...items('r3-5', '(五)不予处理', ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']),
		...other,
		{ id: 'r3-7', label: '(七)总计', path: [R3], keys: total('applications.answered') },
		{ id: 'r4', label: '四、结转下年度继续办理', path: [], keys: total('applications.pending_next') }
	];
}

/** 表三 with (六)其他处理 in three rows (2021 template: 25 rows of numbers) or as one (23 rows). */
export const TABLE3 = { three: table3('three'), one: table3('one') };

export const valueRows = (rows: TemplateRow[]) => rows.filter((r) => !r.header);

const outcomes = (base: string) => ({ 0: `${base}.upheld`, 1: `${base}.corrected`, 2: `${base}.other`, 3: `${base}.pending`, 4: `${base}.total` });

export const TABLE4: TemplateRow[] = [
	{ id: 'r1', label: '行政复议', path: [], keys: outcomes('review') },
	{ id: 'r2', label: '行政诉讼:未经复议直接起诉', path: [], keys: outcomes('litigation.direct') },
	{ id: 'r3', label: '行政诉讼:复议后起诉', path: [], keys: outcomes('litigation.after_review') }
];

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
