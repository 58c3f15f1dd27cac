import { fold } from './fold';
import { queryGrams } from './tokenize';

export interface Segment {
	text: string;
	mark: boolean;
}

/**
 * Where the query matches in a text, as [start, end) ranges, merged. Each part is looked for whole;
 * a part that does not occur whole (an OR match) is looked for by its bigrams.
 */
export function matchRanges(text: string, parts: string[]): [number, number][] {
	const hay = fold(text);
	const ranges: [number, number][] = [];
	const find = (needle: string) => {
		if (!needle) return false;
		let found = false;
		for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
			ranges.push([at, at + needle.length]);
			found = true;
		}
		return found;
	};
	for (const part of parts) if (!find(fold(part))) for (const g of queryGrams(part)) find(g);
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged[merged.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([...r]);
	}
	return merged;
}

/** A window of about `width` characters around the first match, cut into marked and plain segments. */
export function snippet(text: string, parts: string[], width = 90): Segment[] {
	const ranges = matchRanges(text, parts);
	const first = ranges[0]?.[0] ?? 0;
	const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
	const end = Math.min(text.length, start + width);
	const segments: Segment[] = [];
	if (start > 0) segments.push({ text: '…', mark: false });
	let at = start;
	for (const [a, b] of ranges) {
		if (b <= start || a >= end) continue;
		const s = Math.max(a, start);
		const e = Math.min(b, end);
		if (s > at) segments.push({ text: text.slice(at, s), mark: false });
		segments.push({ text: text.slice(s, e), mark: true });
		at = e;
	}
	if (at < end) segments.push({ text: text.slice(at, end), mark: false });
	if (end < text.length) segments.push({ text: '…', mark: false });
	return segments;
}
