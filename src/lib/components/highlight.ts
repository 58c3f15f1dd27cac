import { matchRanges } from '$lib/search/snippet';
import { queryParts } from '$lib/search/tokenize';

const NAME = 'nianbao-hl';

/**
 * Marks a query's matches inside an element with the CSS Custom Highlight API, which paints ranges
 * without touching the DOM that Svelte owns. Returns the number of matches marked.
 */
export function highlightQuery(root: Element | null, q: string): number {
	if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0;
	CSS.highlights.delete(NAME);
	const parts = queryParts(q);
	if (!root || parts.length === 0) return 0;
	const ranges: Range[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		if (node.parentElement?.closest('.link-control')) continue;
		for (const [a, b] of matchRanges(node.data, parts)) {
			const range = new Range();
			range.setStart(node, a);
			range.setEnd(node, b);
			ranges.push(range);
		}
	}
	if (ranges.length) CSS.highlights.set(NAME, new Highlight(...ranges));
	return ranges.length;
}

export function clearHighlight(): void {
	if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME);
}
