/**
 * Page numbers a PDF puts between its pages ("- 3 -", "— 3 —", "-3-", "第 3 页 共 10 页", "3 / 10"),
 * found inline in text whose whitespace collapsed, where they fall inside paragraphs and table runs
 * ("行政许可 9487 - 2 - 第二十条…" would give 行政许可 three more cells). On a line of its own such a
 * token is chrome (ingest/report/chrome.ts); inline, "- 3 -" is also how a table row reads a blank, 3, a blank. So a
 * token is a page number only where its document says so: the tokens of one shape number the pages in
 * order (k, k+1, …, each a page's worth of text after the one before), and exactly one token of page k
 * stands between pages k-1 and k+1. "第 3 页 共 10 页" says so by itself.
 */

interface Shape {
	re: RegExp;
	/** Whether a token of this shape is a page number whatever its neighbours. */
	alone?: boolean;
}

const SHAPES: Shape[] = [
	// "第 3 页 共 10 页", "第3页/共10页", "共10页 第3页": the words say it.
	{ re: /(?<=^|\s)第\s?(\d{1,3})\s?页\s?[,，/]?\s?共\s?(\d{1,3})\s?页(?=\s|$)/g, alone: true },
	{ re: /(?<=^|\s)共\s?(\d{1,3})\s?页\s?[,，/]?\s?第\s?(\d{1,3})\s?页(?=\s|$)/g, alone: true },
	{ re: /(?<=^|\s)[-—–]\s?(\d{1,3})\s?[-—–](?=\s|$)/g },
	{ re: /(?<=^|\s)第\s?(\d{1,3})\s?页(?=\s|$)/g },
	{ re: /(?<=^|\s)(\d{1,3})\s?\/\s?(\d{1,3})(?=\s|$)/g }
];

/** Less text than this between two page numbers is not a page (cells of one row: "0 - 1 - 0 - 2 - 0"). */
const MIN_PAGE_CHARS = 100;

interface Token {
	start: number;
	end: number;
	page: number;
	/** The page count, for "3 / 10": every page number of a document states the same one. */
	of: number | null;
}

function tokensOf(text: string, re: RegExp): Token[] {
	return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, page: Number(m[1]), of: m[2] ? Number(m[2]) : null }));
}

/**
 * The longest run of tokens numbering consecutive pages in text order, a page apart, one count;
 * a page whose number stands twice where it could be (a table cell that reads like it) is left out.
 */
function pageRun(tokens: Token[]): Token[] {
	const best: Token[][] = [];
	tokens.forEach((t, i) => {
		best[i] = [t];
		for (let j = 0; j < i; j++) {
			const prev = best[j].at(-1)!;
			if (prev.page + 1 === t.page && prev.of === t.of && t.start - prev.end >= MIN_PAGE_CHARS && best[j].length + 1 > best[i].length) best[i] = [...best[j], t];
		}
	});
	const run = best.reduce<Token[]>((a, b) => (b.length > a.length ? b : a), []);
	if (run.length < 2) return [];
	return run.filter((t, k) => {
		const from = run[k - 1]?.end ?? 0;
		const to = run[k + 1]?.start ?? Infinity;
		return tokens.filter((o) => o.page === t.page && o.of === t.of && o.start >= from && o.end <= to).length === 1;
	});
}

/** The text without its inline page numbers (each with its spaces becomes one space), and what was taken out. */
export function dropPageNumbers(text: string): { text: string; dropped: string[] } {
	const cuts: Token[] = [];
	for (const shape of SHAPES) {
		const free = tokensOf(text, shape.re).filter((t) => !cuts.some((c) => t.start < c.end && c.start < t.end));
		for (const cut of shape.alone ? free : pageRun(free)) cuts.push(cut);
	}
	if (!cuts.length) return { text, dropped: [] };
	cuts.sort((a, b) => a.start - b.start);
	let out = '';
	let at = 0;
	for (const c of cuts) {
		out += text.slice(at, c.start).replace(/\s+$/, '') + ' ';
		at = c.end;
		while (/\s/.test(text[at] ?? '')) at++;
	}
	out += text.slice(at);
	return { text: out.trim(), dropped: cuts.map((c) => text.slice(c.start, c.end)) };
}
