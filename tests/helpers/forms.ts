import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, HeadingLevel, TextRun } from 'docx';
import { TABLE3, valueRows } from '../../src/lib/templates/template2019';
import type { Golden } from '../../scripts/golden/types';

/**
 * One made-up 2019-format report as a model (its text and its golden values), rendered into every form
 * and layout people publish, for the shape-invariance property: each rendering must parse to the same
 * sections, anchors and cells.
 */
export interface Model {
	agency: string;
	title: string;
	date: string;
	golden: Golden;
	/** Parts: number, title, paragraphs, subsections, and which table (if any) the part holds. */
	parts: { number: string; title: string; text: string[]; subs?: { number: string; title: string; text: string[] }[]; table?: 't2' | 't3' | 't4' }[];
}

type Row = { label: string; cells: (number | null | string)[] };
type Block = { heading?: string; header: string[]; rows: Row[] };

const T2_ITEMS: [string, string[], string[]][] = [
	['一', ['本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']],
	['五', ['本年处理决定数量'], ['行政许可']],
	['六', ['本年处理决定数量'], ['行政处罚', '行政强制']],
	['八', ['本年收费金额(单位:万元)'], ['行政事业性收费']]
];

/** The model's tables as blocks of rows: 表二 one block per item, 表三 and 表四 one block each. */
export function tableBlocks(m: Model): Record<'t2' | 't3' | 't4', Block[]> {
	const t3rows = valueRows(TABLE3.template2021);
	const t3: Row[] = [];
	let at = 0;
	for (const r of TABLE3.template2021) {
		if (r.header) t3.push({ label: r.label, cells: [] });
		else t3.push({ label: r.label.replace(/^(\d+)\./, '$1.'), cells: m.golden.t3[at++] });
	}
	if (at !== t3rows.length) throw new Error('model: 表三 rows');
	const t4 = m.golden.t4;
	return {
		t2: T2_ITEMS.map(([item, header, labels]) => ({
			heading: `第二十条第(${item})项`,
			header: ['信息内容', ...header],
			rows: labels.map((l) => ({ label: l, cells: m.golden.t2[l] }))
		})),
		t3: [{ header: ['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'], rows: t3 }],
		t4: [{ header: ['', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], rows: [{ label: '', cells: t4 }] }]
	};
}

const show = (v: number | null | string) => (v === null ? '-' : String(v));

export type TextLayout = 'spaces' | 'pipes' | 'pipes-open' | 'tabs' | 'cell-per-line' | 'markdown' | 'collapsed' | 'collapsed-pipes';

