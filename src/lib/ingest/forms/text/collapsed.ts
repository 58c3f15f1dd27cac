import type { SourceLine } from '../../source';
import { dropPageNumbers } from './page-numbers';
import { PART_TITLES } from '../../../templates/template2019';
import { cutBeforeTitle, dropInlineChrome } from './chrome';
import { isFieldLine } from '../../report/meta';

/**
 * Text whose whitespace a crawler collapsed: the whole body on a few very long lines. Parts are then
 * only found inline, so such text is cut into lines before every outline number first.
 */
export function looksCollapsed(text: string): boolean {
	// A crawler's header block (标题: …, 链接: …) may stand on lines of its own before the body.
	const lines = text.split('\n').filter((l) => l.trim() !== '' && !(l.length < 200 && isFieldLine(l)));
	const longest = lines.reduce((a, l) => (l.length > a.length ? l : a), '');
	// Tags stripped with nothing between them leave no space before a part number: "…年度报告一、总体情况".
	const inlineParts = (s: string) => (s.match(/(?<=[^\n一二三四五六七八九十])[一二三四五六七八九十]{1,2}、\S/g) ?? []).length;
	if (longest.length <= 400) return false;
	if (lines.length <= 5) return inlineParts(text) >= 2;
	// A page's navigation kept on lines of its own ("首页", "政务公开", …) and the body collapsed on one:
	// that line holds most of the text and the parts of the outline.
	const total = lines.reduce((n, l) => n + l.length, 0);
	return longest.length >= total / 2 && inlineParts(longest) >= 3;
}

const BREAKS: RegExp[] = [
	// 一、 (一) after a space, a sentence end, a table's last value or the title; 一是 never (it has no 、).
	/(?<=[\s。;；:：!?”」]|\d|报告)(?=[一二三四五六七八九十]{1,2}、)/g,
	/(?<=[\s。;；:：!?”」])(?=\([一二三四五六七八九十]{1,2}\))/g,
	// (1) ① after a space or a sentence end, when words follow (not a value's footnote mark).
	/(?<=[\s。;；:：])(?=(?:\(\d{1,2}\)|[①-⑳])[\u4e00-\u9fff])/g,
	// 1. 1、 2. after a sentence end, or after a table row's last number ("… 0 1 2.其他法律…").
	/(?<=[。;；]\s?|\d\s)(?=\d{1,2}[.、][\u4e00-\u9fff])/g,
	// The date under the title, 表二's item lines and its header rows.
	/(?<=\s|报告)(?=[(（]\d{4}年\d{1,2}月\d{1,2}日[)）])/g,
	/(?<=(?:^|\s|报告)[(（]\d{4}年\d{1,2}月\d{1,2}日[)）])(?=\S)/g,
	/(?<=\s)(?=第二十条\s?第)/g,
	/(?<=\s)(?=信息内容\s)/g,
	// 表二's rows, by the template's labels, when their values follow.
	/(?<=\s)(?=(?:规章|行政规范性文件|规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购)\s+[-\d])/g,
	/(?<=报告)\s+/g,
	// A page's <title> as a crawler copies it, the site's name after the report's title: "…年度报告_示例市人民政府 首页 …".
	/(?<=报告\s?[-_|—]\s?[^\s\d,。:]{2,20})\s+/g,
	// A crawler's header block ("标题: … 单位: … 来源: … 采集时间: …") and a page's 索引号/发布机构 box, field by field.
	/(?<=\s)(?=(?:标题|单位|来源|采集时间|发布时间|发布日期|成文日期|链接|Title|URL Source|Published Time|Markdown Content):)/g,
	// A reader service's body follows its last field with no line of its own: "Markdown Content: # 示例…".
	/(?<=Markdown Content:)\s+/g,
	/(?<=\s)(?=(?:索引号|发布机构|公开日期)\s)/g,
	// A page's field box, also where tags stripped with nothing between them ran it together: "…年度报告发布时间:2024-01-20主题分类:…".
	/(?=(?:发布时间|发布日期|成文日期|公开日期|采集时间|索引号|主题分类|发文机关|发布机构|发文字号|信息来源):)/g,
	/(?<=\d)(?=(?:来源|标题|单位|链接):)/g,
	// After a page's date field, when the body follows it: "发布日期: 2020-01-31 本年度报告根据…".
	/(?<=(?:发布时间|发布日期|成文日期|公开日期):?\s?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?!\d{1,2}:\d{2})/g,
	// After a table row's values, when text follows: "… 0 0 1 表四所列…".
	// (Tried only where whitespace after a word meets Chinese, and looking back over three numbers at most:
	// linear however long a run of digits or spaces.)
	/(?<!\s)(?=\s+[\u4e00-\u9fff])(?<=[-\d.](?:\s+[-\d.]+){2})\s+/g
];

/**
 * A numbered line: its number, a title of at most 40 characters, a space, then body text (not a row's
 * values). The title does not end inside a number ("(一)主动公开全年…共1. 5万字": the space is the number's).
 */
