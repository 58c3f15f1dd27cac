/**
 * The 2019 model (tests/fixtures/template2019) as paper blocks for forms-scan.ts paperPdf: set small to fit
 * two pages, with 表三 merged as the template's Word file has it, or set as agencies set their reports.
 */
import { tableBlocks, type Model } from './forms';
import { BODY, MARGIN, type PaperBlock } from './forms-scan';
import { PAGE } from './pdf-writer';

/**
 * 表三 as the 2021 template lays it out in Word: 申请人情况 over three label columns and two header rows,
 * 法人或其他组织 over its five columns, 三、本年度办理结果 down the rows it groups, (三)不予公开 and the other
 * groups down their numbered rows, a row's label across the columns its groups leave.
 */
function mergedTable3(header: string[], rows: { label: string; cells: (number | string | null)[] }[], show: (c: number | string | null) => string): PaperBlock {
	const out: string[][] = [
		['申请人情况', '<', '<', header[1], '法人或其他组织', '<', '<', '<', '<', header[7]],
		['^', '^', '^', '^', ...header.slice(2, 7), '^']
	];
	let [part, group] = [null as string | null, null as string | null];
	let [partNew, groupNew] = [false, false];
	for (const r of rows) {
		if (/^[一二三四]、/.test(r.label) && r.cells.length === 0) [part, partNew, group] = [r.label, true, null];
		else if (/^[一二三四]、/.test(r.label)) {
			[part, group] = [null, null];
			out.push([r.label, '<', '<', ...r.cells.map(show)]);
		} else if (r.cells.length === 0) [group, groupNew] = [r.label, true];
		else {
			if (/^\(/.test(r.label)) group = null;
			const lead = partNew ? part! : '^';
			partNew = false;
			if (group === null) out.push([lead, r.label, '<', ...r.cells.map(show)]);
			else {
				out.push([lead, groupNew ? group : '^', r.label, ...r.cells.map(show)]);
				groupNew = false;
			}
		}
	}
	return { rows: out, widths: [16, 16, 197, ...header.slice(1).map(() => 40)], size: 8 };
}

/**
 * The 2019 model as paper: its parts, 表二's blocks, 表三 and 表四 ruled (表三 as Word merges it, with
 * `merged`). Set small so it fits two pages, or with `official` as agencies set it: the body in 三号
 * (16 pt), the tables in 五号 (10.5 pt; 表四's fifteen columns in 7 pt), so 表三 runs over a page break;
 * with `repeat` too, 表三's header row printed again at the top of the next page (Word's 重复标题行).
 */
export function modelPaper(m: Model, options: { merged?: boolean; official?: boolean; repeat?: boolean } = {}): PaperBlock[] {
	const blocks = compactPaper(m, options.merged);
	if (!options.official) return blocks;
	const table = (b: Extract<PaperBlock, { rows: string[][] }>): PaperBlock => (b.rows[0].length === 15 ? table4Headed(b.rows) : { ...b, size: 10.5, repeat: options.repeat && b.rows[0][0] === '申请人情况' ? 1 : 0 });
	return blocks.map((b) => ('text' in b ? { ...b, size: b.size && b.size > BODY ? 20 : 16, x: b.size && b.size > BODY ? MARGIN : b.x } : 'rows' in b ? table(b) : b));
}

/**
 * 表四 with the template's header: 行政复议 over its five columns and 行政诉讼 over ten, 未经复议直接起诉
 * and 复议后起诉 over five each, the five result names of 行政复议 merged down two rows.
 */
function table4Headed([names, values]: string[][]): PaperBlock {
	const five = (head: string) => [head, '<', '<', '<', '<'];
	return {
		rows: [[...five('行政复议'), '行政诉讼', ...Array(9).fill('<')], [...names.slice(0, 5), ...five('未经复议直接起诉'), ...five('复议后起诉')], [...Array(5).fill('^'), ...names.slice(5)], values],
		widths: values.map(() => 509 / 15),
		size: 7
	};
}

function compactPaper(m: Model, merged = false): PaperBlock[] {
	const out: PaperBlock[] = [{ text: m.agency, size: 16, x: 200 }, { text: m.title, size: 16, x: 110 }, { text: m.date, x: 230 }];
	const blocks = tableBlocks(m);
	const show = (c: number | string | null) => (c === null ? '-' : String(c));
	for (const p of m.parts) {
		out.push({ text: `${p.number}${p.title}` }, ...p.text.map((text) => ({ text })));
		for (const s of p.subs ?? []) out.push({ text: `${s.number}${s.title}` }, ...s.text.map((text) => ({ text })));
		if (p.table === 't2')
			for (const b of blocks.t2) {
				const w = (PAGE.width - 2 * MARGIN - 170) / (b.header.length - 1);
				out.push({ text: b.heading! }, { rows: [b.header, ...b.rows.map((r) => [r.label, ...r.cells.map(show)])], widths: [170, ...b.header.slice(1).map(() => w)] });
			}
		if (p.table === 't3' && merged) out.push(mergedTable3(blocks.t3[0].header, blocks.t3[0].rows, show));
		else if (p.table === 't3') {
			const [b] = blocks.t3;
			const rows = [b.header, ...b.rows.map((r) => (r.cells.length ? [r.label, ...r.cells.map(show)] : [r.label, ...b.header.slice(1).map(() => '')]))];
			out.push({ rows, widths: [229, ...b.header.slice(1).map(() => 40)], size: 8 });
		}
		if (p.table === 't4') {
			const names = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
			const cells = blocks.t4[0].rows[0].cells.map(show);
			out.push({ rows: [[...names, ...names, ...names], cells], widths: cells.map(() => 509 / 15), size: 6.5 });
			out.push({ text: '表四所列复议案件均已审结。' });
		}
	}
	return out;
}
