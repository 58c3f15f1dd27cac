import { squeezeSpaces } from '../../text/normalize';
import { editDistance } from '../../text/edit-distance';

export interface Meta {
	title: string | null;
	agency: string | null;
	year: number | null;
	published: string | null;
	/** Indexes of the front lines that the metadata consumed. */
	used: Set<number>;
	/** Where no line is the title: the report as a preamble sentence names it (weaker than a page's own title). */
	named: { title: string; agency: string | null; year: number } | null;
}

/** A report's title; 年度 read without 年 or 度 (工作度报告, as OCR drops a character of a large title) still is one. */
const TITLE = /^(.*?)(\d{4})\s*年度?\s*(.*?)(政府)?信息公开(工作)?的?(年度|年|度)?报告/;

/**
 * A title as OCR misreads a large one: cut short (its end read as one stray box: 2023年政府信息公), or a
 * character or two off (…工作年乙度报告): its year, then words within two characters of a title's
 * (TITLE_WORDS), or the start of them and nothing after. Taken only from a scan, and only where no line
 * is a whole title; a line that goes on with other words (2023年政府信息公开工作要点) is another document's.
 */
const TITLE_WORDS = ['政府信息公开工作年度报告', '政府信息公开年度报告', '信息公开工作年度报告', '信息公开年度报告'];
function misreadTitle(line: string): RegExpExecArray | null {
	const m = /^(.*?)(\d{4})\s*年度?\s*()(\S+)$/.exec(line);
	const rest = m?.[4] ?? '';
	const cut = rest.includes('信息公') && TITLE_WORDS.some((words) => words.startsWith(rest));
	return m && (cut || TITLE_WORDS.some((words) => editDistance(rest, words, 2) <= 2)) ? m : null;
}

/**
 * Lines before the title that are not the agency: a crawler's or CMS's field lines (标题: … 发布时间: …,
 * the 索引号 box) and a lone 正文. The issuing body named in them (发布机构, 来源, 发文机关) is a hint.
 */
const FIELD = /^(正文|索引号|分类|主题分类|发布机构|发文机关|发文单位|文号|发文字号|标题|名称|发布时间|发布日期|公开日期|成文日期|生效日期|来源|信息来源|公开方式|公开范围|有效性|链接|网址|原文链接|Title|URL Source|URL|Published Time|Markdown Content)\s*[:：]?\s*(.*)$/;
const ISSUER = /^(发布机构|发文机关|发文单位|来源|信息来源)$/;
const DATE = /^[(（]?\s*(?:(?:(?:发布|公开|成文)(?:日期|时间)|Published Time)\s*[:：]?\s*)?(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)?\s*[)）]?$/;

/**
 * The report named inside a sentence of the preamble, where no line is its title (the article of a page
 * whose title stood in an <h1> outside it, or that text collapsed): "根据《条例》要求,现向社会公布沭阳县
 * 发展和改革局2023年度政府信息公开年度报告。", "现将《X2023年政府信息公开工作年度报告》公布如下".
 * The words between the verb and the year are the agency unless they point at the speaker (本局, 我委).
 */
const NAMED_IN_SENTENCE = /(?:公布|发布|印发|现将|特将)\s*《?\s*([^\s,，。:：;；、()（）《》“”]{2,30}?)?\s*(\d{4})\s*年度?\s*((?:政府)?信息公开(?:工作)?的?年度报告)/;
const SPEAKER = /^(本|我|该|贵)/;

/** A page's <title> as crawlers copy it: the report's title, then "-" or "_" and the site's name. */
const SITE_SUFFIX = /(报告)\s*[-_|—]\s*[^\s\d,。:]{2,20}$/;

/**
 * A collapsed page may put its navigation on the title's line ("首页 > 信息公开 > 年度报告 示例市测试局2023年…"):
 * the words before the year are then more than the issuing body. The body is the issuer a field names,
 * where the words end with it; else what follows the breadcrumb's last ">" (ingest/forms/text/collapsed.ts cuts off the
 * other words a crawler left before a title).
 */
/** How the names of issuing bodies and places end (局, 委, 政府, 市, 街道, 海关, 残联 …); "政务公开", "首页" do not. */
export const BODY_END = /[局委办厅院府会部署室处所站馆队组司区县市镇乡省州盟旗场社团行校学心台庭库厂道关联协园狱]$/;

function issuingBody(prefix: string, issuer: string | null): string | null {
	const words = prefix.replace(/关于$/, '');
	if (issuer && words.endsWith(issuer)) return issuer;
	const crumb = /[>»›]\s*([^>»›]+)$/.exec(words);
	return crumb ? crumb[1].trim() || null : null;
}

/** A field line of a CMS or crawler (索引号: …, 发布时间: …): it stands alone, never joined into a paragraph. */
export const isFieldLine = (line: string) => FIELD.test(squeezeSpaces(line)) && /^(正文$|([^:：]{2,6}|[A-Za-z][A-Za-z ]{1,20})\s*[:：])/.test(squeezeSpaces(line));

