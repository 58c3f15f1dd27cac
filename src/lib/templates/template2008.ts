import { chineseNumeral } from '../text/numerals';

/**
 * The 2008 regulation's appendix (政府信息公开情况统计表: 指标 | 单位 | 数量) row by row as the template prints
 * it, and the sums it states. Collapsed crawler text is read by these labels (ingest/tables/2008/inline.ts); which
 * indicator each row is lives in indicators/cells2008.ts.
 */
export interface TemplateRow2008 {
	/** The label as the template prints it, numbering included. */
	label: string;
	unit: string | null;
	/** A group heading: its 数量 cell is "—". */
	header?: boolean;
	/** The row's numbered sub-rows (not its 其中 rows) add up to it, as the template defines. */
	sum?: boolean;
}

const group = (label: string): TemplateRow2008 => ({ label, unit: null, header: true });
const row = (label: string, unit: string, sum?: 'sum'): TemplateRow2008 => ({ label, unit, ...(sum ? { sum: true } : {}) });

export const TEMPLATE_2008: TemplateRow2008[] = [
	group('一、主动公开情况'),
	row('(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)', '条'),
	row('其中:主动公开规范性文件数', '条'),
	row('制发规范性文件总数', '件'),
	group('(二)通过不同渠道和方式公开政府信息的情况'),
	row('1.政府公报公开政府信息数', '条'),
	row('2.政府网站公开政府信息数', '条'),
	row('3.政务微博公开政府信息数', '条'),
	row('4.政务微信公开政府信息数', '条'),
	row('5.其他方式公开政府信息数', '条'),
	group('二、回应解读情况'),
	row('(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)', '次'),
	group('(二)通过不同渠道和方式回应解读的情况'),
	row('1.参加或举办新闻发布会总次数', '次'),
	row('其中:主要负责同志参加新闻发布会次数', '次'),
	row('2.政府网站在线访谈次数', '次'),
	row('其中:主要负责同志参加政府网站在线访谈次数', '次'),
	row('3.政策解读稿件发布数', '篇'),
	row('4.微博微信回应事件数', '次'),
	row('5.其他方式回应事件数', '次'),
	group('三、依申请公开情况'),
	row('(一)收到申请数', '件', 'sum'),
	row('1.当面申请数', '件'),
	row('2.传真申请数', '件'),
	row('3.网络申请数', '件'),
	row('4.信函申请数', '件'),
	row('(二)申请办结数', '件', 'sum'),
	row('1.按时办结数', '件'),
	row('2.延期办结数', '件'),
	row('(三)申请答复数', '件', 'sum'),
	row('1.属于已主动公开范围数', '件'),
	row('2.同意公开答复数', '件'),
	row('3.同意部分公开答复数', '件'),
	row('4.不同意公开答复数', '件'),
	row('其中:涉及国家秘密', '件'),
	row('涉及商业秘密', '件'),
	row('涉及个人隐私', '件'),
	row('危及国家安全、公共安全、经济安全和社会稳定', '件'),
	row('不是《条例》所指政府信息', '件'),
	row('法律法规规定的其他情形', '件'),
	row('5.不属于本行政机关公开数', '件'),
	row('6.申请信息不存在数', '件'),
	row('7.告知作出更改补充数', '件'),
	row('8.告知通过其他途径办理数', '件'),
	row('四、行政复议数量', '件', 'sum'),
	row('(一)维持具体行政行为数', '件'),
	row('(二)被依法纠错数', '件'),
	row('(三)其他情形数', '件'),
	row('五、行政诉讼数量', '件', 'sum'),
	row('(一)维持具体行政行为或者驳回原告诉讼请求数', '件'),
	row('(二)被依法纠错数', '件'),
	row('(三)其他情形数', '件'),
	row('六、举报投诉数量', '件'),
	row('七、依申请公开信息收取的费用', '万元'),
	group('八、机构建设和保障经费情况'),
	row('(一)政府信息公开工作专门机构数', '个'),
	row('(二)设置政府信息公开查阅点数', '个'),
	row('(三)从事政府信息公开工作人员数', '人', 'sum'),
	row('1.专职人员数(不包括政府公报及政府网站工作人员数)', '人'),
	row('2.兼职人员数', '人'),
	row('(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)', '万元'),
	group('九、政府信息公开会议和培训情况'),
	row('(一)召开政府信息公开工作会议或专题会议数', '次'),
	row('(二)举办各类培训班数', '次'),
	row('(三)接受培训人员数', '人次')
];

/** Where a 2008 row label stands in the appendix's outline. */
export interface RowLevel {
	level: number;
	/** The number in the outline; null for unnumbered rows (其中… and what follows them). */
	n: number | null;
}

/** 一、 → 1, (一) → 2, 1. → 3, anything else (其中:… and its continuations) → 4. */
export function rowLevel(label: string): RowLevel {
	let m = /^([一二三四五六七八九十]{1,3})、/.exec(label);
	if (m) return { level: 1, n: chineseNumeral(m[1]) };
	m = /^\(([一二三四五六七八九十]{1,3})\)/.exec(label);
	if (m) return { level: 2, n: chineseNumeral(m[1]) };
	m = /^(\d{1,2})[.、]/.exec(label);
	if (m) return { level: 3, n: Number(m[1]) };
	return { level: 4, n: null };
}
