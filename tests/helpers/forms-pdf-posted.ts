import { TABLE3 } from '../../src/lib/templates/template2019';
import { tableBlocks, type Model } from './forms';
import { writePdf, type Placed, type Turn } from './pdf-writer';
import { typesetPdf } from './pdf-typeset';
import { mergedDown, paginate, tableRow, wrap, type Cell, type Flow, type Row } from './pdf-pages';

/**
 * The model as agencies' PDFs print it (Word's layout, then "save as PDF"): a running header and a page
 * number on every page, tables crossing pages with their header rows repeated, labels wrapping inside
 * their cells with the values centred on the row (or on its first line), 表三's group labels in cells
 * merged down the table (三、本年度办理结果 one character per line), 表二/三/四's column headers on
 * several lines, outline numbers as runs of their own, a title in two lines, a signature and a seal.
 */
export interface PostedShape {
	/** The footer's page number for page k of n. */
	footer: (k: number, n: number) => string;
	/** Where a cell's lines stand in a row taller than them. */
	align: 'top' | 'middle';
	/** 表三 on a landscape page. */
	t3Turn?: Turn;
	/** The title's characters spread out, one run each (a letter-spaced heading). */
	spacedTitle?: boolean;
	/** The tables' font size (9 pt unless said; Word's 五号 is 10.5). */
	tableSize?: number;
}

const BODY = 12;
const M = 50;
const body = (text: string, x = M, size = BODY): Row => ({ runs: [{ x, text }], size });
const cells = (xs: number[], fits: number[], texts: string[]): Cell[] => texts.map((text, k) => ({ x: xs[k], fits: fits[k], text }));
const show = (v: number | null | string) => (v === null ? '-' : String(v));

/** The front: the agency and title over two lines (spread out or not), the date. */
function front(m: Model, shape: PostedShape): Row[] {
	const [head, tail] = [m.title.slice(0, -4), m.title.slice(-4)];
	const line = (text: string): Row =>
		shape.spacedTitle ? { size: 18, runs: [...text].map((ch, k) => ({ x: 120 + k * 27, text: ch })) } : body(text, 150, 18);
	return [line(m.agency), line(head), line(tail), body(m.date, 230)];
}

/** A heading as Word's numbering prints it: the number one run, the title another a tab's width on. */
const heading = (number: string, title: string, gap: number): Row => ({ size: BODY, runs: [{ x: M, text: number }, { x: M + number.length * BODY + gap, text: title }] });

function t2(m: Model, align: PostedShape['align'], size: number): Flow[] {
	const xs = [M, 170, 270, 370];
	return tableBlocks(m).t2.map((b) => {
		// Labels in a narrow column wrap; with the values on the row's first line only 表三's numbered labels are told apart, so 表二's column is wider there.
		const fits = [align === 'middle' ? 6 : 8, 4, 4, 4];
		const header = tableRow(cells(xs, fits, b.header), size, 'middle');
		const rows = b.rows.flatMap((r) => tableRow(cells(xs, fits, [r.label, ...r.cells.map(show)]), size, align));
		return { lines: [body(b.heading!, 200, size), ...header, ...rows], header: header.length + 1 };
	});
}