/** The report as text with its tables in one layout. */
export function renderText(m: Model, layout: TextLayout): string {
	// A pipe table's text with its whitespace collapsed by a crawler: "| 规章 | 0 | 0 | 3 | | 行政规范性文件 |…".
	if (layout === 'collapsed-pipes') return renderText(m, 'pipes').replace(/\s+/g, ' ');
	const md = layout === 'markdown';
	const row = (cells: string[]): string[] => {
		const cs = cells.filter((c, i) => c !== '' || i > 0);
		switch (layout) {
			case 'pipes':
			case 'markdown':
				return [`| ${cells.join(' | ')} |`];
			case 'pipes-open':
				return [cs.join(' | ')];
			case 'tabs':
				return [cs.join('\t')];
			case 'cell-per-line':
				return cs;
			default:
				return [cs.join(' ')];
		}
	};
	const out: string[] = [md ? `# ${m.agency}` : m.agency, md ? `# ${m.title}` : m.title, m.date];
	const blocks = tableBlocks(m);
	for (const p of m.parts) {
		out.push(md ? `## ${p.number}${p.title}` : `${p.number}${p.title}`);
		out.push(...p.text.map((t) => (md ? t.replace(/^(一是)/, '### $1') : t)));
		for (const s of p.subs ?? []) out.push(md ? `### **${s.number}${s.title}**` : `${s.number}${s.title}`, ...s.text);
		if (!p.table) continue;
		for (const b of blocks[p.table]) {
			if (b.heading) out.push(md ? `**${b.heading}**` : b.heading);
			const width = b.header.length;
			out.push(...row(b.header));
			if (md) out.push(`|${' --- |'.repeat(width)}`);
			for (const r of b.rows) {
				const cells = [r.label, ...r.cells.map(show)];
				out.push(...row(r.cells.length === 0 ? [r.label, ...Array(width - 1).fill(md || layout.startsWith('pipes') ? '' : '—')] : cells));
			}
		}
		if (p.table === 't4') out.push('表四所列复议案件均已审结。');
	}
	const text = out.join('\n');
	return layout === 'collapsed' ? text.replace(/\s+/g, ' ') : text;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The report as a crawled CMS page: chrome around the article, Word-style spans in cells, rowspan in 表三;
 * with `t3Picture`, 表三 pasted as a screenshot (<img src=…>) instead of a table.
 */
export function renderHtml(m: Model, t3Picture?: string): string {
	const blocks = tableBlocks(m);
	const body: string[] = [`<p class="MsoNormal"><span style="mso-bidi-font-size:10.5pt">${esc(m.title)}</span></p>`];
	for (const p of m.parts) {
		body.push(`<p><strong>${p.number}${p.title}</strong></p>`, ...p.text.map((t) => `<p><span>${esc(t)}</span></p>`));
		for (const s of p.subs ?? []) body.push(`<p>${s.number}${s.title}</p>`, ...s.text.map((t) => `<p>${esc(t)}</p>`));
		if (!p.table) continue;
		for (const b of blocks[p.table]) {
			if (b.heading) body.push(`<p>${b.heading}</p>`);
			if (p.table === 't3' && t3Picture !== undefined) {
				body.push(`<p style="text-align:center"><img src="${t3Picture}" width="600" alt="表三"></p>`);
				continue;
			}
			const rows = [`<tr>${b.header.map((h) => `<td><p><span>${h}</span></p></td>`).join('')}</tr>`];
			const valueCells = (r: Row) => r.cells.map((c) => `<td><p><span lang="EN-US">${c === null ? '&nbsp;' : c}</span></p></td>`).join('');
			if (p.table === 't3') rows.push(...t3RowsWithRowspan(m).map((r) => `<tr>${r.merged.map(([label, span]) => `<td rowspan="${span}">${esc(label)}</td>`).join('')}<td>${esc(r.row.label)}</td>${valueCells(r.row)}</tr>`));
			else rows.push(...b.rows.map((r) => `<tr><td>${esc(r.label)}</td>${valueCells(r)}</tr>`));
			body.push(`<table class="MsoNormalTable" style="border-collapse:collapse">${rows.join('')}</table>`);
		}
		if (p.table === 't4') body.push('<p>表四所列复议案件均已审结。</p>');
	}
	return `<!doctype html><html><head><meta name="PubDate" content="2024-01-20 10:00"><title>${esc(m.title)}_示例市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
<div class="article"><h1>${esc(m.agency)}${esc(m.title)}</h1><div class="info">发布时间：2024-01-20 来源：${esc(m.agency)}</div>
<div class="TRS_Editor">${body.join('\n')}</div></div>
<div class="footer">主办单位：示例市人民政府办公室 网站标识码 0000000000</div></body></html>`;
}

/**
 * 表三 as a Word-exported page has it: group labels (三、本年度办理结果, (三)不予公开 …) are not rows of their
 * own but cells spanning their rows, printed in the first row they cover.
 */
function t3RowsWithRowspan(m: Model): { merged: [string, number][]; row: Row }[] {
	const out: { merged: [string, number][]; row: Row }[] = [];
	const values = valueRows(TABLE3.template2021);
	values.forEach((r, i) => {
		const starts = r.path.filter((p) => values.findIndex((v) => v.path.includes(p)) === i);
		out.push({ merged: starts.map((p) => [p, values.filter((v) => v.path.includes(p)).length]), row: { label: r.label, cells: m.golden.t3[i] } });
	});
	return out;
}

/**
 * The report as a Word document (docx package): headings as Word headings, tables as Word tables; with
 * `t3Picture` (a PNG and its size in pixels), 表三 pasted as a picture instead of a table. The docx package
 * writes any picture as the type it is told; an EMF or WMF given as `picture` is stored under a .png name,
 * which the reader never looks at (it goes by the bytes).
 */
export async function renderDocx(m: Model, t3Picture?: { picture: Uint8Array; width: number; height: number }): Promise<Uint8Array> {
	const blocks = tableBlocks(m);
	const para = (t: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ children: [new TextRun(t)], heading });
	const children: (Paragraph | Table)[] = [para(m.agency, HeadingLevel.TITLE), para(m.title, HeadingLevel.TITLE), para(m.date)];
	const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
	for (const p of m.parts) {
		children.push(para(`${p.number}${p.title}`, HeadingLevel.HEADING_1), ...p.text.map((t) => para(t)));
		for (const s of p.subs ?? []) children.push(para(`${s.number}${s.title}`, HeadingLevel.HEADING_2), ...s.text.map((t) => para(t)));
		if (!p.table) continue;
		for (const b of blocks[p.table]) {
			if (b.heading) children.push(para(b.heading));
			if (p.table === 't3' && t3Picture) {
				// Word shows it 6 inches wide; the picture keeps its own pixels.
				const width = 576;
				children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: t3Picture.picture, transformation: { width, height: Math.round((width * t3Picture.height) / t3Picture.width) } })] }));
				continue;
			}
			const rows = [new TableRow({ children: b.header.map(cell) })];
			for (const r of b.rows) rows.push(new TableRow({ children: [cell(r.label), ...(r.cells.length ? r.cells.map((c) => cell(c === null ? '' : String(c))) : Array(b.header.length - 1).fill(0).map(() => cell('')))] }));
			children.push(new Table({ rows }));
		}
		if (p.table === 't4') children.push(para('表四所列复议案件均已审结。'));
	}
	const doc = new Document({ sections: [{ children }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}
