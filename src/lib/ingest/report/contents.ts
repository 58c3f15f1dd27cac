/**
 * A report's contents list (目录: each part's number and title, dot leaders, perhaps its page) reads line
 * by line as the outline itself: taken for the parts, it made every real heading after it a number gone
 * back and left the parts empty, the whole report in the last one (a web page's list of links to its parts
 * has no page numbers; OCR garbles them). The first run of heading lines with nothing between them, if it
 * holds three or more parts numbered one after another, is a contents list: it stands before the parts, and
 * no outline opens with parts that hold no text, table or row (a numbered line holding values is a table's
 * row and ends a run).
 */
import type { SourceLine } from '../source';
import { parseHeading } from './outline';

const CONTENTS_TITLE = /^目\s*录$/;

/** The indexes of the lines that make a contents list. */
export function contentsLines(lines: SourceLine[]): Set<number> {
	const out = new Set<number>();
	let run: number[] = [];
	let parts = 0;
	let last = 0;
	// Only the first run holding a part can be the list: it stands before the parts. Later, parts with nothing
	// between them are parts whose tables were pictures that could not be read.
	let open = true;
	const flush = () => {
		if (open && parts >= 3) for (const i of run) out.add(i);
		if (parts > 0) open = false;
		[run, parts, last] = [[], 0, 0];
	};
	lines.forEach((line, i) => {
		const text = line.text.trim();
		if (text === '' || CONTENTS_TITLE.test(text)) return;
		const heading = line.cells ? null : parseHeading(text);
		// A numbered line with values (一、本年新收…  40  5  1) is a table's row, never an entry of the list.
		if (!heading || (heading.rest.match(/\d+/g)?.length ?? 0) >= 2) return flush();
		// A part out of turn (the outline's own 一、 after the list's 六、) starts a run of its own.
		if (heading.level === 1 && parts > 0 && heading.n !== last + 1) flush();
		run.push(i);
		if (heading.level === 1) [parts, last] = [parts + 1, heading.n];
	});
	flush();
	return out;
}
