import { fold } from '../search/fold';
import type { DirectoryRow, RegionGroup } from './regions';

/**
 * The directory filter: every word of the query, folded as the search folds (traditional → simplified,
 * full-width → half-width), must be in the agency's name or one of its spellings. 臺州 finds 台州市….
 */
export function rowFilter(query: string): ((row: DirectoryRow) => boolean) | null {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return null;
	return (row) => {
		const names = fold([row.name, ...row.aliases].join(' '));
		return words.every((w) => names.includes(w));
	};
}

/** The ids of a tree's agencies the filter keeps. */
export function keptIds(tree: RegionGroup, keep: (row: DirectoryRow) => boolean): Set<string> {
	const ids = new Set<string>();
	const walk = (g: RegionGroup) => {
		for (const r of g.agencies) if (keep(r)) ids.add(r.id);
		g.children.forEach(walk);
	};
	walk(tree);
	return ids;
}

/** Whether a group or any group below it holds a kept agency (a heading with none is hidden). */
export function groupHolds(g: RegionGroup, ids: Set<string>): boolean {
	return g.agencies.some((r) => ids.has(r.id)) || g.children.some((c) => groupHolds(c, ids));
}
