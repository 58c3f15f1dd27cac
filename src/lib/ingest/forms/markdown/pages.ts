import type { SourceLine } from '../../source';

/** Where a converter marked the end of a page (a page-break line, comment or thematic break). */
export const PAGE_BREAK = Symbol('page break');
export type Item = SourceLine | typeof PAGE_BREAK;

/** A converter's page-break line: CSS page breaks, LaTeX's, marker's "{3}-----", a form feed. */
export const isPageBreakLine = (line: string) =>
	/^\s*(<(div|p|br|hr)\b[^>]*page-break-(before|after)[^>]*>\s*(<\/(div|p)>)?|\\(pagebreak|newpage|clearpage)|\{\d+\}-{3,}|\f)\s*$/i.test(line);

/** A page number as converters keep it: "- 3 -", "— 3 —", "第 3 页", "第3页 共10页", "3 / 10", "Page 3", "3". */
const PAGE_NUMBER = /^([-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页([,，\s]*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(\s*of\s*\d{1,4})?|\d{1,4})$/i;

/** How many lines (blank lines aside) next to a page break may be its furniture (header, page number, footer). */
const NEAR = 2;

/**
 * The lines with what pages put around them taken out: a page number next to a page break, and a
 * running header or footer (a line that is not a table row, next to two page breaks or more, the same
 * text each time). Elsewhere such a line is text: a number alone in a paragraph, the title at the top.
 */
export function dropPageFurniture(items: Item[]): { lines: SourceLine[]; dropped: string[] } {
	const near = new Set<number>();
	items.forEach((item, i) => {
		if (item !== PAGE_BREAK) return;
		for (const step of [-1, 1]) {
			for (let j = i + step, n = 0; n < NEAR && j >= 0 && j < items.length && items[j] !== PAGE_BREAK; j += step) {
				if ((items[j] as SourceLine).text.trim() === '') continue;
				near.add(j);
				n++;
			}
		}
	});
	const text = (i: number) => {
		const item = items[i];
		return item === PAGE_BREAK || item.cells ? null : item.text.trim();
	};
	const counts = new Map<string, number>();
	for (const i of near) if (text(i)) counts.set(text(i)!, (counts.get(text(i)!) ?? 0) + 1);
	const lines: SourceLine[] = [];
	const dropped: string[] = [];
	items.forEach((item, i) => {
		if (item === PAGE_BREAK) return;
		const t = text(i);
		if (t && near.has(i) && (PAGE_NUMBER.test(t) || counts.get(t)! >= 2)) dropped.push(t);
		else lines.push(item);
	});
	return { lines, dropped };
}
