/**
 * A table row's label as OCR read it, matched to the labels the templates print, so a misread character or
 * two (an OCR'd 案耸 is 案卷) does not lose the row: the template's label whose characters are closest
 * (edit distance at most a quarter of its length) replaces the reading. A label no template prints close
 * enough (an agency's own row) is kept as read. A part heading of the 2019 template is matched the same way
 * (templateHeading), since the tables are found under their parts' titles.
 */
import { PART_TITLES, T2_COLUMNS, T2_LABELS, T3_COLUMNS, T4_COLUMNS, TABLE3, TABLE4 } from '../../../templates/template2019';
import { TEMPLATE_2008 } from '../../../templates/template2008';
import { normalizeText } from '../../../text/normalize';
import { numberOf } from '../../tables/2019/inline';
import { editDistance, stretchDistance } from '../../../text/edit-distance';
import { chineseNumeral } from '../../../text/numerals';

/**
 * Only the characters that carry the label: no spaces, brackets (a round one OCR read square or curly:
 * {四]无法提供), numbering punctuation or quotes, and no Latin letters (no template label has one; OCR
 * makes them of specks and broken strokes: (tb总计).
 */
const core = (s: string) => normalizeText(s).replace(/[\s()（）[\]{}【】〔〕、.．,，:：;；“”"'《》\-—|A-Za-z]/g, '');

const LABELS = [...new Set([...TABLE3.template2021, ...TABLE3.trial2019, ...TABLE4].map((r) => r.label).concat(T2_LABELS, TEMPLATE_2008.map((r) => r.label)))].map((label) => ({ label, core: core(label) }));

/** The template's label for an OCR'd one, or the reading itself when none is close (or two are equally close). */
export function templateLabel(read: string): string {
	const c = core(read);
	if (c.length < 2) return read;
	let best: { label: string; d: number } | null = null;
	let tie = false;
	for (const l of LABELS) {
		const limit = Math.floor(l.core.length / 4);
		const d = editDistance(c, l.core, limit);
		if (d > limit) continue;
		if (!best || d < best.d) [best, tie] = [{ label: l.label, d }, false];
		else if (d === best.d && l.core !== c) tie = true;
	}
	return best && !tie ? best.label : read;
}

/** The 2019 tables' value columns by name (表二's, 表三's, 表四's), as their header cells print them. */
const VALUE_COLUMNS = [...new Set([...T3_COLUMNS, ...T4_COLUMNS, ...Object.values(T2_COLUMNS).flat(2)].map(core))];

/** Whether a header cell as OCR read it names a template's value column (结果纵持 is 结果维持: a quarter of its length off). */
export function namesValueColumn(read: string): boolean {
	const c = core(read);
	return c.length >= 2 && VALUE_COLUMNS.some((name) => editDistance(c, name, Math.floor(name.length / 4)) <= Math.floor(name.length / 4));
}

const PARTS = PART_TITLES.map((title) => ({ title, core: core(title) }));
/** Punctuation no line starts with, before a part number and its 、 or a bracketed one ((一)): what OCR makes of a speck or a seal's edge. */
const STRAY_BEFORE_NUMBER = /^[\s"'“”‘’,，.。、|:：;；·`]+(?=[一二三四五六七八九十]{1,2}\s*[、,，.．]|[(（][一二三四五六七八九十]{1,2}[)）])/;

/**
 * A line of prose as OCR read it: a part heading without stray punctuation before its number (”一、概述 is
 * 一、概述, —、概述 is 一、概述), curly brackets round (第二十条第{五)项), 表二's block titles whole
 * (”第第二十条第(一j项 is 第二十条第(一)项), and
 * given the 2019 template's title where it is one: 三、收到和处理政府信息公开申请情; is
 * 三、收到和处理政府信息公开申请情况, so 表三 is found under it. Only a line that starts with a part number
 * (一、 … 十、, its 、 perhaps lost: 四政府信息公开…) and whose rest is within a sixth of a title's length
 * of it (at least one character: two in 三、疏到和处理政府信息公公开申请情况), a fifth under the title's own
 * number (三 before 收到和处理…: three in 三、收到和和处理政府代种公开申请情况), the nearest title, or garbled
 * under its own number (garbledHeading); the number stays as read, and a line with text after its title (a
 * run-in heading) is too far to match.
 */
export function templateHeading(read: string): string {
	// A speck before the number read as punctuation (”一、概述) is not part of the heading; a 一 read as a
	// dash (—、总体情况: the same stroke) is 一, as no line of prose starts with a dash and 、.
	read = read.replace(STRAY_BEFORE_NUMBER, '').replace(/^\s*[—–\-－_~]\s*(?=[、,，.．])/, '一');
	// A bracket read curly (第二十条第{五)项) is a round one: Chinese reports never print { }. So is an opening
	// one read as a title mark before a numeral its round bracket closes (《二)依申请公开, 楷体 at 150 dpi).
	read = read.replace(/[{｛]/g, '(').replace(/[}｝]/g, ')').replace(/^(\s*)[《〈<【［[](?=\s*[一二三四五六七八九十]{1,2}\s*[)）])/, '$1(');
	// 表二's blocks are found under 第二十条第(一)项 … (八)项: a bracket OCR read as j or 1, a speck before
	// it, its 第 read twice (”第第二十条…) or a stray character beside it (第(和六)项) still names its block;
	// a second numeral would not.
	// Specks read as dashes or quotes between its characters (第-二十条第(六) are left out, and a title cut
	// after its numeral (第二十条第(六, the bracket and 项 lost at the line's end) still names it.
	const item = /^\s*\S?\s*(?:第\s*)?第\s*二\s*十\s*条\s*第\s*(?:[^\s一二三四五六七八九十项]\s*){0,2}([一二三四五六七八])(?:\s*\S?\s*项\s*\S?|\s*[)）]?)\s*$/.exec(read.replace(/[-—–_.·'"“”‘’|]/g, ''));
	if (item) return `第二十条第(${item[1]})项`;
	// The number lost before its 、 (、总体情况: a small 一 in a small scan), or garbled (人人人、总体情况: 一 beside a seal's
	// rim), where the rest is a part's title, a sixth of it off at most: its number is the title's.
	const bare = /^\s*[^\s一二三四五六七八九十、,，]{0,3}[、,，]\s*(.+)$/.exec(read);
	if (bare) {
		const k = PARTS.findIndex((p) => editDistance(core(bare[1]), p.core, Math.floor(p.core.length / 6)) <= Math.floor(p.core.length / 6));
		return k < 0 ? read : `${'一二三四五六'[k]}、${PARTS[k].title}`;
	}
	// A speck or two read as characters before the number (.了五、存在的…): the rest must be that number's own title.
	const specked = /^\s*[^\s一二三四五六七八九十(（]{1,2}([一二三四五六七八九十])\s*[、,，.．]\s*(.+)$/.exec(read);
	const own = specked && PARTS[chineseNumeral(specked[1]) - 1];
	if (own && editDistance(core(specked[2]), own.core, Math.floor(own.core.length / 6)) <= Math.floor(own.core.length / 6)) return `${specked[1]}、${own.title}`;
	// The 、 after the number may be lost too (四政府信息公开…): then the rest must be a title all the same.
	const m = /^\s*([一二三四五六七八九十]{1,2})\s*([、,，.．]?)\s*(.+)$/.exec(read);
	// 一是, 二是 … number the points of a paragraph, never a part.
	if (!m || (!m[2] && m[3].startsWith('是'))) return read;
	const c = core(m[3]);
	let nearest: { title: string; d: number } | null = null;
	const numbered = PARTS[chineseNumeral(m[1]) - 1];
	for (const p of PARTS) {
		// Under its own number a title may be a fifth off (三、收到和和处理政府代种公开申请情况, a 100 dpi scan); under another, a sixth.
		const limit = Math.max(1, Math.floor(p.core.length / (p === numbered ? 5 : 6)));
		const d = editDistance(c, p.core, limit);
		if (d <= limit && (!nearest || d < nearest.d)) nearest = { title: p.title, d };
	}
	if (nearest) return nearest.d > 0 || !m[2] ? `${m[1]}、${nearest.title}` : read;
	return garbledHeading(m[1], c) ?? read;
}

/**
 * A part's title read with a few characters lost or garbled (a black-and-white scan: 四政有开行政复议行政诉 for
 * 四、政府信息公开行政复议、行政诉讼情况): under the part's own number in the template, at least half the
 * title's length and shorter (characters lost), and a quarter of its own length off a stretch of it. A line of prose that
 * starts with a numeral (三是主动公开政府信息…) has another part's number, or runs longer.
 */
function garbledHeading(numeral: string, read: string): string | null {
	const p = PARTS[chineseNumeral(numeral) - 1];
	if (!p || read.length * 2 < p.core.length || read.length >= p.core.length) return null;
	const limit = Math.floor(read.length / 4);
	return stretchDistance(read, p.core, limit) <= limit ? `${numeral}、${p.title}` : null;
}

/** Whether a reading's outline number, where it has one whole, is the template label's: (六)其他 is not 3.其他. */
const sameNumber = (read: string, label: string) => {
	const n = numberOf(normalizeText(read).trim());
	return n === '' || n === numberOf(label);
};

/** Whether a reading is the template label's outline number and nothing else (3 for 3.其他, whose 其他 OCR lost). */
const onlyItsNumber = (read: string, label: string) => core(read) !== '' && core(read) === core(numberOf(label));

/**
 * Whether a reading starts with the part number of a template label that is a part's row (四、行政复议数量
 * read as 四夏各 at 150 dpi, its 、 and title garbled): between two pinned rows, the part's row is that part.
 */
const underItsPartNumber = (read: string, label: string) => {
	const part = /^[一二三四五六七八九十]{1,2}(?=、)/.exec(label)?.[0];
	const c = core(read);
	return !!part && c.startsWith(part) && !/[一二三四五六七八九十]/.test(c.charAt(part.length));
};

/** The templates' row labels in the order they print them: a row misread past the tolerance is pinned by its neighbours. */
const ORDERS = [TABLE3.template2021, TABLE3.trial2019, TABLE4, TEMPLATE_2008].map((rows) => rows.map((r) => r.label));

/**
 * A table's row labels (each already through templateLabel) with every run of unmatched labels that lies
 * between two matched ones of one template, exactly as many rows apart as the template has between them,
 * given the template's labels there, when each reading is within half its label's length of it, or is a
 * stretch of it a quarter of its own length off (one line of a label wrapped over two, the other lost), or
 * is its outline number alone (3 for 3.其他, its characters lost): the
 * row between 4.保护第三方合法权益 and 6.属于四类过程性信息 that OCR read as 5属于三类肉部事务信是 is 5.属于三类内部事务信息.
 * A table's first and last rows have a neighbour on one side only (the table runs on from or onto the
 * next page): the row just before its first matched label and the row just after its last take the
 * template's label there if within a quarter of its length (at least one character), with its outline
 * number where one was read whole, and every template that pins the row agrees ((总计 above
 * 四、结转下年度继续办理 is (七)总计; (六)其他 is not 2021's 3.其他). An agency's own row (an extra
 * row, or one with a label of its own) is not between two template rows the right number apart, or is
 * too far from the label there, and stays as read.
 */
export function labelsInOrder(labels: string[]): string[] {
	const out = [...labels];
	/** Each edge row's label as every template that pins it would have it: pinned only where they all agree. */
	const edges = new Map<number, Set<string>>();
	for (const order of ORDERS) {
		const at = labels.map((l) => order.indexOf(l));
		/** Whether the reading of row `i` is within `share` of its length of the template's label `t` (at least one character). */
		const fits = (i: number, t: number, share: number) => {
			if (t < 0 || t >= order.length || labels[i] === '') return false;
			const label = core(order[t]);
			const limit = Math.max(1, Math.floor(label.length * share));
			return editDistance(core(labels[i]), label, limit) <= limit;
		};
		/** Between two pinned rows, a reading may also be one line of its label wrapped over two, the other lost: a stretch of it, a quarter of its own length off. */
		const fitsPinned = (i: number, t: number) => {
			if (fits(i, t, 1 / 2) || onlyItsNumber(labels[i], order[t]) || underItsPartNumber(labels[i], order[t])) return true;
			const read = core(labels[i]);
			const limit = Math.floor(read.length / 4);
			return read.length >= 4 && stretchDistance(read, core(order[t]), limit) <= limit;
		};
		const matched = at.flatMap((t, i) => (t >= 0 ? [i] : []));
		for (const [n, i] of matched.entries()) {
			const j = matched[n + 1];
			if (j === undefined) continue;
			const run = j - i - 1;
			if (run === 0 || at[j] - at[i] - 1 !== run) continue;
			if (Array.from({ length: run }, (_, k) => k).every((k) => fitsPinned(i + 1 + k, at[i] + 1 + k))) for (let k = 0; k < run; k++) out[i + 1 + k] = order[at[i] + 1 + k];
		}
		if (!matched.length) continue;
		// One neighbour pins less than two: one row at each edge, and as near as a label on its own (a quarter).
		const [first, last] = [matched[0], matched[matched.length - 1]];
		for (const [i, t] of [[first - 1, at[first] - 1], [last + 1, at[last] + 1]])
			if (i >= 0 && i < labels.length && at[i] < 0 && fits(i, t, 1 / 4) && sameNumber(labels[i], order[t])) edges.set(i, (edges.get(i) ?? new Set()).add(order[t]));
	}
	for (const [i, pins] of edges) if (pins.size === 1) out[i] = [...pins][0];
	return out;
}
