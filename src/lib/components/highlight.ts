import { matchRanges } from '$lib/search/snippet';
import { queryParts } from '$lib/search/tokenize';
import { fold } from '$lib/search/fold';

const NAME = 'nianbao-hl';
const CURRENT = 'nianbao-hl-current';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Where the parts occur whole in a text (fold keeps one UTF-16 unit per unit, so offsets hold). */
function wholeRanges(text: string, parts: string[]): [number, number][] {
	const hay = fold(text);
	const ranges: [number, number][] = [];
	for (const part of parts.map(fold))
		for (let at = hay.indexOf(part); part && at >= 0; at = hay.indexOf(part, at + part.length)) ranges.push([at, at + part.length]);
	return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * Finds a query's matches inside an element and marks them with the CSS Custom Highlight API, which
 * paints ranges without touching the DOM that Svelte owns. The query's words are counted where they
 * occur whole; only when none does anywhere are their pieces marked (as the search's OR fallback
 * found them). Returns the ranges in document order.
 */
export function highlightQuery(root: Element | null, q: string): Range[] {
	clearHighlight();
	const parts = queryParts(q);
	if (!root || parts.length === 0) return [];
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
		if (!node.parentElement?.closest('.link-control, .unit-inline, .cite, .cite-static')) nodes.push(node);
	const collect = (find: (text: string, parts: string[]) => [number, number][]) =>
		nodes.flatMap((node) =>
			find(node.data, parts).map(([a, b]) => {
				const range = new Range();
				range.setStart(node, a);
				range.setEnd(node, b);
				return range;
			})
		);
	let ranges = collect(wholeRanges);
	if (ranges.length === 0) ranges = collect(matchRanges);
	if (ranges.length && supported()) {
		// Added one by one: a spread of every range would put them all on the call stack.
		const highlight = new Highlight();
		for (const range of ranges) highlight.add(range);
		CSS.highlights.set(NAME, highlight);
	}
	return ranges;
}

/** The first match inside an element (the landed section or row), or -1. */
export function firstInside(ranges: Range[], scope: Element | null): number {
	return scope ? ranges.findIndex((r) => scope.contains(r.startContainer)) : -1;
}

/** Paints one match as the current one. */
export function markCurrent(range: Range | undefined): void {
	if (!supported()) return;
	CSS.highlights.delete(CURRENT);
	if (range) CSS.highlights.set(CURRENT, new Highlight(range));
}

export function clearHighlight(): void {
	if (!supported()) return;
	CSS.highlights.delete(NAME);
	CSS.highlights.delete(CURRENT);
}
