/**
 * A crawler's header block before the page's text, as crawlers that save pages to text write it:
 *
 *   标题: 示例市测试局2023年政府信息公开工作年度报告
 *   发布时间: 2024-01-20 10:30
 *   文号: / 发布机构: … / 栏目: 年度报告
 *   原文链接: http://www.example.gov.cn/…/1.html
 *   本地目录: pages/2024/0120-1
 *   页面链接与图片详见 links.tsv
 *   ==== 正文 ====
 *
 * on lines of their own or, whitespace collapsed, on one. It is the report's metadata (原文链接 its source
 * URL, 发布时间 its date), never its text: the block is taken off and listed as dropped.
 */
import { calendarDay, httpUrl } from '../../../text/fields';

export interface CrawlerHeader {
	/** The text after the block. */
	body: string;
	title?: string;
	published?: string;
	agency?: string;
	/** 原文链接, when it is an http(s) URL. */
	url?: string;
	/** The block as it stood, one entry per line (or per field, collapsed). */
	dropped: string[];
}

const KEYS = '标题|发布时间|发布日期|文号|发布机构|发文机关|栏目|所属栏目|原文链接|原文地址|本地目录|本地路径|来源';
/** Fields only a crawler writes: a header block without one of them (or the separator) is a CMS's own box, which meta.ts reads. */
const CRAWLER_ONLY = /^(原文链接|原文地址|本地目录|本地路径|栏目|所属栏目)$/;
const FIELD = new RegExp(`^(${KEYS})\\s*[:：]\\s*(.*)$`);
const FIELDS_INLINE = new RegExp(`(${KEYS})\\s*[:：]`, 'g');
/** "==== 正文 ====", "----- 正文 -----": where the page's text begins. */
const SEPARATOR = /[=＝\-—*#]{3,}\s*(?:正文|内容|全文|正文内容)\s*[=＝\-—*#]{3,}/;
/** The crawler's note on where it put the page's links and images. */
const NOTE = /(?:页面)?链接(?:与|和|及)?(?:图片|附件)\s*(?:详见|见|保存在|存于)\s*[\w.\-/]+\.(?:tsv|csv|txt|json)/;
/** How far into the text a header block may reach. */
const MAX_HEADER = 3000;

function readDate(text: string): string | undefined {
	const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
	if (!m) return undefined;
	return calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
}

/** The fields of a header, in order: each key with the words up to the next key. */
function fieldsOf(head: string): [string, string][] {
	const marks = [...head.matchAll(FIELDS_INLINE)];
	return marks.map((m, i) => [m[1], head.slice(m.index + m[0].length, i + 1 < marks.length ? marks[i + 1].index : head.length).replace(NOTE, '').trim()]);
}

function headerOf(fields: [string, string][], body: string, dropped: string[]): CrawlerHeader {
	const get = (re: RegExp) => fields.find(([k, v]) => re.test(k) && v !== '')?.[1];
	const title = get(/^标题$/);
	const agency = get(/^(发布机构|发文机关|来源)$/);
	const published = readDate(get(/^(发布时间|发布日期)$/) ?? '');
	const url = httpUrl(get(/^(原文链接|原文地址)$/)?.split(/\s/)[0] ?? '');
	return { body, dropped, ...(title && { title }), ...(agency && agency.length <= 40 && { agency }), ...(published && { published }), ...(url && { url }) };
}

/** The header block at the start of `text`, taken off; null when the text opens with none. */
export function takeCrawlerHeader(text: string): CrawlerHeader | null {
	const start = text.search(/\S/);
	if (start < 0 || !FIELD.test(text.slice(start, start + 40).split('\n')[0])) return null;
	// With a separator: everything before it is the header, on lines or collapsed.
	const sep = SEPARATOR.exec(text.slice(0, MAX_HEADER));
	if (sep) {
		const head = text.slice(0, sep.index);
		const fields = fieldsOf(head);
		if (fields.length === 0) return null;
		const dropped = [...head.split('\n').map((l) => l.trim()).filter(Boolean), sep[0]];
		return headerOf(fields, text.slice(sep.index + sep[0].length).replace(/^[ \t]*\n?/, ''), dropped);
	}
	// Without one: the field lines at the top, when one of them is a crawler's own, and the note after them.
	const lines = text.split('\n');
	let i = 0;
	const dropped: string[] = [];
	for (; i < lines.length; i++) {
		const t = lines[i].trim();
		if (t === '' && dropped.length === 0) continue;
		if (!(FIELD.test(t) || NOTE.test(t))) break;
		dropped.push(t);
	}
	const fields = dropped.flatMap((l) => fieldsOf(l));
	if (!fields.some(([k]) => CRAWLER_ONLY.test(k))) return null;
	return headerOf(fields, lines.slice(i).join('\n'), dropped);
}
