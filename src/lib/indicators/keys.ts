/**
 * Canonical indicator keys: one stable name for a quantity that the 2008 and 2019 templates both (or
 * either) report, so reports of different years line up. `in2008` is the path of bare row labels
 * (see labels.ts) that ends at the row; `note` says where the two definitions differ.
 */
export interface KeyDef {
	key: string;
	name: string;
	unit: string;
	in2008?: string[];
	/**
	 * Other wordings of the same row in the tables provinces drew up for themselves in the 2008 era
	 * (主动公开信息数, 受理依申请公开信息总数 …): each a path of bare labels ending at the row, tried only
	 * when no row of the report matches `in2008`, so a national-template row always wins.
	 */
	aliases2008?: string[][];
	definition2008?: string;
	/** Where the 2019 template reports it (its cells carry the key: see templates/template2019.ts). */
	definition2019?: string;
	note?: string;
}

export const KEYS: KeyDef[] = [
	{ key: 'publish.total', name: '主动公开政府信息数', unit: '条', in2008: ['主动公开政府信息数'], aliases2008: [['主动公开信息数'], ['主动公开信息总数'], ['主动公开政府信息总数']], definition2008: '一、(一)主动公开政府信息数（不同渠道公开相同信息计 1 条）' },
	{ key: 'publish.normative', name: '主动公开规范性文件数', unit: '条', in2008: ['主动公开规范性文件数'], definition2008: '一、(一)其中：主动公开规范性文件数' },
	{ key: 'publish.normative_issued', name: '制发规范性文件总数', unit: '件', in2008: ['制发规范性文件总数'], definition2008: '一、(一)制发规范性文件总数' },
	{ key: 'publish.channel.gazette', name: '政府公报公开政府信息数', unit: '条', in2008: ['政府公报公开政府信息数'], aliases2008: [['公报公开'], ['政府公报公开']], definition2008: '一、(二)1.' },
	{ key: 'publish.channel.website', name: '政府网站公开政府信息数', unit: '条', in2008: ['政府网站公开政府信息数'], aliases2008: [['网站公开'], ['政府网站公开']], definition2008: '一、(二)2.' },
	{ key: 'publish.channel.weibo', name: '政务微博公开政府信息数', unit: '条', in2008: ['政务微博公开政府信息数'], definition2008: '一、(二)3.' },
	{ key: 'publish.channel.wechat', name: '政务微信公开政府信息数', unit: '条', in2008: ['政务微信公开政府信息数'], definition2008: '一、(二)4.' },
	{ key: 'publish.channel.other', name: '其他方式公开政府信息数', unit: '条', in2008: ['其他方式公开政府信息数'], aliases2008: [['其他方式公开'], ['其他方式公开信息数']], definition2008: '一、(二)5.' },
	{ key: 'response.hotspots', name: '回应公众关注热点或重大舆情数', unit: '次', in2008: ['回应公众关注热点或重大舆情数'], definition2008: '二、(一)' },
	{ key: 'response.press_conferences', name: '参加或举办新闻发布会总次数', unit: '次', in2008: ['参加或举办新闻发布会总次数'], definition2008: '二、(二)1.' },
	{ key: 'response.press_conferences_by_head', name: '主要负责同志参加新闻发布会次数', unit: '次', in2008: ['主要负责同志参加新闻发布会次数'], definition2008: '二、(二)1. 其中' },
	{ key: 'response.interviews', name: '政府网站在线访谈次数', unit: '次', in2008: ['政府网站在线访谈次数'], definition2008: '二、(二)2.' },
	{ key: 'response.interviews_by_head', name: '主要负责同志参加政府网站在线访谈次数', unit: '次', in2008: ['主要负责同志参加政府网站在线访谈次数'], definition2008: '二、(二)2. 其中' },
	{ key: 'response.interpretations', name: '政策解读稿件发布数', unit: '篇', in2008: ['政策解读稿件发布数'], definition2008: '二、(二)3.' },
	{ key: 'response.social_media', name: '微博微信回应事件数', unit: '次', in2008: ['微博微信回应事件数'], definition2008: '二、(二)4.' },
	{ key: 'response.other', name: '其他方式回应事件数', unit: '次', in2008: ['其他方式回应事件数'], definition2008: '二、(二)5.' },
	{ key: 'applications.received', name: '收到（新收）政府信息公开申请数', unit: '件', in2008: ['收到申请数'], aliases2008: [['受理依申请公开信息总数'], ['受理政府信息公开申请数'], ['受理申请数']], definition2008: '三、(一)收到申请数', definition2019: '表三 一、本年新收政府信息公开申请数量,总计列', note: '2019 年起只计本年新收的申请,上年结转的另列(applications.carried_over);2008 年的“收到申请数”不区分。' },
	{ key: 'applications.channel.in_person', name: '当面申请数', unit: '件', in2008: ['收到申请数', '当面申请数'], aliases2008: [['当面申请']], definition2008: '三、(一)1.' },
	{ key: 'applications.channel.fax', name: '传真申请数', unit: '件', in2008: ['收到申请数', '传真申请数'], aliases2008: [['传真申请']], definition2008: '三、(一)2.' },
	{ key: 'applications.channel.online', name: '网络申请数', unit: '件', in2008: ['收到申请数', '网络申请数'], aliases2008: [['网络申请'], ['网上申请']], definition2008: '三、(一)3.' },
	{ key: 'applications.channel.letter', name: '信函申请数', unit: '件', in2008: ['收到申请数', '信函申请数'], aliases2008: [['信函申请']], definition2008: '三、(一)4.' },
	{ key: 'applications.completed', name: '申请办结数', unit: '件', in2008: ['申请办结数'], definition2008: '三、(二)申请办结数' },
	{ key: 'applications.completed.on_time', name: '按时办结数', unit: '件', in2008: ['申请办结数', '按时办结数'], definition2008: '三、(二)1.' },
	{ key: 'applications.completed.extended', name: '延期办结数', unit: '件', in2008: ['申请办结数', '延期办结数'], definition2008: '三、(二)2.' },
	{ key: 'applications.answered', name: '申请答复（办理结果）总数', unit: '件', in2008: ['申请答复数'], aliases2008: [['对申请的答复数'], ['申请答复总数']], definition2008: '三、(三)申请答复数', definition2019: '表三 三、(七)总计,总计列', note: '2019 年的“总计”含不予处理、其他处理等全部办理结果;2008 年的“申请答复数”只计答复。' },
	{ key: 'applications.outcome.already_public', name: '属于已主动公开范围数', unit: '件', in2008: ['申请答复数', '属于已主动公开范围数'], definition2008: '三、(三)1.' },
	{ key: 'applications.outcome.granted', name: '同意公开（予以公开）', unit: '件', in2008: ['申请答复数', '同意公开答复数'], aliases2008: [['同意公开']], definition2008: '三、(三)2.', definition2019: '表三 三、(一)予以公开,总计列' },
	{ key: 'applications.outcome.partly_granted', name: '同意部分公开（部分公开）', unit: '件', in2008: ['申请答复数', '同意部分公开答复数'], aliases2008: [['同意部分公开'], ['部分公开']], definition2008: '三、(三)3.', definition2019: '表三 三、(二)部分公开,总计列' },
	{ key: 'applications.outcome.refused', name: '不同意公开（不予公开）', unit: '件', in2008: ['申请答复数', '不同意公开答复数'], aliases2008: [['不予公开'], ['不同意公开']], definition2008: '三、(三)4.' },
	{ key: 'applications.outcome.not_this_agency', name: '不属于本行政机关公开数', unit: '件', in2008: ['申请答复数', '不属于本行政机关公开数'], definition2008: '三、(三)5.' },
	{ key: 'applications.outcome.not_exist', name: '申请信息不存在数', unit: '件', in2008: ['申请答复数', '申请信息不存在数'], aliases2008: [['信息不存在'], ['申请信息不存在']], definition2008: '三、(三)6.' },
	{ key: 'applications.outcome.asked_to_amend', name: '告知作出更改补充数', unit: '件', in2008: ['申请答复数', '告知作出更改补充数'], definition2008: '三、(三)7.' },
	{ key: 'applications.outcome.other_channel', name: '告知通过其他途径办理数', unit: '件', in2008: ['申请答复数', '告知通过其他途径办理数'], definition2008: '三、(三)8.' },
	{ key: 'review.total', name: '行政复议数量', unit: '件', in2008: ['行政复议数量'], aliases2008: [['行政复议数'], ['行政复议案件数']], definition2008: '四、行政复议数量', definition2019: '表四 行政复议·总计', note: '2019 年的总计含尚未审结的复议。' },
	{ key: 'review.upheld', name: '行政复议：维持', unit: '件', in2008: ['行政复议数量', '维持具体行政行为数'], definition2008: '四、(一)维持具体行政行为数', definition2019: '表四 行政复议·结果维持' },
	{ key: 'review.corrected', name: '行政复议：纠正', unit: '件', in2008: ['行政复议数量', '被依法纠错数'], definition2008: '四、(二)被依法纠错数', definition2019: '表四 行政复议·结果纠正' },
	{ key: 'review.other', name: '行政复议：其他结果', unit: '件', in2008: ['行政复议数量', '其他情形数'], definition2008: '四、(三)其他情形数', definition2019: '表四 行政复议·其他结果' },
	{ key: 'litigation.total', name: '行政诉讼数量', unit: '件', in2008: ['行政诉讼数量'], aliases2008: [['行政诉讼数'], ['行政诉讼案件数']], definition2008: '五、行政诉讼数量' },
	{ key: 'litigation.upheld', name: '行政诉讼：维持或驳回', unit: '件', in2008: ['行政诉讼数量', '维持具体行政行为或者驳回原告诉讼请求数'], definition2008: '五、(一)' },
	{ key: 'litigation.corrected', name: '行政诉讼：纠正', unit: '件', in2008: ['行政诉讼数量', '被依法纠错数'], definition2008: '五、(二)被依法纠错数' },
	{ key: 'litigation.other', name: '行政诉讼：其他结果', unit: '件', in2008: ['行政诉讼数量', '其他情形数'], definition2008: '五、(三)其他情形数' },
	{ key: 'complaints', name: '举报投诉数量', unit: '件', in2008: ['举报投诉数量'], definition2008: '六、举报投诉数量' },
	{ key: 'fees.applications', name: '依申请公开信息收取的费用', unit: '万元', in2008: ['依申请公开信息收取的费用'], definition2008: '七、' },
	{ key: 'organisation.offices', name: '政府信息公开工作专门机构数', unit: '个', in2008: ['政府信息公开工作专门机构数'], definition2008: '八、(一)' },
	{ key: 'organisation.reading_points', name: '政府信息公开查阅点数', unit: '个', in2008: ['设置政府信息公开查阅点数'], definition2008: '八、(二)' },
	{ key: 'staff.total', name: '从事政府信息公开工作人员数', unit: '人', in2008: ['从事政府信息公开工作人员数'], definition2008: '八、(三)' },
	{ key: 'staff.full_time', name: '专职人员数', unit: '人', in2008: ['从事政府信息公开工作人员数', '专职人员数'], definition2008: '八、(三)1.' },
	{ key: 'staff.part_time', name: '兼职人员数', unit: '人', in2008: ['从事政府信息公开工作人员数', '兼职人员数'], definition2008: '八、(三)2.' },
	{ key: 'budget', name: '政府信息公开专项经费', unit: '万元', in2008: ['政府信息公开专项经费'], definition2008: '八、(四)' },
	{ key: 'meetings', name: '召开政府信息公开工作会议或专题会议数', unit: '次', in2008: ['召开政府信息公开工作会议或专题会议数'], definition2008: '九、(一)' },
	{ key: 'training.sessions', name: '举办各类培训班数', unit: '次', in2008: ['举办各类培训班数'], definition2008: '九、(二)' },
	{ key: 'training.people', name: '接受培训人员数', unit: '人次', in2008: ['接受培训人员数'], definition2008: '九、(三)' },
	{ key: 'applications.carried_over', name: '上年结转政府信息公开申请数量', unit: '件', definition2019: '表三 二、上年结转,总计列' },
	{ key: 'applications.pending_next', name: '结转下年度继续办理', unit: '件', definition2019: '表三 四、结转下年度继续办理,总计列' },
	{ key: 'applications.outcome.other_handling', name: '其他处理', unit: '件', definition2019: '表三 三、(六)其他处理(只列一行时),总计列' },
	{ key: 'review.pending', name: '行政复议:尚未审结', unit: '件', definition2019: '表四 行政复议·尚未审结' },
	...['direct', 'after_review'].flatMap((kind) => {
		const label = kind === 'direct' ? '未经复议直接起诉' : '复议后起诉';
		return (
			[
				['total', '总计'],
				['upheld', '结果维持'],
				['corrected', '结果纠正'],
				['other', '其他结果'],
				['pending', '尚未审结']
			] as const
		).map(([k, col]) => ({
			key: `litigation.${kind}.${k}`,
			name: `行政诉讼(${label}):${col}`,
			unit: '件',
			definition2019: `表四 行政诉讼·${label}·${col}`,
			...(k === 'total' ? { note: '2008 年只报行政诉讼总数(litigation.total),不分是否经过复议。' } : {})
		}));
	}),
	{ key: 'normative.rules.issued', name: '规章:本年制发件数', unit: '件', definition2019: '表二 第二十条第(一)项 规章·本年制发件数' },
	{ key: 'normative.rules.repealed', name: '规章:本年废止件数', unit: '件', definition2019: '表二 第二十条第(一)项 规章·本年废止件数' },
	{ key: 'normative.rules.in_force', name: '规章:现行有效件数', unit: '件', definition2019: '表二 第二十条第(一)项 规章·现行有效件数' },
	{ key: 'normative.documents.issued', name: '行政规范性文件:本年制发件数', unit: '件', definition2019: '表二 第二十条第(一)项 行政规范性文件·本年制发件数' },
	{ key: 'normative.documents.repealed', name: '行政规范性文件:本年废止件数', unit: '件', definition2019: '表二 第二十条第(一)项 行政规范性文件·本年废止件数' },
	{ key: 'normative.documents.in_force', name: '行政规范性文件:现行有效件数', unit: '件', definition2019: '表二 第二十条第(一)项 行政规范性文件·现行有效件数' },
	{ key: 'decisions.licensing', name: '行政许可:本年处理决定数量', unit: '件', definition2019: '表二 第二十条第(五)项 行政许可' },
	{ key: 'decisions.penalties', name: '行政处罚:本年处理决定数量', unit: '件', definition2019: '表二 第二十条第(六)项 行政处罚' },
	{ key: 'decisions.enforcement', name: '行政强制:本年处理决定数量', unit: '件', definition2019: '表二 第二十条第(六)项 行政强制' },
	{ key: 'fees.administrative', name: '行政事业性收费:本年收费金额', unit: '万元', definition2019: '表二 第二十条第(八)项 行政事业性收费' }
];

export const KEY_BY_NAME = new Map(KEYS.map((k) => [k.key, k]));
