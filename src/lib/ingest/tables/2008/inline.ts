import type { SourceLine } from '../../source';
import type { Problem } from '../../../types';
import { problem } from '../../problems';
import { rowLevel, TEMPLATE_2008 } from '../../../templates/template2008';
import { cuts, settleBySums, type RowSum } from '../run-together';
import { UNIT_WORDS, UNREAD_CELL } from '../cells';

/**
 * The 2008 appendix inside collapsed text, where no line breaks or separators tell the cells apart: the
 * template's row labels are found in order (whatever the spaces inside them), and what follows each label
 * up to the next is its unit and values. Rows come back as lines with cells, for the ordinary table reader.
 */

/** The header (指标 | 单位 | 数量, or 指标名称 | 计量单位 | 2018年度 | 历年累计) with spaces and bars removed. */
const HEADER = /指标(?:名称)?(?:计量)?单位(?:(数量)|(\d{4})年度(历年累计)?)/;
/** A label found further than this (in characters, spaces removed) past the last row is not this table's row. */
const WINDOW = 60;
const UNIT = new RegExp(`^(${UNIT_WORDS})`);
const VALUE = /^(\d+(\.\d+)?|[-—–]+|\/)$/;
const NOTE = /\([^()]*\)$/;

/** The label's words: no numbering, no 其中: prefix, no note in parentheses (sources word the notes differently). */
const coreOf = (label: string) => label.replace(/^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.)/, '').replace(/^其中:/, '').replace(NOTE, '');
const prefixOf = (label: string) => label.slice(0, label.indexOf(coreOf(label)));

/** The text without spaces and bars, with where each of its characters was in the text. */
function compactOf(text: string): { compact: string; at: number[] } {
	let compact = '';
	const at: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (/[\s|]/.test(text[i])) continue;
		compact += text[i];
		at.push(i);
	}
	at.push(text.length);
	return { compact, at };
}

interface Found {
	template: number;
	/** Compact offsets: the label (with its numbering) from start to end. */
	start: number;
	end: number;
}

/** Template rows found in order from `from`, each within WINDOW of the previous; absent rows are skipped. */
function findRows(compact: string, from: number): Found[] {
	const found: Found[] = [];
	let cursor = from;
	TEMPLATE_2008.forEach((row, template) => {
		const core = coreOf(row.label);
		const at = compact.indexOf(core, cursor);
		if (at < 0 || at - cursor > WINDOW) return;
		let start = at;
		for (const prefix of [prefixOf(row.label), '其中:']) {
			if (prefix && compact.slice(start - prefix.length, start) === prefix) start -= prefix.length;
		}
		let end = at + core.length;
		const note = compact[end] === '(' ? compact.indexOf(')', end) : -1;
		if (note > 0 && note - end < WINDOW) end = note + 1;
		found.push({ template, start, end });
		cursor = end;
	});
	return found;
}

interface Tail {
	unit: string;
	values: string[];
	/** Digits of several value cells with nothing between them. */
	runTogether: string | null;
	/** Where in the tail the cells end and other text begins (the text after the table, or words no row explains). */
	rest: number;
}

/**
 * What follows a label: its unit ("—" for a group row), then its values. Digits stuck to the unit
 * ("条4251516") mean the source dropped every separator: with one value column they are its value, with
 * more they are the row's cells run together.
 */
function readTail(tail: string, width: number): Tail {
	const out: Tail = { unit: '', values: [], runTogether: null, rest: tail.length };
	const token = /\s*(\S+)/y;
	let m: RegExpExecArray | null;
	let first = true;
	while ((m = token.exec(tail))) {
		let word = m[1];
		if (first) {
			first = false;
			const unit = UNIT.exec(word) ?? /^[-—–]+/.exec(word);
			if (unit) {
				out.unit = unit[0];
				word = word.slice(unit[0].length);
				if (word === '') continue;
				if (width > 1 && /^\d/.test(word)) {
					out.runTogether = /^\d+/.exec(word)![0];
					word = word.slice(out.runTogether.length);
					if (word === '') continue;
					out.rest = token.lastIndex - word.length;
					break;
				}
			}
		}
		// The last row's number with the text after the table stuck to it ("20扫一扫…").
		const stuck = !VALUE.test(word) && out.values.length < width && !out.runTogether ? /^\d+(\.\d+)?(?=[^\d.])/.exec(word) : null;
		if (stuck) {
			out.values.push(stuck[0]);
			out.rest = token.lastIndex - (word.length - stuck[0].length);
			break;
		}
		if (VALUE.test(word) && out.values.length < width && !out.runTogether) {
			out.values.push(word);
			continue;
		}
		out.rest = token.lastIndex - word.length;
		break;
	}
	return out;
}

