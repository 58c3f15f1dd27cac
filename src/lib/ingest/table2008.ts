import type { Table, TableRow } from '../types';
import { chineseNumeral } from './numerals';
import { squeezeCjkSpaces } from './normalize';
import { readCell, cellValue } from './cells';
import { uniqueAnchor } from './anchors';

/** A line of the scraped appendix: cells separated by "|", the line ending in "|". */
export function isPipeLine(line: string): boolean {
	return /\|\s*$/.test(line);
}

interface RowLevel {
	level: number;
	/** The number in the outline; null for unnumbered rows (其中… and what follows them). */
	n: number | null;
}

/** 一、 → 1, (一) → 2, 1. → 3, anything else (其中:… and its continuations) → 4. */
export function rowLevel(label: string): RowLevel {
	let m = /^([一二三四五六七八九十]{1,3})、/.exec(label);
	if (m) return { level: 1, n: chineseNumeral(m[1]) };
	m = /^\(([一二三四五六七八九十]{1,3})\)/.exec(label);
	if (m) return { level: 2, n: chineseNumeral(m[1]) };
	m = /^(\d{1,2})[.、]/.exec(label);
	if (m) return { level: 3, n: Number(m[1]) };
	return { level: 4, n: null };
}

/**
 * Reads the 2008 appendix (指标 | 单位 | 数量 …) from its pipe-separated lines. The header is every
 * cell before the first row label that starts with 一、; the rows are the following cells in groups of
 * the header's width. Problems are returned, not thrown: the rest of the report is still good.
 */
export function parsePipeTable(
	lines: string[],
	anchor: string,
	title: string,
	section: string | null
): { table: Table; problems: string[] } {
	const problems: string[] = [];
	const cells = lines.flatMap((l) => l.replace(/\|\s*$/, '').split('|').map((c) => squeezeCjkSpaces(c)));
	const first = cells.findIndex((c) => /^[一二三四五六七八九十]{1,3}、/.test(c));
	const header = first > 0 ? cells.slice(0, first) : [];
	const width = header.length;
	const unitColumn = header.findIndex((h) => h.includes('单位'));
	const valueColumns = header.map((h, i) => ({ h, i })).filter(({ i }) => i > 0 && i !== unitColumn);
	const table: Table = { anchor, title, columns: valueColumns.map((c) => c.h), rows: [], section, source: lines.join('\n') };
	if (width < 2 || valueColumns.length === 0) {
		problems.push(`table "${title}": no header row (指标 | 单位 | 数量) before the first row`);
		return { table, problems };
	}
	const body = cells.slice(first);
	if (body.length % width !== 0) {
		problems.push(`table "${title}": ${body.length} cells do not fill rows of ${width}; the last row is incomplete`);
	}
	const stack: { level: number; label: string; anchor: string; q: number }[] = [];
	const used = new Set<string>();
	const root = { level: 0, label: '', anchor: `${anchor}-r0`, q: 0 };
	for (let at = 0; at + width <= body.length; at += width) {
		const row = body.slice(at, at + width);
		const label = row[0];
		const { level, n } = rowLevel(label);
		while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
		const parent = stack[stack.length - 1];
		let local: string;
		if (n !== null) local = parent ? `${parent.anchor}-${n}` : `${anchor}-r${n}`;
		else {
			const owner = parent ?? root;
			owner.q += 1;
			local = `${owner.anchor}-q${owner.q}`;
		}
		const rowAnchor = uniqueAnchor(used, local);
		const unitCell = unitColumn >= 0 ? readCell(row[unitColumn]) : { kind: 'blank' as const };
		const valueCells = valueColumns.map((c) => readCell(row[c.i]));
		const header = unitCell.kind === 'dash' || valueCells.some((c) => c.kind === 'dash');
		for (const c of valueCells) {
			if (c.kind === 'text') problems.push(`table "${title}", row "${label}": "${c.text}" is not a number`);
		}
		const r: TableRow = {
			anchor: rowAnchor,
			path: stack.map((s) => s.label),
			label,
			unit: header || unitColumn < 0 || row[unitColumn] === '' ? null : row[unitColumn],
			values: valueCells.map(cellValue)
		};
		if (header) r.header = true;
		table.rows.push(r);
		if (n !== null) stack.push({ level, label, anchor: rowAnchor, q: 0 });
	}
	return { table, problems };
}
