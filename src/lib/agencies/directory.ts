import { identifyAgency, normaliseName, type AgencyIdentity } from './identify';
import { shortHash } from './organs';

/** What the directory needs of a report: its id, the agency name it prints, its title and year. */
export interface ReportRef {
	id: string;
	agency: string | null;
	title: string;
	year: number | null;
}

export interface Agency extends AgencyIdentity {
	/** Every spelling of the name the reports print, in the order first seen (earliest year first). */
	aliases: string[];
	/** Its reports, earliest year first. */
	reports: { id: string; year: number | null }[];
	/** The reports whose name was read with a one-character correction, and how. */
	corrections: { report: string; written: string; as: string }[];
}

/** An agency some of whose reports name it exactly is placed exactly, whatever its other spellings needed. */
const STRENGTH = { exact: 3, derived: 2, corrected: 1, unplaced: 0 } as const;

const byYear = (a: ReportRef, b: ReportRef) => (a.year ?? Infinity) - (b.year ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The identity of a report's agency. A report that prints no agency name is an agency of its own, never lumped with others. */
export function agencyOfReport(report: ReportRef): AgencyIdentity {
	if (report.agency && normaliseName(report.agency)) return identifyAgency(report.agency);
	return {
		id: `x-${shortHash(`report:${report.id}`)}`,
		name: report.title,
		organ: '',
		division: null,
		unresolved: { reason: 'no_place', candidates: [], within: null },
		placement: { kind: 'unplaced' }
	};
}

/** Every agency of the reports, one entry per id with its aliases and reports, ordered by division code then id. */
export function agencyDirectory(reports: ReportRef[]): Agency[] {
	const agencies = new Map<string, Agency>();
	for (const report of [...reports].sort(byYear)) {
		const identity = agencyOfReport(report);
		const agency = agencies.get(identity.id) ?? agencies.set(identity.id, { ...identity, aliases: [], reports: [], corrections: [] }).get(identity.id)!;
		if (STRENGTH[identity.placement.kind] > STRENGTH[agency.placement.kind]) agency.placement = identity.placement;
		if (identity.placement.kind === 'corrected')
			agency.corrections.push({ report: report.id, written: identity.placement.written, as: identity.placement.as });
		const alias = report.agency ? normaliseName(report.agency) : null;
		if (alias && !agency.aliases.includes(alias)) agency.aliases.push(alias);
		agency.reports.push({ id: report.id, year: report.year });
	}
	const code = (a: Agency) => a.division?.code ?? '~';
	return [...agencies.values()].sort((a, b) => (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
