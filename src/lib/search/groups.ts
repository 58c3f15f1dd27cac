import type { Match } from './query';

export interface ReportGroup<M extends Match = Match> {
	report: string;
	/** The report's matches, best first; the group ranks by its first. */
	matches: M[];
}

/** Matches grouped per report, groups in the order of their best match (as Pagefind's UI shows pages with sub-results). */
export function groupByReport<M extends Match>(matches: M[]): ReportGroup<M>[] {
	const groups = new Map<string, ReportGroup<M>>();
	for (const m of matches) {
		let g = groups.get(m.report);
		if (!g) groups.set(m.report, (g = { report: m.report, matches: [] }));
		g.matches.push(m);
	}
	return [...groups.values()];
}
