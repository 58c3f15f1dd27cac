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

const group = (key: string, label: string): Row2008 => ({ key, label, unit: null, header: true });

export const APPENDIX_2008: Row2008[] = [
	group('a.publish', '一、主动公开情况'),
	{ key: 'a.publish.total', label: '(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)', unit: '条' },
	{ key: 'a.publish.normative', label: '其中:主动公开规范性文件数', unit: '条' },
	{ key: 'a.publish.normative_issued', label: '制发规范性文件总数', unit: '件' },
	group('a.publish.channel', '(二)通过不同渠道和方式公开政府信息的情况'),
	{ key: 'a.publish.channel.gazette', label: '1.政府公报公开政府信息数', unit: '条' },
	{ key: 'a.publish.channel.website', label: '2.政府网站公开政府信息数', unit: '条' },
	{ key: 'a.publish.channel.weibo', label: '3.政务微博公开政府信息数', unit: '条' },
	{ key: 'a.publish.channel.wechat', label: '4.政务微信公开政府信息数', unit: '条' },
	{ key: 'a.publish.channel.other', label: '5.其他方式公开政府信息数', unit: '条' },
	group('a.response', '二、回应解读情况'),
	{ key: 'a.response.hotspots', label: '(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)', unit: '次' },
	group('a.response.channel', '(二)通过不同渠道和方式回应解读的情况'),
	{ key: 'a.response.press_conferences', label: '1.参加或举办新闻发布会总次数', unit: '次' },
	{ key: 'a.response.press_conferences_by_head', label: '其中:主要负责同志参加新闻发布会次数', unit: '次' },
	{ key: 'a.response.interviews', label: '2.政府网站在线访谈次数', unit: '次' },
	{ key: 'a.response.interviews_by_head', label: '其中:主要负责同志参加政府网站在线访谈次数', unit: '次' },
	{ key: 'a.response.interpretations', label: '3.政策解读稿件发布数', unit: '篇' },
	{ key: 'a.response.social_media', label: '4.微博微信回应事件数', unit: '次' },
	{ key: 'a.response.other', label: '5.其他方式回应事件数', unit: '次' },
	group('a.applications', '三、依申请公开情况'),
	{ key: 'a.applications.received', label: '(一)收到申请数', unit: '件' },
	{ key: 'a.applications.channel.in_person', label: '1.当面申请数', unit: '件' },
	{ key: 'a.applications.channel.fax', label: '2.传真申请数', unit: '件' },
	{ key: 'a.applications.channel.online', label: '3.网络申请数', unit: '件' },
	{ key: 'a.applications.channel.letter', label: '4.信函申请数', unit: '件' },
	{ key: 'a.applications.completed', label: '(二)申请办结数', unit: '件' },
	{ key: 'a.applications.completed.on_time', label: '1.按时办结数', unit: '件' },
	{ key: 'a.applications.completed.extended', label: '2.延期办结数', unit: '件' },
	{ key: 'a.applications.answered', label: '(三)申请答复数', unit: '件' },
	{ key: 'a.applications.outcome.already_public', label: '1.属于已主动公开范围数', unit: '件' },
	{ key: 'a.applications.outcome.granted', label: '2.同意公开答复数', unit: '件' },
	{ key: 'a.applications.outcome.partly_granted', label: '3.同意部分公开答复数', unit: '件' },
	{ key: 'a.applications.outcome.refused', label: '4.不同意公开答复数', unit: '件' },
	{ key: 'a.applications.outcome.refused.state_secret', label: '其中:涉及国家秘密', unit: '件' },
	{ key: 'a.applications.outcome.refused.commercial_secret', label: '涉及商业秘密', unit: '件' },
	{ key: 'a.applications.outcome.refused.privacy', label: '涉及个人隐私', unit: '件' },
	{ key: 'a.applications.outcome.refused.security_stability', label: '危及国家安全、公共安全、经济安全和社会稳定', unit: '件' },
	{ key: 'a.applications.outcome.refused.not_government_information', label: '不是《条例》所指政府信息', unit: '件' },
	{ key: 'a.applications.outcome.refused.other_statutory', label: '法律法规规定的其他情形', unit: '件' },
	{ key: 'a.applications.outcome.not_this_agency', label: '5.不属于本行政机关公开数', unit: '件' },
	{ key: 'a.applications.outcome.not_exist', label: '6.申请信息不存在数', unit: '件' },
	{ key: 'a.applications.outcome.asked_to_amend', label: '7.告知作出更改补充数', unit: '件' },
	{ key: 'a.applications.outcome.other_channel', label: '8.告知通过其他途径办理数', unit: '件' },
	{ key: 'a.review.total', label: '四、行政复议数量', unit: '件' },
	{ key: 'a.review.upheld', label: '(一)维持具体行政行为数', unit: '件' },
	{ key: 'a.review.corrected', label: '(二)被依法纠错数', unit: '件' },
	{ key: 'a.review.other', label: '(三)其他情形数', unit: '件' },
	{ key: 'a.litigation.total', label: '五、行政诉讼数量', unit: '件' },
	{ key: 'a.litigation.upheld', label: '(一)维持具体行政行为或者驳回原告诉讼请求数', unit: '件' },
	{ key: 'a.litigation.corrected', label: '(二)被依法纠错数', unit: '件' },
	{ key: 'a.litigation.other', label: '(三)其他情形数', unit: '件' },
	{ key: 'a.complaints', label: '六、举报投诉数量', unit: '件' },
	{ key: 'a.fees.applications', label: '七、依申请公开信息收取的费用', unit: '万元' },
	group('a.organisation', '八、机构建设和保障经费情况'),
	{ key: 'a.organisation.offices', label: '(一)政府信息公开工作专门机构数', unit: '个' },
	{ key: 'a.organisation.reading_points', label: '(二)设置政府信息公开查阅点数', unit: '个' },
	{ key: 'a.staff.total', label: '(三)从事政府信息公开工作人员数', unit: '人' },
	{ key: 'a.staff.full_time', label: '1.专职人员数(不包括政府公报及政府网站工作人员数)', unit: '人' },
	{ key: 'a.staff.part_time', label: '2.兼职人员数', unit: '人' },
	{ key: 'a.budget', label: '(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)', unit: '万元' },
	group('a.meetings_training', '九、政府信息公开会议和培训情况'),
	{ key: 'a.meetings', label: '(一)召开政府信息公开工作会议或专题会议数', unit: '次' },
	{ key: 'a.training.sessions', label: '(二)举办各类培训班数', unit: '次' },
	{ key: 'a.training.people', label: '(三)接受培训人员数', unit: '人次' }
];
