/**
 * The arithmetic the 2008 template (国办 appendix 政府信息公开情况统计表) defines, one relation per line,
 * with why it holds. Channels of 主动公开 are deliberately absent: one item published on several
 * channels counts once in the total, so channels are not parts of it.
 */
export interface Rule {
	id: string;
	relation: 'sum' | 'subset';
	total: string;
	parts: string[];
	reason: string;
}

export const RULES_2008: Rule[] = [
	{
		id: 'applications.received=channels',
		relation: 'sum',
		total: 'applications.received',
		parts: ['applications.channel.in_person', 'applications.channel.fax', 'applications.channel.online', 'applications.channel.letter'],
		reason: '每件申请只经一种渠道提出：收到申请数 = 当面 + 传真 + 网络 + 信函'
	},
	{
		id: 'applications.completed=timing',
		relation: 'sum',
		total: 'applications.completed',
		parts: ['applications.completed.on_time', 'applications.completed.extended'],
		reason: '办结的申请或按时或延期：申请办结数 = 按时办结数 + 延期办结数'
	},
	{
		id: 'applications.answered=outcomes',
		relation: 'sum',
		total: 'applications.answered',
		parts: [
			'applications.outcome.already_public',
			'applications.outcome.granted',
			'applications.outcome.partly_granted',
			'applications.outcome.refused',
			'applications.outcome.not_this_agency',
			'applications.outcome.not_exist',
			'applications.outcome.asked_to_amend',
			'applications.outcome.other_channel'
		],
		reason: '每件答复归入一种答复类型：申请答复数 = 第 1 至 8 项之和'
	},
	{
		id: 'review.total=outcomes',
		relation: 'sum',
		total: 'review.total',
		parts: ['review.upheld', 'review.corrected', 'review.other'],
		reason: '行政复议数量 = 维持 + 被依法纠错 + 其他情形'
	},
	{
		id: 'litigation.total=outcomes',
		relation: 'sum',
		total: 'litigation.total',
		parts: ['litigation.upheld', 'litigation.corrected', 'litigation.other'],
		reason: '行政诉讼数量 = 维持或驳回 + 被依法纠错 + 其他情形'
	},
	{
		id: 'staff.total=kinds',
		relation: 'sum',
		total: 'staff.total',
		parts: ['staff.full_time', 'staff.part_time'],
		reason: '从事政府信息公开工作人员或专职或兼职：人员数 = 专职 + 兼职'
	},
	{
		id: 'publish.normative<=total',
		relation: 'subset',
		total: 'publish.total',
		parts: ['publish.normative'],
		reason: '“其中”项是总数的一部分：主动公开规范性文件数 ≤ 主动公开政府信息数'
	},
	{
		id: 'response.press_conferences_by_head<=total',
		relation: 'subset',
		total: 'response.press_conferences',
		parts: ['response.press_conferences_by_head'],
		reason: '“其中”项是总数的一部分：主要负责同志参加的新闻发布会 ≤ 新闻发布会总次数'
	},
	{
		id: 'response.interviews_by_head<=total',
		relation: 'subset',
		total: 'response.interviews',
		parts: ['response.interviews_by_head'],
		reason: '“其中”项是总数的一部分：主要负责同志参加的在线访谈 ≤ 在线访谈次数'
	}
];
