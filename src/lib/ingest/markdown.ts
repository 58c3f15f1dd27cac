import type { SourceLine } from './source';

/** A Markdown table rule such as |---|:---:|. */
const RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** Whether a text is a Markdown conversion: #-headings, pipe tables with rules, or **bold** lines. */
export function looksLikeMarkdown(text: string): boolean {
	const lines = text.split('\n', 400);
	const marks = lines.filter((l) => /^#{1,6}\s/.test(l) || RULE.test(l.trim()) || /^\*\*[^*]+\*\*$/.test(l.trim())).length;
	return marks >= 2;
}

/** Markdown inline marks that are not report text: **bold**, __bold__, *em*, `code`, and the \ of escapes. */
const inline = (s: string) =>
	s
		.replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
		.replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
		.replace(/<br\s*\/?>/gi, ' ');

/**
 * Lines of a Markdown conversion: heading marks (`#`…`######`, which converters also put on inline items
 * such as "### 三是…") are taken off so the outline decides what is a heading; bold marks go; pipe-table
 * rows become lines with cells and their `|---|` rules are dropped (they carry no text).
 */
export function readMarkdown(text: string): SourceLine[] {
	const out: SourceLine[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (RULE.test(line)) continue;
		if (/^\|.*\|$/.test(line) && line.length > 1) {
			const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => inline(c).trim());
			out.push({ text: cells.filter(Boolean).join(' '), cells });
			continue;
		}
		out.push({ text: inline(line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '').replace(/^[-*+]\s+(?=\S)(?!.*[-—–]$)/, '')) });
	}
	return out;
}
