import type { SourceLine } from '../source';
import { readCell, RUN_TOGETHER } from './cells';
import { isPipeLine, opens } from './2008/table';

/**
 * The cells of a line that is a table row in a 2008-format report: cells the form gave, or text cut by
 * tabs, by bars inside the line, or by runs of two or more spaces before a unit or a number. Null for
 * prose. (The scraped one-cell-per-line appendix, every line ending in "|", is read by parsePipeTable.)
 */
export function rowCells(line: SourceLine): string[] | null {
	if (line.cells) return line.cells.length >= 2 ? line.cells : null;
	// Spaces trimmed, tabs kept: trailing tabs are the empty cells of a group row.
	const text = line.text.replace(/^ +| +$/g, '');
	let cells: string[] | null = null;
	if (text.includes('\t')) cells = text.split('\t');
	else if (/\S\s*\|\s*\S/.test(text)) cells = text.replace(/^\|/, '').replace(/\|$/, '').split('|');
	else if (/\S {2,}(条|件|次|篇|个|人|万?元|项|[-—\d])/.test(text)) cells = text.split(/ {2,}/);
	// A header row spaced out like the rows below it ("指标名称   单位   数量").
	else if (/\S {2,}\S/.test(text) && text.split(/ {2,}/).every((c) => HEADER_WORD.test(c))) cells = text.split(/ {2,}/);
	cells = cells?.map((c) => c.trim()) ?? null;
	// A group row keeps its empty cells ("一、主动公开情况\t\t\t"): two separators or more make it a row.
	return cells && (cells.filter(Boolean).length >= 2 || cells.length >= 3) ? cells : null;
}

/** What a 2008-era table's header cells say: 指标(名称), (计量)单位, 数量, 2010年度, 历年累计, 项目. */
const HEADER_WORD = /^(指标|单位|数量|项目|计量单位|指标名称|\d{4}年度?|年度|累计|历年累计|本年|合计)$/;

/**
 * A short line between two rows that is part of a label broken over lines: its first half (it opens a
 * note in parentheses), or the rest of the row above's label (it closes the note that label opened).
 */
const isLabelPart = (text: string, above: string) => text !== '' && text.length <= 60 && (/\(/.test(text) || (opens(above) > 0 && /\)/.test(text)));

const hasValue = (cells: string[]) => cells.slice(1).some((c) => ['number', 'dash'].includes(readCell(c).kind));

/**
 * Which lines of a 2008-format report are rows of a table given row by row: runs of row lines holding at
 * least two rows with a value (so a page laid out in a table is not taken for one), with a lone label
 * line between two rows taken as the first half of a row broken over two lines.
 */
export function tableLines(lines: SourceLine[]): Map<number, string[]> {
	const out = new Map<number, string[]>();
	// A line ending in "|" with one cell is the scraped one-cell-per-line form; with a bar inside it is a
	// row whose last cell is empty ("收取费用 | 元 |").
	const scraped = (l: SourceLine) => !l.cells && isPipeLine(l.text.trim()) && !/\S\s*\|\s*\S/.test(l.text);
	const cells = lines.map((l) => (scraped(l) ? null : rowCells(l)));
	let i = 0;
	while (i < lines.length) {
		if (!cells[i]) {
			i++;
			continue;
		}
		const run: number[] = [];
		let j = i;
		for (; j < lines.length; j++) {
			if (cells[j]) run.push(j);
			else if (cells[j - 1] && RUN_TOGETHER.test(lines[j].text.trim())) run.push(j);
			else if (cells[j + 1] && cells[j - 1] && isLabelPart(lines[j].text.trim(), cells[j - 1]![0])) run.push(j);
			else break;
		}
		if (run.filter((k) => cells[k] && hasValue(cells[k]!)).length >= 2) for (const k of run) out.set(k, cells[k] ?? [lines[k].text.trim()]);
		i = j;
	}
	return out;
}
