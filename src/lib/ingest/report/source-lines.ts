/**
 * Where each parsed line stands in source.txt (the text the site publishes), so every number can link to
 * the line it came from. The forms reshape text before the parser sees it (Markdown tables become cells,
 * collapsed text is cut into lines, pages lose their markup), so lines are found, not counted: each line's
 * letters and digits are looked for in source.txt's letters and digits, moving forward only, within a
 * bounded window. A line not found there (made up by a reader, or reordered) has no line number.
 */
import type { SourceLine } from '../source';

/** How far past the last line found a line is looked for, in letters and digits: bounds the cost per line. */
const WINDOW = 4000;
/** The stretch looked at first: a line usually follows the last one found within a few lines. */
const NEAR = 256;
/** How many of a line's first letters and digits are looked for: enough to tell rows apart. */
const PROBE = 16;

const DROP = /[^\p{L}\p{N}]+/gu;
const bare = (text: string) => text.normalize('NFKC').replace(DROP, '');

/** Letters and digits of a text (NFKC, so full-width digits match), and where each line's start in them. */
function compact(text: string): { chars: string; starts: Int32Array } {
	const lines = text.split('\n');
	const starts = new Int32Array(lines.length);
	const parts: string[] = [];
	let at = 0;
	lines.forEach((line, i) => {
		starts[i] = at;
		const b = bare(line);
		parts.push(b);
		at += b.length;
	});
	return { chars: parts.join(''), starts };
}

/** The 1-based line whose letters and digits hold position `at`: the last line starting at or before it. */
function lineAt(starts: Int32Array, at: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= at) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

const probeOf = (line: SourceLine) => bare((line.cells ? line.cells.join(' ') : line.text).slice(0, PROBE * 4)).slice(0, PROBE);

/** The lines with `line` set where each was found in `source`; other lines are returned as they were. */
export function numberLines(lines: SourceLine[], source: string): SourceLine[] {
	const { chars, starts } = compact(source);
	let cursor = 0;
	return lines.map((l) => {
		const probe = probeOf(l);
		if (!probe) return l;
		// Most lines stand just after the last one found: look near first, then over the whole window.
		let at = chars.slice(cursor, cursor + NEAR + probe.length).indexOf(probe);
		if (at < 0) at = chars.slice(cursor, cursor + WINDOW + probe.length).indexOf(probe);
		if (at < 0) return l;
		cursor += at;
		const found = { ...l, line: lineAt(starts, cursor) };
		cursor += probe.length;
		return found;
	});
}
