/**
 * The fixed rows of the 2019 regulation's tables (2021 template, and the 2019 trial template where it
 * differs), with their anchors. Numbers are placed by this template, never by guessing: see
 * ingest/tables/2019/tables.ts. Which indicator each cell is lives in indicators/keys2019.ts.
 */

export interface TemplateRow {
	/** Anchor suffix: r3-3-1 is 三、(三)1. */
	id: string;
	label: string;
	/** Labels of the rows above, outermost first. */
	path: string[];
	header?: boolean;
	/** Words the row's label in a source contains (whatever its spacing, numbering or line breaks). */
	marks: string[];
}

/** The titles of the six parts the regulation's template gives a report (二、三、四、 hold 表二, 表三, 表四). */
export const PART_TITLES = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];

export const T3_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
export const T4_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const R3 = '三、本年度办理结果';
const items = (id: string, parent: string, labels: [string, string][]): TemplateRow[] =>
	labels.map(([label, mark], i) => ({ id: `${id}-${i + 1}`, label: `${i + 1}.${label}`, path: [R3, parent], marks: [mark] }));

function table3(otherRows: 'three' | 'one'): TemplateRow[] {
	const other: TemplateRow[] =
		otherRows === 'three'
			? [
					{ id: 'r3-6', label: '(六)其他处理', path: [R3], header: true, marks: ['其他处理'] },
					...items('r3-6', '(六)其他处理', [
						['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '逾期不补正'],
						['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '缴纳费用'],
						['其他', '其他']
					])
				]
			: [{ id: 'r3-6', label: '(六)其他处理', path: [R3], marks: ['其他处理'] }];
	return [
		{ id: 'r1', label: '一、本年新收政府信息公开申请数量', path: [], marks: ['本年新收'] },
		{ id: 'r2', label: '二、上年结转政府信息公开申请数量', path: [], marks: ['上年结转'] },
		{ id: 'r3', label: R3, path: [], header: true, marks: ['办理结果'] },
		{ id: 'r3-1', label: '(一)予以公开', path: [R3], marks: ['予以公开'] },
		{ id: 'r3-2', label: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', path: [R3], marks: ['部分公开'] },
		{ id: 'r3-3', label: '(三)不予公开', path: [R3], header: true, marks: ['不予公开'] },
		...items('r3-3', '(三)不予公开', [
			['属于国家秘密', '国家秘密'],
			['其他法律行政法规禁止公开', '禁止公开'],
			['危及“三安全一稳定”', '三安全一稳定'],
			['保护第三方合法权益', '第三方合法权益'],
			['属于三类内部事务信息', '内部事务'],
			['属于四类过程性信息', '过程性信息'],
			['属于行政执法案卷', '执法案卷'],
			['属于行政查询事项', '查询事项']
		]),
		{ id: 'r3-4', label: '(四)无法提供', path: [R3], header: true, marks: ['无法提供'] },
		...items('r3-4', '(四)无法提供', [
			['本机关不掌握相关政府信息', '不掌握'],
			['没有现成信息需要另行制作', '另行制作'],
			['补正后申请内容仍不明确', '仍不明确']
		]),
		{ id: 'r3-5', label: '(五)不予处理', path: [R3], header: true, marks: ['不予处理'] },
		...items('r3-5', '(五)不予处理', [
			['信访举报投诉类申请', '信访举报'],
			['重复申请', '重复申请'],
			['要求提供公开出版物', '公开出版物'],
			['无正当理由大量反复申请', '大量反复'],
			['要求行政机关确认或重新出具已获取信息', '重新出具']
		]),
		...other,
		{ id: 'r3-7', label: '(七)总计', path: [R3], marks: ['总计'] },
		{ id: 'r4', label: '四、结转下年度继续办理', path: [], marks: ['结转下年度'] }
	];
}

/** 表三 with (六)其他处理 in three rows (2021 template: 25 rows of numbers) or as one (23 rows). */
export const TABLE3 = { template2021: table3('three'), trial2019: table3('one') };

export const valueRows = (rows: TemplateRow[]) => rows.filter((r) => !r.header);

export const TABLE4: TemplateRow[] = [
	{ id: 'r1', label: '行政复议', path: [], marks: ['行政复议'] },
	{ id: 'r2', label: '行政诉讼:未经复议直接起诉', path: [], marks: ['未经复议'] },
	{ id: 'r3', label: '行政诉讼:复议后起诉', path: [], marks: ['复议后起诉'] }
];

/**
 * 表二's columns by item, for blocks whose header row a converter replaced (数据1 数据2 …) or dropped:
 * the 2021 template's, or the 2019 trial template's, whichever has as many columns as the rows have values.
 */
export const T2_COLUMNS: Record<number, string[][]> = {
	1: [['本年制发件数', '本年废止件数', '现行有效件数'], ['本年新制作数量', '本年新公开数量', '对外公开总数量']],
	5: [['本年处理决定数量'], ['上一年项目数量', '本年增/减', '处理决定数量']],
	6: [['本年处理决定数量'], ['上一年项目数量', '本年增/减', '处理决定数量']],
	8: [['本年收费金额(单位:万元)'], ['上一年项目数量', '本年增/减']],
	9: [['采购项目数量', '采购总金额']]
};

/** The 第二十条 items' numerals, 一 for item 1: 表二's block titles name them (第二十条第(六)项). */
export const T2_ITEM_NAMES = '一二三四五六七八九';

/** 表二's row labels in both templates, by the 第二十条 item whose block holds them. */
export const T2_ITEM_LABELS: Record<number, string[]> = {
	1: ['规章', '行政规范性文件', '规范性文件'],
	5: ['行政许可', '其他对外管理服务事项'],
	6: ['行政处罚', '行政强制'],
	8: ['行政事业性收费'],
	9: ['政府集中采购']
};

/** 表二's row labels in both templates: a run's label is the last of these in its text, else the text itself. */
export const T2_LABELS = Object.values(T2_ITEM_LABELS).flat();