/** 表三's columns: the vertical group cell, the group cell, the item label, seven values (landscape: wider). */
function t3(m: Model, align: PostedShape['align'], landscape: boolean, size: number): Flow {
	const step = landscape ? 70 : 42;
	const values = Array.from({ length: 7 }, (_, k) => (landscape ? 330 : 260) + k * step);
	const [g1, g2, item] = [M, 66, 118];
	// As many characters as fit before the first value column, less a cell's padding.
	const fitsBefore = (x: number) => Math.floor((values[0] - x - 12) / size);
	const header: Row[] = [
		...tableRow([{ x: M, fits: fitsBefore(M), text: '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)' }, { x: values[2], fits: 10, text: '申请人情况' }], size, 'middle'),
		...tableRow(cells([values[0], values[2], values[6]], [3, 7, 2], ['自然人', '法人或其他组织', '总计']), size, 'middle'),
		...tableRow(cells(values.slice(1, 6), [2, 2, 3, 3, 2], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']), size, 'middle')
	];
	const rows: Row[] = [];
	const spans: Record<string, [number, number]> = {};
	let at = 0;
	for (const r of TABLE3.template2021) {
		if (r.header) continue;
		const x = r.path.length === 0 ? g1 : r.path.length === 1 ? g2 : item;
		const fits = fitsBefore(x);
		const label = r.label.replace(/^\((.)\)/, '（$1）');
		const lines = tableRow([{ x, fits, text: label }, ...values.map((vx, k) => ({ x: vx, fits: 6, text: show(m.golden.t3[at][k]) }))], size, align);
		for (const p of r.path) spans[p] = [spans[p]?.[0] ?? rows.length, rows.length + lines.length - 1];
		rows.push(...lines);
		at++;
	}
	for (const [label, [from, to]] of Object.entries(spans)) {
		if (label.startsWith('三、')) mergedDown(rows, from, to, { x: g1 + 2, fits: 1, text: label });
		else mergedDown(rows, from, to, { x: g2, fits: 4, text: label.replace(/^\((.)\)/, '（$1）') });
	}
	return { lines: [...header, ...rows], header: header.length, turn: landscape ? 'rotate' : undefined };
}

function t4(m: Model, size: number): Flow {
	const xs = Array.from({ length: 15 }, (_, k) => M + k * 34);
	const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
	const header = [
		...tableRow(cells([xs[1], xs[8]], [8, 8], ['行政复议', '行政诉讼']), size, 'middle'),
		...tableRow(cells([xs[6], xs[11]], [8, 8], ['未经复议直接起诉', '复议后起诉']), size, 'middle'),
		...tableRow(cells(xs, Array(15).fill(2), [...words, ...words, ...words]), size, 'middle')
	];
	return { lines: [...header, ...tableRow(cells(xs, Array(15).fill(3), m.golden.t4.map(show)), size, 'middle')], header: header.length };
}

/** The end: the issuing body and date flush right, a seal's name around its ring (characters at angles). */
function signature(m: Model): Row[] {
	const ring: Row = { size: 14, runs: [...m.agency].map((ch, k) => ({ x: 400 + 40 * Math.cos(((150 - 24 * k) * Math.PI) / 180), text: ch, dy: 40 * Math.sin(((150 - 24 * k) * Math.PI) / 180) - 40, angle: 60 - 24 * k })) };
	return [body(m.agency, 380), body('2024年1月20日', 380), ring];
}

/** The model's pages in one posted shape: their runs, and which pages are turned. */
function postedPages(m: Model, shape: PostedShape): { pages: Placed[][]; turns: (Turn | undefined)[] } {
	const size = shape.tableSize ?? 9;
	const flows: Flow[] = [{ lines: front(m, shape) }];
	for (const p of m.parts) {
		const lines = [heading(p.number, p.title, BODY)];
		for (const t of p.text) lines.push(...wrap(t, 38).map((l) => body(l)));
		for (const s of p.subs ?? []) lines.push(heading(s.number, s.title, 0), ...s.text.flatMap((t) => wrap(t, 38).map((l) => body(l))));
		flows.push({ lines });
		if (p.table === 't2') flows.push(...t2(m, shape.align, size));
		if (p.table === 't3') flows.push(t3(m, shape.align, !!shape.t3Turn, size));
		if (p.table === 't4') flows.push(t4(m, size), { lines: [body('表四所列复议案件均已审结。')] });
	}
	flows.push({ lines: signature(m) });
	const { pages, turns } = paginate(flows, { running: [{ x: M, text: m.agency }, { x: 300, text: m.title }], footer: shape.footer });
	return { pages, turns: turns.map((t) => (t && shape.t3Turn ? shape.t3Turn : t)) };
}

/** The model in one posted shape, as the test writer's PDF. */
export function renderPostedPdf(m: Model, shape: PostedShape): Uint8Array {
	const { pages, turns } = postedPages(m, shape);
	return writePdf(pages, turns);
}

/** The model in one posted shape, typeset by pdf-lib in an embedded Noto Sans CJK subset (glyphs of their own widths). */
export function renderPostedTypesetPdf(m: Model, shape: PostedShape): Promise<Uint8Array> {
	const { pages, turns } = postedPages(m, shape);
	return typesetPdf(pages, turns);
}

/**
 * The seed's 2008 appendix as a posted PDF: 指标 | 单位 | 数量 as a table whose header row repeats on each
 * page it continues to, long labels wrapped in their cell with the unit and value centred on the row,
 * a running header and page numbers.
 */
export function renderSeedPostedPdf(before: string[], header: string[], rows: string[][], footer: PostedShape['footer']): Uint8Array {
	const xs = [M, 330, 400];
	const fits = [30, 4, 8];
	const table: Row[] = [...tableRow(cells(xs, fits, header), 9, 'middle'), ...rows.flatMap((r) => tableRow(cells(xs, fits, r), 9, 'middle'))];
	const flows: Flow[] = [{ lines: before.flatMap((t) => wrap(t, 38).map((l) => body(l))) }, { lines: table, header: 1 }];
	const { pages, turns } = paginate(flows, { running: [{ x: M, text: '政府信息公开工作年度报告' }], footer });
	return writePdf(pages, turns);
}