const HEADING_THEN_BODY = /^((?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[①-⑳])[^\s。]{0,39}[^\s。\d.])\s+(?=\S)(?![-—\d.\s]+$)(\S.*)$/;

/**
 * Part titles a report takes from its template (the 2019 template's six, the 2008 model's usual ones):
 * tags stripped with nothing between them run a title into its part's text ("一、总体情况本局…"), and
 * only a title known in advance shows where it ends. Each is cut from what precedes and follows it.
 */
const KNOWN_TITLES = [...PART_TITLES, '概述', '依申请公开政府信息情况', '政府信息公开的收费及减免情况', '政府信息公开收费及减免情况', '存在的主要问题及改进措施', '政府信息公开工作存在的主要问题及改进情况'];
/**
 * A part title the template does not know, run into its text with nothing between them ("五、咨询处理情况
 * 我局在…"): part titles end in 情况, 措施, 事项 or 概述, so the title ends at the first of these in its
 * first 30 characters, unless a conjunction or punctuation shows the title goes on ("情况和…").
 */
const RUN_IN_PART = /^([一二三四五六七八九十]{1,2}、[^\s。,，;；:：]{0,28}?(?:情况|措施|事项|概述))(?=[^\s、,，。;；:：)和及与的])(\S.*)$/;
const RUN_IN_TITLE = new RegExp(String.raw`(?<=\S)([一二三四五六七八九十]{1,2}、(?:${KNOWN_TITLES.join('|')}))(?=[^\s、,，。:：)])`, 'g');

/**
 * Bars of a collapsed pipe table are separators like spaces, except that an empty cell between two
 * values is a blank ("3 | | 5" keeps its middle cell as "-"). Other empty cells are row ends or the
 * empty cells of group rows, and go.
 */
const VALUE_CELL = /^\s*(?:[-—]|\d+(?:\.\d+)?)\s*$/;

/**
 * Markdown a reader service wrote (jina-like "Markdown Content:"), then collapsed: heading marks, bold
 * marks and the |---| rule under a table's header carry nothing, and the rule's cells would read as blanks.
 */
const MARKDOWN_MARKS = [/\|(?:\s*:?-{3,}:?\s*\|)+/g, /\*\*/g, /(?<=^|\s)#{1,6}(?=\s)/g];
const unmark = (text: string) => MARKDOWN_MARKS.reduce((t, re) => t.replace(re, (m) => (m.startsWith('|') ? '|' : '')), text);

export function unbar(text: string): string {
	// Cell by cell (the text between bars), in one pass: a blank made "-" never makes another cell a blank between values.
	const cells = unmark(text).split('|');
	for (let k = 1; k < cells.length - 1; k++) {
		if (cells[k].trim() === '' && VALUE_CELL.test(cells[k - 1]) && VALUE_CELL.test(cells[k + 1])) cells[k] = ' - ';
	}
	return cells.join('|').replace(/(?<!\s)\s*(?:\|\s*)+/g, ' ');
}

/**
 * Collapsed text made ready for its tables and lines: page numbers taken out first (ingest/forms/text/page-numbers.ts:
 * inline, they would be read as cells) and the page's chrome, both listed in `dropped`; then a
 * collapsed table's bars and Markdown marks. Its tables are read from this text by the inline table
 * readers (tables/2008/inline.ts, tables/2019/inline.ts) before it is cut into lines (cutLines).
 */
export function readCollapsed(text: string): { text: string; dropped: string[] } {
	const { text: paged, dropped: pages } = dropPageNumbers(text);
	const { text: bare, dropped: chrome } = dropInlineChrome(paged);
	return { text: unbar(bare), dropped: [...pages, ...chrome] };
}

/**
 * The template's part titles with stray spaces inside ("三、收到和处理 政府信息公开申请情况"): a title is cut
 * from its body at the first space, so such a title would lose its end, and its part its table.
 */
const SPACED_TITLES = PART_TITLES.map((t) => ({
	title: t,
	re: new RegExp(String.raw`(?<=[一二三四五六七八九十]{1,2}、)\s?` + [...t].join(String.raw`\s?`), 'g')
}));

/**
 * Lines of collapsed text: cut before each inline outline number (and 表二's rows), and after a
 * heading's title where body text follows it on the same line.
 */
export function cutLines(text: string): SourceLine[] {
	if (text.trim() === '') return [];
	// The front (before the first part) holds the title, maybe behind a page's navigation words.
	const first = /(?<=[\s。])一、/.exec(text)?.index ?? text.length;
	let out = cutBeforeTitle(text.slice(0, first)) + text.slice(first);
	for (const { title, re } of SPACED_TITLES) out = out.replace(re, title);
	out = out.replace(RUN_IN_TITLE, '\n$1\n');
	for (const re of BREAKS) out = out.replace(re, (m) => `${m}\n`);
	return out
		.split('\n')
		.flatMap((line) => {
			const m = HEADING_THEN_BODY.exec(line.trim()) ?? RUN_IN_PART.exec(line.trim());
			return m ? [m[1], m[2]] : [line.trim()];
		})
		.map((t) => ({ text: t }));
}
