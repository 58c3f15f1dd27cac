import { UNIT_WORDS } from '../tables/cells';

/**
 * Runs of lines that read as a table: labels followed by numbers or units ("2、政府公报公开数 条 45",
 * "收到申请数件12340"), and 其中：1、2、 items under an indicator. Such a run is never the outline (its
 * numbered rows are no headings). Where no table reader takes it, line-sorter.ts keeps it as one block of its
 * section, its source lines as they stand, and names it in the problems (table-not-read).
 */

/** A row: a short label (no sentence in it), maybe a unit, then values (numbers, dashes) to the end of the line. */
const NUMBER = String.raw`(?:\d{1,2}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)`;
const VALUE = String.raw`(?:[-—–]|\d+(?:\.\d+)?)`;
const ROW = new RegExp(String.raw`^(?:其中[:：]?\s*)?${NUMBER}?\s*[\u4e00-\u9fff][^。;；,，]{0,40}?\s*(?:${UNIT_WORDS})?\s*${VALUE}(?:\s+${VALUE})*$`);
/** A line that opens items under the row above: "其中：" alone. */
const ITEMS = /^其中[:：]?$/;
/** Fewer rows than this in a run is a list of sentences with numbers, not a table. */
const MIN_ROWS = 3;

export const readsAsRow = (text: string): boolean => ROW.test(text.trim()) && !/\d{4}\s*年/.test(text);

/**
 * A table of contents: numbered titles each with one page number, the numbers never going down
 * ("一、总体情况 1", "二、主动公开政府信息情况 2"…). It reads as a table but is none: the outline reader
 * handles it as before.
 */
function isContents(texts: string[]): boolean {
	const rows = texts.map((t) => t.trim()).filter((t) => !ITEMS.test(t));
	const pages = rows.map((t) => /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.]).*?[\s.…·]\s*(\d{1,3})$/.exec(t));
	return pages.every((m) => m && !/\d\s+\d/.test(m[0])) && pages.every((m, i) => i === 0 || Number(m![1]) >= Number(pages[i - 1]![1]));
}

/** For each line of a run, the run's first and last line (indexes into `texts`); lines `skip` names are never in one. */
export function tableRuns(texts: string[], skip: (index: number) => boolean): Map<number, { from: number; to: number }> {
	const out = new Map<number, { from: number; to: number }>();
	let i = 0;
	while (i < texts.length) {
		let j = i;
		let rows = 0;
		while (j < texts.length && !skip(j)) {
			const t = texts[j].trim();
			if (readsAsRow(t)) rows++;
			else if (!ITEMS.test(t)) break;
			j++;
		}
		if (rows >= MIN_ROWS && !isContents(texts.slice(i, j))) {
			const run = { from: i, to: j - 1 };
			for (let k = i; k < j; k++) out.set(k, run);
		}
		i = Math.max(j, i + 1);
	}
	return out;
}
