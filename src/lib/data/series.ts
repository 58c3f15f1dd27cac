import type { Report } from '../types';
import { KEYS } from '../indicators/keys';
import { cellFlags } from '../checks/flags';
import { agencyOfReport } from '../agencies';

export interface SeriesPoint {
	report: string;
	agency: string | null;
	/** The agency's id (src/lib/agencies): one id across years and spellings of its name. */
	agencyId: string;
	year: number | null;
	value: number | null;
	unit: string | null;
	anchor: string;
	label: string;
	/** Id of the report's failing check that disputes this number (its entry is #check-<id>), if any. */
	failing?: string;
	/** The portal could not read this cell (value null, and not the agency's blank): shown as 未读出, never 未填报. */
	unread?: true;
}

/** Every keyed value of every report, by key, reports ordered by year then agency. */
export function seriesByKey(reports: Report[]): Record<string, SeriesPoint[]> {
	const out: Record<string, SeriesPoint[]> = {};
	const ordered = [...reports].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.agency ?? '').localeCompare(b.agency ?? '', 'zh'));
	for (const r of ordered) {
		const agencyId = agencyOfReport(r).id;
		for (const t of r.tables) {
			const flags = cellFlags(r.checks, t);
			for (const row of t.rows)
				row.keys?.forEach((key, i) => {
					const flag = flags.get(`${row.anchor}|${i}`);
					if (key)
						(out[key] ??= []).push({
							report: r.id,
							agency: r.agency,
							agencyId,
							year: r.year,
							value: row.values[i] ?? null,
							unit: row.unit,
							anchor: row.anchor,
							label: t.columns.length > 1 ? `${row.label}(${t.columns[i]})` : row.label,
							...(flag ? { failing: flag.anchor } : {}),
							...(row.states?.[i] === 'unread' ? { unread: true as const } : {})
						});
				});
		}
	}
	return Object.fromEntries(KEYS.filter((k) => out[k.key]).map((k) => [k.key, out[k.key]]));
}

/** How a key's values are spread over years: what an indicator page shows without loading every value. */
export interface YearSummary {
	year: string;
	reports: number;
	/** Cells filled in (neither 未填报 nor 未读出), their sum, and how many are disputed by a failing check. */
	filled: number;
	sum: number;
	failing: number;
}

/** The year part of a series file name: the year, or 不详 where a report names none. */
export const yearOf = (p: SeriesPoint): string => String(p.year ?? '不详');

export function yearSummaries(points: SeriesPoint[]): YearSummary[] {
	const by = new Map<string, YearSummary>();
	for (const p of points) {
		const s = by.get(yearOf(p)) ?? { year: yearOf(p), reports: 0, filled: 0, sum: 0, failing: 0 };
		s.reports++;
		if (p.value !== null) {
			s.filled++;
			s.sum = Math.round((s.sum + p.value) * 1e6) / 1e6;
		}
		if (p.failing) s.failing++;
		by.set(s.year, s);
	}
	return [...by.values()].sort((a, b) => (a.year < b.year ? 1 : -1));
}

/**
 * One agency's keyed values over its reports, as /compare/agency/<id>.json holds them: each report once,
 * each value as [report index, value, unit, row anchor, failing check id or null], so the file stays small
 * however many indicators an agency fills in.
 */
export interface AgencyValues {
	id: string;
	name: string;
	reports: { id: string; agency: string | null; year: number | null }[];
	/** [report index, value, unit, row anchor, failing check id or null] and, for a cell not read, a sixth element 1. */
	values: Record<string, ([number, number | null, string | null, string, string | null] | [number, number | null, string | null, string, string | null, 1])[]>;
}

/** Every agency's values in one pass over the series (reportAgency maps a report id to its agency's id and name). */
export function valuesByAgency(series: Record<string, SeriesPoint[]>, reportAgency: Map<string, { id: string; name: string }>): Map<string, AgencyValues> {
	const out = new Map<string, AgencyValues>();
	const index = new Map<string, number>();
	for (const [key, points] of Object.entries(series))
		for (const p of points) {
			const owner = reportAgency.get(p.report);
			if (!owner) continue;
			const packed = out.get(owner.id) ?? out.set(owner.id, { id: owner.id, name: owner.name, reports: [], values: {} }).get(owner.id)!;
			if (!index.has(p.report)) index.set(p.report, packed.reports.push({ id: p.report, agency: p.agency, year: p.year }) - 1);
			const at = index.get(p.report)!;
			(packed.values[key] ??= []).push(p.unread ? [at, p.value, p.unit, p.anchor, p.failing ?? null, 1] : [at, p.value, p.unit, p.anchor, p.failing ?? null]);
		}
	return out;
}

/** One key's points back out of an agency's packed values (label left empty: the row anchor names the row). */
export function agencyPoints(packed: AgencyValues, key: string): SeriesPoint[] {
	return (packed.values[key] ?? []).map(([at, value, unit, anchor, failing, unread]) => {
		const r = packed.reports[at];
		return { report: r.id, agency: r.agency, agencyId: packed.id, year: r.year, value, unit, anchor, label: '', ...(failing ? { failing } : {}), ...(unread ? { unread: true as const } : {}) };
	});
}
