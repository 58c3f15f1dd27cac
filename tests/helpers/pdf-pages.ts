import { PAGE, type Placed, type Turn } from './pdf-writer';

/**
 * Pages as office software lays a report out: a running header (agency, report title) at the top of
 * every page after the first, a page number in the footer, and tables that cross a page with their
 * header rows repeated at the top of the next page. A table row may break across the page.
 */

/** A run of a line; `dy` moves it off the line's baseline (values centred between two label lines). */
export interface Run {
	x: number;
	text: string;
	dy?: number;
	angle?: number;
}
/** One visual line: its runs and font size. */
export interface Row {
	runs: Run[];
	size: number;
}
/** Lines that flow down the pages; a table's first `header` lines are repeated on each page it continues to. */
export interface Flow {
	lines: Row[];
	header?: number;
	/** A landscape page (turned as said) for this flow alone. */
	turn?: Turn;
}
export interface Chrome {
	/** The running header, one run per entry at the given x. */
	running?: Run[];
	/** The footer's page number for page k of n ("— k —", "第k页 共n页"). */
	footer?: (k: number, n: number) => string;
}

export const pitch = (size: number) => size * 1.5;

/** The pages' runs and turns, top to bottom. */
export function paginate(flows: Flow[], chrome: Chrome): { pages: Placed[][]; turns: (Turn | undefined)[] } {
	const pages: Placed[][] = [];
	const turns: (Turn | undefined)[] = [];
	let y = 0;
	let bottom = 0;
	const newPage = (turn?: Turn) => {
		const height = turn ? PAGE.width : PAGE.height;
		const page: Placed[] = [];
		if (chrome.running) for (const r of chrome.running) page.push({ x: r.x, y: height - 30, size: 9, text: r.text });
		pages.push(page);
		turns.push(turn);
		y = height - (chrome.running ? 64 : 50);
		bottom = 60;
	};
	const put = (line: Row) => {
		y -= pitch(line.size);
		for (const r of line.runs) if (r.text) pages[pages.length - 1].push({ x: r.x, y: y + (r.dy ?? 0), size: line.size, text: r.text, angle: r.angle });
	};
	newPage();
	let turned: Turn | undefined;
	for (const flow of flows) {
		if (flow.turn !== turned) {
			newPage(flow.turn);
			turned = flow.turn;
		}
		flow.lines.forEach((line, i) => {
			if (y - pitch(line.size) < bottom) {
				newPage(turned);
				if (flow.header && i >= flow.header) flow.lines.slice(0, flow.header).forEach(put);
			}
			put(line);
		});
	}
	if (chrome.footer) pages.forEach((page, k) => page.push({ x: (turns[k] ? PAGE.height : PAGE.width) / 2 - 20, y: 30, size: 9, text: chrome.footer!(k + 1, pages.length) }));
	return { pages, turns };
}

/** A cell of a table row: its left edge, how many characters fit on one of its lines, its text. */
export interface Cell {
	x: number;
	fits: number;
	text: string;
}

/** Text broken into lines of `fits` characters, as a cell wraps it. */
export const wrap = (text: string, fits: number): string[] => (text ? Array.from({ length: Math.ceil(text.length / fits) }, (_, k) => text.slice(k * fits, (k + 1) * fits)) : []);

/**
 * A table row as visual lines: each cell wrapped to its width, the row as tall as its tallest cell;
 * `middle` centres each cell vertically (a cell of one line in a row of two sits half a line down, off
 * both lines' baselines), `top` starts every cell on the row's first line.
 */
export function tableRow(cells: Cell[], size: number, align: 'top' | 'middle'): Row[] {
	const wrapped = cells.map((c) => wrap(c.text, c.fits));
	const height = Math.max(1, ...wrapped.map((w) => w.length));
	const rows: Row[] = Array.from({ length: height }, () => ({ runs: [], size }));
	wrapped.forEach((lines, k) => {
		const offset = align === 'middle' ? (height - lines.length) / 2 : 0;
		lines.forEach((text, j) => {
			const at = offset + j;
			rows[Math.floor(at)].runs.push({ x: cells[k].x, text, dy: at % 1 ? -pitch(size) / 2 : 0 });
		});
	});
	return rows;
}

/**
 * A cell merged down over lines `from`…`to` of a table's rows, its text centred in it: one character per
 * line where the column is one character wide (三、本年度办理结果 written down the table's edge).
 */
export function mergedDown(rows: Row[], from: number, to: number, cell: Cell): void {
	const lines = wrap(cell.text, cell.fits);
	const offset = (to - from + 1 - lines.length) / 2;
	lines.forEach((text, j) => {
		const at = from + offset + j;
		rows[Math.floor(at)].runs.unshift({ x: cell.x, text, dy: at % 1 ? -pitch(rows[0].size) / 2 : 0 });
	});
}