/** Sums the template states, as indices into the rows found: a `sum` row and its numbered sub-rows. */
function sumsOf(found: Found[]): RowSum[] {
	const index = new Map(found.map((f, i) => [f.template, i]));
	const out: RowSum[] = [];
	TEMPLATE_2008.forEach((row, t) => {
		if (!row.sum || !index.has(t)) return;
		const level = rowLevel(row.label).level;
		const parts: number[] = [];
		for (let k = t + 1; k < TEMPLATE_2008.length && rowLevel(TEMPLATE_2008[k].label).level > level; k++) {
			if (rowLevel(TEMPLATE_2008[k].label).level !== level + 1) continue;
			// A sum with a row the source left out cannot be checked.
			if (!index.has(k)) return;
			parts.push(index.get(k)!);
		}
		out.push({ total: index.get(t)!, parts });
	});
	return out;
}

export interface InlineAppendix {
	/** The text before the appendix's header, and after its last row. */
	before: string;
	after: string;
	/** The header and one line per row, with cells. */
	lines: SourceLine[];
	problems: Problem[];
}

/** Fewer template rows than this found after a header is not the 2008 appendix. */
const MIN_ROWS = 8;

export function readInlineAppendix(text: string): InlineAppendix | null {
	const { compact, at } = compactOf(text);
	const head = HEADER.exec(compact);
	const from = head ? head.index + head[0].length : compact.indexOf(TEMPLATE_2008[0].label);
	if (from < 0) return null;
	const found = findRows(compact, from);
	if (found.length < MIN_ROWS) return null;
	const columns = !head || head[1] ? ['数量'] : [`${head[2]}年度`, ...(head[3] ? ['历年累计'] : [])];
	const header = columns.length === 1 ? ['指标', '单位', '数量'] : ['指标名称', '计量单位', ...columns];
	const problems: Problem[] = [];
	let after = '';
	/** Words between rows that no row explains: kept as the text after the table, so they are shown and searched. */
	const strays: string[] = [];
	const tails = found.map((f, i) => {
		const next = found[i + 1];
		const tail = text.slice(at[f.end], next ? at[next.start] : text.length);
		const read = readTail(tail, columns.length);
		const label = compact.slice(f.start, f.end);
		const rest = tail.slice(read.rest).trim();
		if (!next) after = rest;
		else if (rest) {
			problems.push(problem('appendix-stray-text', { row: label, text: rest }));
			strays.push(rest);
		}
		return { label, ...read };
	});

	const known = tails.map((t) => (t.runTogether ? null : t.values.map((v) => (/^\d/.test(v) ? Number(v) : null))));
	const candidates = new Map(tails.flatMap((t, i) => (t.runTogether ? [[i, cuts(t.runTogether, columns.length)] as [number, number[][]]] : [])));
	const settled = settleBySums(known, candidates, sumsOf(found));
	const lines: SourceLine[] = [{ text: header.join(' '), cells: header }];
	tails.forEach((t, i) => {
		let values = t.values;
		if (t.runTogether) {
			const cut = settled.get(i);
			if (cut) values = cut.map((v) => (v === null ? '' : String(v)));
			else {
				problems.push(problem('appendix-cells-run-together', { row: t.label, text: t.runTogether, values: columns.length }));
				// Digits no sum could cut are cells the portal could not read, never blanks.
				values = columns.map(() => UNREAD_CELL);
			}
		}
		const cells = [t.label, t.unit, ...columns.map((_, c) => values[c] ?? '')];
		lines.push({ text: cells.join(' '), cells });
	});
	return { before: text.slice(0, at[head ? head.index : found[0].start]), after: [...strays, after].filter(Boolean).join(' '), lines, problems };
}
