/**
 * The 2019 regulation's tables (表二, 表三, 表四) cell by cell: template keys for rows and columns, in both
 * versions of the template (the 2019 trial one and the 2021 one), with the canonical key of each cell where its
 * definition matches a quantity the other template reports too (see keys.ts).
 */
export type Variant = '2019' | '2021';

export interface Column2019 {
	key: string;
	label: string;
	/** Other spellings of the column heading seen in reports. */
	aliases?: string[];
}

export interface Row2019 {
	key: string;
	/** The table this row belongs to, as readers know it: 表二(一), 表三, 表四. */
	table: string;
	label: string;
	/** Labels of the rows above, outermost first. */
	path: string[];
	/** Which template versions print this row, and with which of the table's columns. */
	columns: Partial<Record<Variant, string[]>>;
	/** 表三, 表四: the row's anchor suffix as the parser places it (t3-r3-3-1). 表二: the row labels it is read from. */
	anchor?: string;
	labels?: string[];
	/** Canonical keys by column key. */
	canonical?: Record<string, string>;
	header?: boolean;
	note?: string;
}

export const COLUMNS_2019: Record<string, Column2019[]> = {
	表二: [
		{ key: 'issued', label: '本年制发件数' },
		{ key: 'repealed', label: '本年废止件数' },
		{ key: 'in_force', label: '现行有效件数' },
		{ key: 'decisions', label: '本年处理决定数量', aliases: ['处理决定数量'] },
		{ key: 'amount', label: '本年收费金额(单位:万元)', aliases: ['采购总金额'] },
		{ key: 'made', label: '本年新制作数量' },
		{ key: 'published', label: '本年新公开数量' },
		{ key: 'public_total', label: '对外公开总数量' },
		{ key: 'previous', label: '上一年项目数量' },
		{ key: 'change', label: '本年增/减' },
		{ key: 'projects', label: '采购项目数量' }
	],
	表三: [
		{ key: 'natural_person', label: '自然人' },
		{ key: 'business', label: '商业企业' },
		{ key: 'research', label: '科研机构' },
		{ key: 'public_interest', label: '社会公益组织' },
		{ key: 'legal_services', label: '法律服务机构' },
		{ key: 'other_applicant', label: '其他' },
		{ key: 'total', label: '总计' }
	],
	表四: [
		{ key: 'upheld', label: '结果维持' },
		{ key: 'corrected', label: '结果纠正' },
		{ key: 'other', label: '其他结果' },
		{ key: 'pending', label: '尚未审结' },
		{ key: 'total', label: '总计' }
	]
};

const T3_ALL = COLUMNS_2019.表三.map((c) => c.key);
const T4_ALL = COLUMNS_2019.表四.map((c) => c.key);
const BOTH = (columns: string[]) => ({ '2019': columns, '2021': columns });

const t2 = (item: string, key: string, labels: string[], columns: Row2019['columns'], canonical?: Record<string, string>, note?: string): Row2019 => ({
	key: `t2.i${item}.${key}`,
	table: `表二(${'一二三四五六七八九'[Number(item) - 1]})`,
	label: labels[0],
	path: [],
	labels,
	columns,
	...(canonical ? { canonical } : {}),
	...(note ? { note } : {})
});

export const TABLE2_ROWS: Row2019[] = [
	t2('1', 'rules', ['规章'], { '2021': ['issued', 'repealed', 'in_force'], '2019': ['made', 'published', 'public_total'] }, { issued: 'normative.rules.issued', repealed: 'normative.rules.repealed', in_force: 'normative.rules.in_force' }, '2019 试行模板报“本年新制作/本年新公开/对外公开总数量”，与 2021 模板的“制发/废止/现行有效”含义不同，各有其键。'),
	t2('1', 'documents', ['行政规范性文件', '规范性文件'], { '2021': ['issued', 'repealed', 'in_force'], '2019': ['made', 'published', 'public_total'] }, { issued: 'normative.documents.issued', repealed: 'normative.documents.repealed', in_force: 'normative.documents.in_force' }, '2019 试行模板此行名为“规范性文件”。'),
	t2('5', 'licensing', ['行政许可'], { '2021': ['decisions'], '2019': ['previous', 'change', 'decisions'] }, { decisions: 'decisions.licensing' }, '2019 试行模板另报上一年项目数量和本年增/减，列名为“处理决定数量”。'),
	t2('5', 'other_services', ['其他对外管理服务事项'], { '2019': ['previous', 'change', 'decisions'] }, undefined, '只见于 2019 试行模板。'),
	t2('6', 'penalties', ['行政处罚'], { '2021': ['decisions'], '2019': ['previous', 'change', 'decisions'] }, { decisions: 'decisions.penalties' }),
	t2('6', 'enforcement', ['行政强制'], { '2021': ['decisions'], '2019': ['previous', 'change', 'decisions'] }, { decisions: 'decisions.enforcement' }),
	t2('8', 'fees', ['行政事业性收费'], { '2021': ['amount'], '2019': ['previous', 'change'] }, { amount: 'fees.administrative' }, '2021 模板报本年收费金额（万元）；2019 试行模板报收费项目数。'),
	t2('9', 'procurement', ['政府集中采购'], { '2019': ['projects', 'amount'] }, undefined, '只见于 2019 试行模板；采购总金额的单位随报告（多为元或万元）。')
];