/** Quote marks and bars at a name's ends: no agency begins or ends with one (OCR makes them of specks: “示例市测试局). */
const STRAY_MARKS = /^[\s"'“”‘’|]+|[\s"'“”‘’|]+$/g;

/**
 * The report's title, agency, year and publication date, read from the lines before the first heading;
 * from a scan (`ocr`), a title OCR misread too.
 */
export function readMeta(front: string[], options: { ocr?: boolean } = {}): Meta {
	const used = new Set<number>();
	let title: string | null = null;
	let agency: string | null = null;
	let year: number | null = null;
	let published: string | null = null;
	let issuer: string | null = null;
	const lines = front.map((l) => {
		const f = FIELD.exec(squeezeSpaces(l));
		// Collapsed, the next field or the title may follow on the same line ("来源:示例市测试局 索引号: …",
		// "来源:示例市测试局2023年…报告"): the issuer is the first word, up to a year.
		const named = f && ISSUER.test(f[1]) ? f[2].split(/\s/)[0].replace(/\d{4}\s*年.*$/, '') : '';
		if (named && named.length <= 30) issuer ??= named;
		// "标题: 2024年…报告" (a reader service's "Title: …") holds the title; other field lines hold nothing of it.
		return (f ? (/^(标题|名称|Title)$/.test(f[1]) ? f[2] : '') : squeezeSpaces(l)).replace(SITE_SUFFIX, '$1');
	});
	// A title is a line of its own (or two: "2024年…公开工作" / "年度报告"), not a sentence that mentions the report.
	const joined = (i: number) => (i + 1 < lines.length && /\d{4}\s*年/.test(lines[i]) && !/报告/.test(lines[i]) && /^(工作)?(年度)?报告$/.test(lines[i + 1]) ? lines[i] + lines[i + 1] : lines[i]);
	const titleAt = (title: (line: string) => boolean) => lines.findIndex((_, i) => joined(i).length <= 60 && !/[。;；]/.test(joined(i)) && title(joined(i)));
	let t = titleAt((line) => TITLE.test(line));
	if (t < 0 && options.ocr) t = titleAt((line) => misreadTitle(line) !== null);
	if (t >= 0) {
		const line = joined(t);
		const m = (TITLE.exec(line) ?? misreadTitle(line))!;
		used.add(t);
		if (line !== lines[t]) used.add(t + 1);
		year = Number(m[2]);
		agency = m[1].replace(/关于$/, '').trim() || null;
		title = line;
		const body = agency && issuingBody(m[1], issuer);
		if (body && body !== agency) {
			title = line.slice(m[1].length - body.length - (m[1].endsWith('关于') ? 2 : 0));
			agency = body;
		}
		const before = t > 0 ? lines[t - 1] : '';
		if (!agency && before && before.length <= 30 && BODY_END.test(before) && !DATE.test(before) && !/[。,:]/.test(before)) {
			agency = before;
			title = before + line;
			used.add(t - 1);
		}
		// "2019年上海市人民政府办公厅政府信息公开工作年度报告": the agency follows the year.
		agency ??= m[3].trim() || issuer;
	}
	let named: Meta['named'] = null;
	const m = t < 0 ? lines.map((l) => NAMED_IN_SENTENCE.exec(l)).find(Boolean) : null;
	if (m) {
		const who = m[1] && !SPEAKER.test(m[1]) ? m[1] : issuer;
		named = { title: `${who ?? ''}${m[2]}年${m[3]}`, agency: who?.replace(STRAY_MARKS, '') || null, year: Number(m[2]) };
	}
	front.forEach((l, i) => {
		const m = published ? null : DATE.exec(squeezeSpaces(l).replace(/\s*(来源|作者|浏览次数|阅读次数|点击数|信息来源|发布机构)[:：].*$/, ''));
		if (!m) return;
		published = isoDate(m[1], m[2], m[3]);
		if (published) used.add(i);
	});
	return { title, agency: (agency as string | null)?.replace(STRAY_MARKS, '') || null, year, published, used, named };
}

/** A signature date such as "2024年1月20日" near the end, for reports that put the date last. */
export function findClosingDate(lines: string[]): { date: string; index: number } | null {
	for (let i = lines.length - 1; i >= Math.max(0, lines.length - 6); i--) {
		const m = DATE.exec(squeezeSpaces(lines[i]));
		const date = m && isoDate(m[1], m[2], m[3]);
		if (date) return { date, index: i };
	}
	return null;
}

function isoDate(y: string, m: string, d: string): string | null {
	const [Y, M, D] = [Number(y), Number(m), Number(d)];
	if (M < 1 || M > 12 || D < 1 || D > 31) return null;
	return `${Y}-${String(M).padStart(2, '0')}-${String(D).padStart(2, '0')}`;
}
