import type { SourceLine } from '../../source';
import type { Problem } from '../../../types';
import { problem } from '../../problems';
import { UNIT_WORDS } from '../cells';
import { settlePairs, type PairRow, type PairSum } from './two-column-split';
import { withoutSpaces } from '../../../text/normalize';

/**
 * A 2008-era table of a province's own making inside collapsed text, with two value columns (年度 |
 * 历年累计) under its header ("指标名称 单位 年度 历年累计"), its rows labels no template knows:
 * "主动公开文件数条120534567其中:1、政府网站公开数条110030000 2、政府公报公开数条1054567 …". Each row is a
 * label, a unit and its values, apart or run together; items under a row (其中:1、… 2、…) are its parts.
 * The cells are cut where the sums and 历年累计 ≥ 年度 leave one cut (two-column-split.ts); rows come back
 * as lines with cells, for the ordinary table reader, and every row left unread is named in the problems.
 */

const HEADER = /指标(?:名称)?\s*(?:计量)?\s*单位\s*(本年度?|年度|\d{4}\s*年度?)\s*(历年累计|累计)/;
const NUMBERING = String.raw`(?:\d{1,2}[、.]|\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、)`;
/** A row: label (maybe 其中: and a number first), unit, then digits run together or two values apart. */
const ROW = new RegExp(String.raw`\s*((?:其中[:：]?\s*)?${NUMBERING}?\s*[\u4e00-\u9fff][^\s\d]*?)\s*(${UNIT_WORDS})\s*(\d+)(?:\s+(\d+)(?![\d.、]))?`, 'y');
/** A group row: a numbered label with no unit or value, another row after it. */
const GROUP = new RegExp(String.raw`\s*([一二三四五六七八九十]{1,2}、[^\s\d]{2,20})(?=\s)`, 'y');
/** Fewer rows than this after a header are not read as this table. */
const MIN_ROWS = 3;
/** A caption just before the header ("附表:政府信息公开情况统计表"). */
const CAPTION = /(?<=^|[\s。])(?:附表[:：]?\s*)?([^\s。:：]{0,30}统计表)\s*$/;

export interface TwoColumnTable {
	before: string;
	after: string;
	lines: SourceLine[];
	problems: Problem[];
}

interface Read {
	label: string;
	unit: string;
	row: PairRow | null;
	digits: string;
}

/** The item's number ("1、", "其中:1、") when the label opens with one, else null. */
const itemNumber = (label: string) => {
	const m = /^(?:其中[:：]?\s*)?(\d{1,2})[、.]/.exec(label);
	return m ? Number(m[1]) : null;
};

/** Items under a row: 其中:1、 opens them under the row before, 2、 3、 … go on; a row without a number closes them. */
function sumsOf(rows: Read[]): PairSum[] {
	const sums: PairSum[] = [];
	let open: PairSum | null = null;
	let last = 0;
	rows.forEach((r, i) => {
		const n = itemNumber(r.label);
		if (n === 1 && /^其中/.test(r.label) && i > 0 && rows[i - 1].row && itemNumber(rows[i - 1].label) === null) {
			open = { total: i - 1, parts: [i] };
			sums.push(open);
			last = 1;
		} else if (open && n === last + 1) {
			open.parts.push(i);
			last = n;
		} else open = null;
	});
	return sums;
}

export function readTwoColumnTable(text: string): TwoColumnTable | null {
	const head = HEADER.exec(text);
	if (!head) return null;
	const rows: Read[] = [];
	let cursor = head.index + head[0].length;
	/** Where the last row with values ends: group rows after it are the next part's titles, not the table's. */
	let end = cursor;
	for (;;) {
		ROW.lastIndex = cursor;
		const m = ROW.exec(text);
		if (m) {
			const [, label, unit, first, second] = m;
			rows.push({ label: withoutSpaces(label), unit, digits: first, row: second !== undefined ? { values: [Number(first), Number(second)] } : { digits: first } });
			cursor = end = ROW.lastIndex;
			continue;
		}
		GROUP.lastIndex = cursor;
		const g = GROUP.exec(text);
		if (!g) break;
		rows.push({ label: g[1], unit: '', digits: '', row: null });
		cursor = GROUP.lastIndex;
	}
	while (rows.length && rows[rows.length - 1].row === null) rows.pop();
	if (rows.filter((r) => r.row).length < MIN_ROWS) return null;
	const valued = rows.map((r, i) => [r, i] as const).filter(([r]) => r.row);
	const { values, unsettled } = settlePairs(
		valued.map(([r]) => r.row!),
		sumsOf(valued.map(([r]) => r))
	);
	const caption = CAPTION.exec(text.slice(0, head.index));
	// The caption stands on a line of its own before the header, so the table reader titles the table by it.
	const before = text.slice(0, caption ? caption.index : head.index);
	const title = caption?.[1] ?? '统计表';
	const columns = [/^\d{4}/.test(head[1]) ? withoutSpaces(head[1]) : '年度', head[2] === '累计' ? '累计' : '历年累计'];
	const header = ['指标名称', '单位', ...columns];
	const problems = unsettled.map((k) => problem('row-cells-run-together', { table: title, row: valued[k][0].label, text: valued[k][0].digits, values: 2 }));
	const lines: SourceLine[] = [...(caption ? [{ text: caption[0].trim() }] : []), { text: header.join(' '), cells: header }];
	const byRow = new Map(valued.map(([, i], k) => [i, values[k]]));
	rows.forEach((r, i) => {
		const v = byRow.get(i);
		const cells = [r.label, r.unit || '—', ...(v ? v.map((x) => (x === null ? '' : String(x))) : ['—', '—'])];
		lines.push({ text: cells.join(' '), cells });
	});
	return { before, after: text.slice(end), lines, problems };
}