const R3 = '三、本年度办理结果';
const t3 = (anchor: string, key: string, label: string, path: string[], extra: Partial<Row2019> = {}): Row2019 => ({
	key: `t3.${key}`,
	table: '表三',
	label,
	path,
	anchor,
	columns: BOTH(T3_ALL),
	...extra
});
const t3items = (anchor: string, base: string, parent: string, items: [string, string][]): Row2019[] =>
	items.map(([key, label], i) => t3(`${anchor}-${i + 1}`, `${base}.${key}`, `${i + 1}.${label}`, [R3, parent]));
const header = (anchor: string, key: string, label: string, path: string[], columns = BOTH([])): Row2019 => t3(anchor, key, label, path, { header: true, columns });
const total = (key: string) => ({ canonical: { total: key } });

export const TABLE3_ROWS: Row2019[] = [
	t3('r1', 'received', '一、本年新收政府信息公开申请数量', [], { ...total('applications.received'), note: '只计本年新收的申请；上年结转的另列。' }),
	t3('r2', 'carried_over', '二、上年结转政府信息公开申请数量', [], total('applications.carried_over')),
	header('r3', 'outcome', R3, []),
	t3('r3-1', 'outcome.granted', '(一)予以公开', [R3], total('applications.outcome.granted')),
	t3('r3-2', 'outcome.partly_granted', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', [R3], total('applications.outcome.partly_granted')),
	header('r3-3', 'outcome.withheld', '(三)不予公开', [R3]),
	...t3items('r3-3', 'outcome.withheld', '(三)不予公开', [
		['state_secret', '属于国家秘密'],
		['prohibited_by_law', '其他法律行政法规禁止公开'],
		['security_stability', '危及“三安全一稳定”'],
		['third_party', '保护第三方合法权益'],
		['internal_affairs', '属于三类内部事务信息'],
		['process_information', '属于四类过程性信息'],
		['enforcement_files', '属于行政执法案卷'],
		['administrative_queries', '属于行政查询事项']
	]),
	header('r3-4', 'outcome.unavailable', '(四)无法提供', [R3]),
	...t3items('r3-4', 'outcome.unavailable', '(四)无法提供', [
		['not_held', '本机关不掌握相关政府信息'],
		['needs_creation', '没有现成信息需要另行制作'],
		['unclear_after_correction', '补正后申请内容仍不明确']
	]),
	header('r3-5', 'outcome.not_handled', '(五)不予处理', [R3]),
	...t3items('r3-5', 'outcome.not_handled', '(五)不予处理', [
		['petitions', '信访举报投诉类申请'],
		['repeated', '重复申请'],
		['publications', '要求提供公开出版物'],
		['excessive', '无正当理由大量反复申请'],
		['confirmation', '要求行政机关确认或重新出具已获取信息']
	]),
	t3('r3-6', 'outcome.other_handling', '(六)其他处理', [R3], {
		columns: { '2019': T3_ALL, '2021': [] },
		...total('applications.outcome.other_handling'),
		note: '2019 试行模板只列一行；2021 模板分三项，本行只是分组标题。'
	}),
	...t3items('r3-6', 'outcome.other_handling', '(六)其他处理', [
		['no_correction', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
		['no_fee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
		['other', '其他']
	]).map((row) => ({ ...row, columns: { '2021': T3_ALL } })),
	t3('r3-7', 'outcome.total', '(七)总计', [R3], total('applications.answered')),
	t3('r4', 'pending_next', '四、结转下年度继续办理', [], total('applications.pending_next'))
];

const t4 = (anchor: string, key: string, label: string, base: string): Row2019 => ({
	key: `t4.${key}`,
	table: '表四',
	label,
	path: [],
	anchor,
	columns: BOTH(T4_ALL),
	canonical: Object.fromEntries(T4_ALL.map((c) => [c, `${base}.${c}`]))
});

export const TABLE4_ROWS: Row2019[] = [
	t4('r1', 'review', '行政复议', 'review'),
	t4('r2', 'litigation.direct', '行政诉讼:未经复议直接起诉', 'litigation.direct'),
	t4('r3', 'litigation.after_review', '行政诉讼:复议后起诉', 'litigation.after_review')
];
