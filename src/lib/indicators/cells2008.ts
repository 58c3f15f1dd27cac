import { TEMPLATE_2008 } from '../templates/template2008';

/**
 * The 2008 regulation's appendix (政府信息公开情况统计表, 指标 | 单位 | 数量) row by row as printed, each with its
 * template key. One value column (数量), so a cell's key is its row's key. The hierarchy is read from the numbering
 * (一、 > (一) > 1. > unnumbered 其中 rows) exactly as the parser reads a report's appendix.
 */
export interface Row2008 {
	key: string;
	/** The label as the template prints it, numbering included. */
	label: string;
	unit: string | null;
	/** A group heading with no number of its own (its 数量 cell is "—"). */
	header?: boolean;
}

/** The template key of each row of the template (templates/template2008.ts), in its order. */
const ROW_KEYS = [
	'a.publish', // 一、主动公开情况
	'a.publish.total', // (一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)
	'a.publish.normative', // 其中:主动公开规范性文件数
	'a.publish.normative_issued', // 制发规范性文件总数
	'a.publish.channel', // (二)通过不同渠道和方式公开政府信息的情况
	'a.publish.channel.gazette', // 1.政府公报公开政府信息数
	'a.publish.channel.website', // 2.政府网站公开政府信息数
	'a.publish.channel.weibo', // 3.政务微博公开政府信息数
	'a.publish.channel.wechat', // 4.政务微信公开政府信息数
	'a.publish.channel.other', // 5.其他方式公开政府信息数
	'a.response', // 二、回应解读情况
	'a.response.hotspots', // (一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)
	'a.response.channel', // (二)通过不同渠道和方式回应解读的情况
	'a.response.press_conferences', // 1.参加或举办新闻发布会总次数
	'a.response.press_conferences_by_head', // 其中:主要负责同志参加新闻发布会次数
	'a.response.interviews', // 2.政府网站在线访谈次数
	'a.response.interviews_by_head', // 其中:主要负责同志参加政府网站在线访谈次数
	'a.response.interpretations', // 3.政策解读稿件发布数
	'a.response.social_media', // 4.微博微信回应事件数
	'a.response.other', // 5.其他方式回应事件数
	'a.applications', // 三、依申请公开情况
	'a.applications.received', // (一)收到申请数
	'a.applications.channel.in_person', // 1.当面申请数
	'a.applications.channel.fax', // 2.传真申请数
	'a.applications.channel.online', // 3.网络申请数
	'a.applications.channel.letter', // 4.信函申请数
	'a.applications.completed', // (二)申请办结数
	'a.applications.completed.on_time', // 1.按时办结数
	'a.applications.completed.extended', // 2.延期办结数
	'a.applications.answered', // (三)申请答复数
	'a.applications.outcome.already_public', // 1.属于已主动公开范围数
	'a.applications.outcome.granted', // 2.同意公开答复数
	'a.applications.outcome.partly_granted', // 3.同意部分公开答复数
	'a.applications.outcome.refused', // 4.不同意公开答复数
	'a.applications.outcome.refused.state_secret', // 其中:涉及国家秘密
	'a.applications.outcome.refused.commercial_secret', // 涉及商业秘密
	'a.applications.outcome.refused.privacy', // 涉及个人隐私
	'a.applications.outcome.refused.security_stability', // 危及国家安全、公共安全、经济安全和社会稳定
	'a.applications.outcome.refused.not_government_information', // 不是《条例》所指政府信息
	'a.applications.outcome.refused.other_statutory', // 法律法规规定的其他情形
	'a.applications.outcome.not_this_agency', // 5.不属于本行政机关公开数
	'a.applications.outcome.not_exist', // 6.申请信息不存在数
	'a.applications.outcome.asked_to_amend', // 7.告知作出更改补充数
	'a.applications.outcome.other_channel', // 8.告知通过其他途径办理数
	'a.review.total', // 四、行政复议数量
	'a.review.upheld', // (一)维持具体行政行为数
	'a.review.corrected', // (二)被依法纠错数
	'a.review.other', // (三)其他情形数
	'a.litigation.total', // 五、行政诉讼数量
	'a.litigation.upheld', // (一)维持具体行政行为或者驳回原告诉讼请求数
	'a.litigation.corrected', // (二)被依法纠错数
	'a.litigation.other', // (三)其他情形数
	'a.complaints', // 六、举报投诉数量
	'a.fees.applications', // 七、依申请公开信息收取的费用
	'a.organisation', // 八、机构建设和保障经费情况
	'a.organisation.offices', // (一)政府信息公开工作专门机构数
	'a.organisation.reading_points', // (二)设置政府信息公开查阅点数
	'a.staff.total', // (三)从事政府信息公开工作人员数
	'a.staff.full_time', // 1.专职人员数(不包括政府公报及政府网站工作人员数)
	'a.staff.part_time', // 2.兼职人员数
	'a.budget', // (四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)
	'a.meetings_training', // 九、政府信息公开会议和培训情况
	'a.meetings', // (一)召开政府信息公开工作会议或专题会议数
	'a.training.sessions', // (二)举办各类培训班数
	'a.training.people' // (三)接受培训人员数
];

if (ROW_KEYS.length !== TEMPLATE_2008.length) throw new Error('cells2008: one key per row of the 2008 template');

export const APPENDIX_2008: Row2008[] = TEMPLATE_2008.map((row, i) => ({ key: ROW_KEYS[i], label: row.label, unit: row.unit, ...(row.header ? { header: true } : {}) }));
