/** The fixed benchmark queries: report vocabulary a citizen or journalist would type, short and long. */
export const BENCH_QUERIES = [
	'不动产登记', '行政复议', '依申请公开', '12345', '政务公开', '主动公开', '行政诉讼', '信息公开',
	'申请', '复议', '诉讼', '培训', '经费', '网站', '微博', '政务微信', '新闻发布会', '保密审查',
	'规范性文件', '政策解读', '举报投诉', '工作流程', '办结', '咨询', '收费', '领导小组', '公开目录',
	'在线访谈', '土地出让', '撤销原行政行为', '一级抓一级', '热线', '局', '2018年', '政府信息公开工作',
	'行政 诉讼', '申请答复'
];

/**
 * Twenty words nearly every report uses (the template's own vocabulary: its part titles, table
 * headings and set phrases), the queries whose postings cover most of the corpus.
 */
export const COMMON_QUERIES = [
	'行政复议', '依申请公开', '信息公开', '政府信息公开指南', '主动公开', '行政诉讼', '政务公开', '政府信息',
	'不予公开', '申请人', '规范性文件', '政策解读', '政府网站', '公开目录', '年度报告', '工作要点',
	'主要问题', '改进措施', '统计', '公开'
];

/** Rare phrases: a subject only some reports treat, or a set phrase a few use. */
export const RARE_QUERIES = ['不动产登记', '撤销原行政行为', '一级抓一级', '土地出让', '在线访谈'];
