import { TABLE3, T4_COLUMNS } from '../../src/lib/templates/template2019';
import { tableBlocks, type Model } from './forms';
import { writeDoc, type DocBlock } from './doc-writer';

/**
 * The model as a legacy Word document (.doc): paragraphs, and tables as Word table rows (blank cells
 * empty); with `t3Picture`, 表三 pasted as an inline picture (a PNG, JPEG, DIB, EMF or WMF) instead of its rows.
 */
export function renderDoc(m: Model, t3Picture?: { bytes: Uint8Array; type: 'png' | 'jpeg' | 'dib' | 'emf' | 'wmf' }): Uint8Array {
	const blocks: DocBlock[] = [{ paragraph: m.agency }, { paragraph: m.title }, { paragraph: m.date }];
	const tables = tableBlocks(m);
	for (const p of m.parts) {
		blocks.push({ paragraph: `${p.number}${p.title}` }, ...p.text.map((t) => ({ paragraph: t })));
		for (const s of p.subs ?? []) blocks.push({ paragraph: `${s.number}${s.title}` }, ...s.text.map((t) => ({ paragraph: t })));
		if (!p.table) continue;
		for (const b of tables[p.table]) {
			if (b.heading) blocks.push({ paragraph: b.heading });
			if (p.table === 't3' && t3Picture) {
				blocks.push({ picture: t3Picture.bytes, type: t3Picture.type });
				continue;
			}
			blocks.push({ row: b.header });
			for (const r of b.rows) blocks.push({ row: [r.label, ...(r.cells.length ? r.cells.map((c) => (c === null ? '' : String(c))) : Array(b.header.length - 1).fill(''))] });
		}
		if (p.table === 't4') blocks.push({ paragraph: '表四所列复议案件均已审结。' });
	}
	return writeDoc(blocks);
}

/** The seed as a legacy Word document: its text as paragraphs, its 2008 appendix as a Word table. */
export function renderSeedDoc(before: string[], header: string[], rows: string[][]): Uint8Array {
	return writeDoc([...before.map((paragraph) => ({ paragraph })), { row: header }, ...rows.map((row) => ({ row })), { paragraph: '扫一扫在手机打开当前页' }]);
}

/**
 * The model as a .doc written from the 2021 template in Word: 表三 and 表四 on their grids with merged
 * cells (a merged cell's other grid cells are empty cells of their rows), a table of contents and a
 * hyperlink as Word fields (\x13 code \x14 result \x15).
 */
export function renderTemplateDoc(m: Model): Uint8Array {
	const toc = m.parts.map((p, k) => `${p.number}${p.title}\t${k + 1}`);
	const blocks: DocBlock[] = [{ paragraph: m.agency }, { paragraph: m.title }, { paragraph: m.date }, { paragraph: `目录\r\x13 TOC \\o "1-2" \\h \\z \x14${toc.join('\r')}\x15` }];
	const tables = tableBlocks(m);
	for (const p of m.parts) {
		blocks.push({ paragraph: `${p.number}${p.title}` });
		blocks.push(...p.text.map((t, j) => ({ paragraph: j === 0 && p.subs ? t.replace(/。$/, `,详见\x13 HYPERLINK "http://www.example.gov.cn/zwgk" \x14政府信息公开专栏\x15。`) : t })));
		for (const s of p.subs ?? []) blocks.push({ paragraph: `${s.number}${s.title}` }, ...s.text.map((t) => ({ paragraph: t })));
		if (p.table === 't2')
			for (const b of tables.t2) blocks.push({ paragraph: b.heading! }, { row: b.header }, ...b.rows.map((r) => ({ row: [r.label, ...r.cells.map(cellText)] })));
		if (p.table === 't3') blocks.push(...table3Rows(m).map((row) => ({ row })));
		if (p.table === 't4') blocks.push(...table4Rows(m).map((row) => ({ row })), { paragraph: '表四所列复议案件均已审结。' });
	}
	return writeDoc(blocks);
}

const cellText = (c: number | null | string) => (c === null ? '' : String(c));

/** 表三 on its 10-column grid: group, subgroup, item, seven values; merged cells leave their other grid cells empty. */
function table3Rows(m: Model): string[][] {
	const values = TABLE3.template2021.filter((r) => !r.header);
	const header = [
		['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '', '', '申请人情况', '', '', '', '', '', ''],
		['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
		['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']
	];
	return [
		...header,
		...values.map((r, i) => {
			const lead = r.path.map((p) => (values.findIndex((v) => v.path.includes(p)) === i ? p : ''));
			return [...lead, r.label, ...Array(2 - r.path.length).fill(''), ...m.golden.t3[i].map(cellText)];
		})
	];
}

function table4Rows(m: Model): string[][] {
	const blank = (n: number) => Array(n).fill('');
	return [
		['行政复议', ...blank(4), '行政诉讼', ...blank(9)],
		[...blank(5), '未经复议直接起诉', ...blank(4), '复议后起诉', ...blank(4)],
		[...T4_COLUMNS, ...T4_COLUMNS, ...T4_COLUMNS],
		m.golden.t4.map(cellText)
	];
}
