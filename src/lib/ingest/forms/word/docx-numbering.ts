/**
 * The numbers Word's list definitions print before paragraphs ("一、", "（一）", "1."): they live in
 * numbering.xml, not in the text, and mammoth gives only an ordered list without them, so a report
 * whose headings are numbered by Word would have no outline. Here each numbered paragraph of
 * document.xml gets the text Word shows for it, in document order.
 */

interface Level {
	start: number;
	format: string;
	text: string;
}

const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];
const blocks = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<w:${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</w:${tag}>)`, 'g'))].map((m) => ({ head: m[1], body: m[2] ?? '' }));
const headAttr = (head: string, name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(head)?.[1];

const DIGITS = '〇一二三四五六七八九';
/** 1…99 in Chinese counting (一, 十, 十一, 二十一), as Word's chineseCounting formats them. */
function chinese(n: number): string {
	if (n < 10) return DIGITS[n];
	if (n < 100) return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
	return String(n);
}
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const letters = (n: number) => String.fromCharCode(96 + (((n - 1) % 26) + 1));
const roman = (n: number) =>
	[[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']].reduce<[string, number]>(([s, r], [v, d]) => [s + (d as string).repeat(Math.floor(r / (v as number))), r % (v as number)], ['', n])[0];

function formatted(n: number, format: string): string {
	if (/^(chineseCounting|chineseCountingThousand|chineseLegalSimplified|ideographDigital|taiwaneseCounting)/.test(format)) return chinese(n);
	if (format === 'decimalEnclosedCircle' || format === 'decimalEnclosedCircleChinese') return CIRCLED[n - 1] ?? String(n);
	if (format === 'decimalFullWidth' || format === 'decimalFullWidth2') return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
	if (format === 'lowerLetter') return letters(n);
	if (format === 'upperLetter') return letters(n).toUpperCase();
	if (format === 'lowerRoman') return roman(n);
	if (format === 'upperRoman') return roman(n).toUpperCase();
	return String(n);
}

type NumPr = { numId: string; ilvl: string };

/**
 * numId → its levels (from its abstract definition, with any start overrides), and the paragraph styles
 * a level names (<w:pStyle> in a w:lvl: that style's paragraphs are numbered by the first list using it).
 */
function listsOf(numberingXml: string): { lists: Map<string, Map<string, Level>>; styled: Map<string, NumPr> } {
	const styledAbstract = new Map<string, { abstractNumId: string; ilvl: string }>();
	const abstract = new Map<string, Map<string, Level>>();
	for (const a of blocks(numberingXml, 'abstractNum')) {
		const levels = new Map<string, Level>();
		const abstractNumId = headAttr(a.head, 'abstractNumId') ?? '';
		for (const l of blocks(a.body, 'lvl')) {
			const ilvl = headAttr(l.head, 'ilvl') ?? '0';
			levels.set(ilvl, { start: Number(attr(l.body, 'start') ?? 1), format: attr(l.body, 'numFmt') ?? 'decimal', text: attr(l.body, 'lvlText') ?? '' });
			const style = attr(l.body, 'pStyle');
			if (style) styledAbstract.set(style, { abstractNumId, ilvl });
		}
		abstract.set(abstractNumId, levels);
	}
	const lists = new Map<string, Map<string, Level>>();
	const styled = new Map<string, NumPr>();
	for (const n of blocks(numberingXml, 'num')) {
		const numId = headAttr(n.head, 'numId') ?? '';
		const abstractNumId = attr(n.body, 'abstractNumId') ?? '';
		for (const [style, link] of styledAbstract) if (link.abstractNumId === abstractNumId && !styled.has(style)) styled.set(style, { numId, ilvl: link.ilvl });
		const levels = new Map([...(abstract.get(abstractNumId) ?? new Map<string, Level>())].map(([k, v]) => [k, { ...v }]));
		for (const o of blocks(n.body, 'lvlOverride')) {
			const start = attr(o.body, 'startOverride');
			const level = levels.get(headAttr(o.head, 'ilvl') ?? '0');
			if (start && level) level.start = Number(start);
		}
		lists.set(numId, levels);
	}
	return { lists, styled };
}

/** Paragraph styles that number their paragraphs (a heading style linked to a list): styleId → numPr. */
function styleNumbering(stylesXml: string): Map<string, NumPr> {
	const out = new Map<string, NumPr>();
	for (const s of blocks(stylesXml, 'style')) {
		const numId = attr(s.body, 'numId');
		if (numId) out.set(headAttr(s.head, 'styleId') ?? '', { numId, ilvl: attr(s.body, 'ilvl') ?? '0' });
	}
	return out;
}

/**
 * The number Word prints before each numbered paragraph of the document, in document order (one entry
 * per paragraph mammoth reads as a list item); bullets give "".
 */
export function paragraphNumbers(documentXml: string, numberingXml: string, stylesXml = ''): string[] {
	const { lists, styled } = listsOf(numberingXml);
	const styles = new Map([...styled, ...styleNumbering(stylesXml)]);
	const counters = new Map<string, number[]>();
	const out: string[] = [];
	for (const p of blocks(documentXml, 'p')) {
		const props = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p.body)?.[0] ?? '';
		const own = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
		const byStyle = styles.get(attr(props, 'pStyle') ?? '');
		const numId = (own ? attr(own, 'numId') : undefined) ?? byStyle?.numId;
		const ilvl = (own ? attr(own, 'ilvl') : undefined) ?? byStyle?.ilvl ?? '0';
		const levels = numId && numId !== '0' ? lists.get(numId) : undefined;
		if (!levels?.has(ilvl)) continue;
		const depth = Number(ilvl);
		const count = counters.get(numId!) ?? [];
		count[depth] = count[depth] === undefined ? levels.get(ilvl)!.start : count[depth] + 1;
		count.length = depth + 1;
		counters.set(numId!, count);
		const level = levels.get(ilvl)!;
		out.push(level.format === 'bullet' ? '' : level.text.replace(/%(\d)/g, (_, k) => formatted(count[k - 1] ?? levels.get(String(k - 1))?.start ?? 1, levels.get(String(k - 1))?.format ?? 'decimal')));
	}
	return out;
}
