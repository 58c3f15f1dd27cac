import type { Section } from '../../types';
import { chineseNumeral, circledNumeral } from '../../text/numerals';
import { squeezeCjkSpaces } from '../../text/normalize';
import { uniqueAnchor } from '../anchors';

export interface Heading {
	/** 1: 一、  2: (一)  3: 1、 1. 1．  4: (1) ① */
	level: number;
	n: number;
	number: string;
	/** The rest of the line after the number. */
	rest: string;
}

const PATTERNS: { level: number; re: RegExp; value: (m: string) => number; print: (m: string) => string }[] = [
	{ level: 1, re: /^([一二三四五六七八九十]{1,3})\s*、\s*(.*)$/, value: chineseNumeral, print: (m) => `${m}、` },
	{ level: 2, re: /^\(\s*([一二三四五六七八九十]{1,3})\s*\)\s*(.*)$/, value: chineseNumeral, print: (m) => `(${m})` },
	{ level: 3, re: /^(\d{1,2})\s*(、|\.(?!\d))\s*(.*)$/, value: Number, print: (m) => `${m}、` },
	{ level: 4, re: /^\(\s*(\d{1,2})\s*\)\s*(.*)$/, value: Number, print: (m) => `(${m})` },
	{ level: 4, re: /^([①-⑳])\s*(.*)$/, value: circledNumeral, print: (m) => m }
];

/** Recognises a line that begins a numbered part, subsection or item. 一是/二是 never match: they need 、. */
export function parseHeading(line: string): Heading | null {
	const t = line.trim();
	for (const p of PATTERNS) {
		const m = p.re.exec(t);
		if (!m) continue;
		const n = p.value(m[1]);
		if (!Number.isFinite(n) || n < 1) continue;
		const rest = m[m.length - 1].trim();
		if (rest === '' && p.level >= 3) continue;
		return { level: p.level, n, number: p.print(m[1]), rest };
	}
	return null;
}

/**
 * A heading line often carries its first sentence of body text ("1、工作流程。办公室登记受理…").
 * The title is the line up to the first 。; what follows it opens the section's text.
 */
export function splitTitle(rest: string): { title: string; body: string } {
	const stop = rest.indexOf('。');
	const head = stop < 0 ? rest : rest.slice(0, stop);
	const body = stop < 0 ? '' : rest.slice(stop + 1).trim();
	return { title: squeezeCjkSpaces(head.replace(/[:;,]\s*$/, '')), body };
}

interface Open {
	level: number;
	section: Section;
	lines: string[];
}

/** Builds the section tree from classified lines; anchors follow the outline numbers. */
export class OutlineBuilder {
	readonly roots: Section[] = [];
	private stack: Open[] = [];
	private used = new Set<string>();
	private lastTop = 0;

	/** The number of the last part opened (0 before the first). */
	get lastPart(): number {
		return this.lastTop;
	}

	/** Whether a heading at this level would be accepted now: parts must count upwards. */
	accepts(h: Heading): boolean {
		if (h.level === 1) return h.n > this.lastTop;
		return this.stack.length > 0;
	}

	/** Opens a section; returns it and the body text that followed the title on the heading line. */
	open(h: Heading): { section: Section; body: string } {
		while (this.stack.length && this.stack[this.stack.length - 1].level >= h.level) this.close();
		const parent = this.stack[this.stack.length - 1];
		const base = parent ? `${parent.section.anchor}-${h.n}` : `s${h.n}`;
		const anchor = uniqueAnchor(this.used, base);
		const { title, body } = splitTitle(h.rest);
		const section: Section = { anchor, number: h.number, title, text: '', children: [] };
		(parent ? parent.section.children : this.roots).push(section);
		if (h.level === 1) this.lastTop = h.n;
		this.stack.push({ level: h.level, section, lines: [] });
		return { section, body };
	}

	/** Adds a paragraph to the innermost open section; false when no section is open yet. */
	add(line: string): boolean {
		const top = this.stack[this.stack.length - 1];
		if (!top) return false;
		top.lines.push(line);
		return true;
	}

	current(): Section | null {
		return this.stack[this.stack.length - 1]?.section ?? null;
	}

	finish(): Section[] {
		while (this.stack.length) this.close();
		return this.roots;
	}

	private close() {
		const open = this.stack.pop()!;
		open.section.text = open.lines.join('\n');
	}
}
