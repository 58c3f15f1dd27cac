/**
 * Where each parsed line stands in source.txt (the text the site publishes), so every number can link to
 * the line it came from. The forms reshape text before the parser sees it (Markdown tables become cells,
 * collapsed text is cut into lines, pages lose their markup), so lines are found, not counted: each line's
 * letters and digits are looked for in source.txt's letters and digits, moving forward only, within a
 * bounded window. A line not found there (made up by a reader, or reordered) has no line number.
 */
import type { SourceLine } from './source';

/** How far past the last line found a line is looked for, in letters and digits: bounds the cost per line. */
const WINDOW = 4000;
/** How many of a line's first letters and digits are looked for: enough to tell rows apart. */
const PROBE = 16;

const KEEP = /[\p{L}\p{N}]/u;

/** Letters and digits of a text (NFKC, so full-width digits match), each with the 1-based line it stands on. */
function compact(text: string): { chars: string; lineAt: Uint32Array } {
	const normal = text.normalize('NFKC');
	const chars: string[] = [];
	const lineAt: number[] = [];
	let line = 1;
	for (const ch of normal) {
		if (ch === '\n') line++;
		else if (KEEP.test(ch)) {
			chars.push(ch);
			for (let k = 0; k < ch.length; k++) lineAt.push(line);
		}
	}
	return { chars: chars.join(''), lineAt: Uint32Array.from(lineAt) };
}

const probeOf = (line: SourceLine) => {
	const text = (line.cells ? line.cells.join(' ') : line.text).normalize('NFKC');
	let out = '';
	for (const ch of text) {
		if (KEEP.test(ch)) out += ch;
		if (out.length >= PROBE) break;
	}
	return out;
};

/** The lines with `line` set where each was found in `source`; other lines are returned as they were. */
export function numberLines(lines: SourceLine[], source: string): SourceLine[] {
	const { chars, lineAt } = compact(source);
	let cursor = 0;
	return lines.map((l) => {
		const probe = probeOf(l);
		if (!probe) return l;
		const window = chars.slice(cursor, cursor + WINDOW + probe.length);
		const at = window.indexOf(probe);
		if (at < 0) return l;
		cursor += at;
		const found = { ...l, line: lineAt[cursor] };
		cursor += probe.length;
		return found;
	});
}
