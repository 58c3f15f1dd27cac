import type { Agency } from './directory';
import { placementNote, type PlacementKind } from './placement';

/**
 * The agency directory as pages: /agencies/ lists the provinces (and 未定地区) with their counts; each province's
 * page lists its agencies grouped city → county. Split by province so no page grows with the whole corpus.
 */

/** One agency as a directory line. */
export interface DirectoryRow {
	id: string;
	name: string;
	/** Other spellings its reports print (the filter matches them too). */
	aliases: string[];
	reports: number;
	/** Its report years, runs joined: "2019、2021–2024"; "年度不详" when none is known. */
	years: string;
	placement: PlacementKind;
	/** Why a derived or corrected placement was made; null when the name says where it is. */
	note: string | null;
}

export interface RegionGroup {
	code: string;
	name: string;
	/** The agencies of this division itself (a city's own bureaus), not of those below it. */
	agencies: DirectoryRow[];
	/** The divisions below that hold agencies, by code. */
	children: RegionGroup[];
}

export interface RegionSummary {
	/** A province's GB/T 2260 code, or UNPLACED. */
	code: string;
	name: string;
	agencies: number;
	reports: number;
	years: string;
}

export const UNPLACED = 'unplaced';
export const UNPLACED_NAME = '未定地区';

/** 2019, 2020, 2021, 2023 → "2019–2021、2023". */
export function yearRuns(years: (number | null)[]): string {
	const known = [...new Set(years.filter((y): y is number => y !== null))].sort((a, b) => a - b);
	if (!known.length) return '年度不详';
	const runs: string[] = [];
	for (let i = 0; i < known.length; ) {
		let j = i;
		while (j + 1 < known.length && known[j + 1] === known[j] + 1) j++;
		runs.push(j > i ? `${known[i]}–${known[j]}` : String(known[i]));
		i = j + 1;
	}
	return runs.join('、');
}

/** The province an agency is listed under: its division's first two digits, or 未定地区. */
export const regionOf = (a: Agency): string => (a.division ? `${a.division.code.slice(0, 2)}0000` : UNPLACED);

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name, 'zh') || (a.id < b.id ? -1 : 1);

export function directoryRow(a: Agency): DirectoryRow {
	const where = a.division ? (a.division.county ?? a.division.city ?? a.division.province) : null;
	return {
		id: a.id,
		name: a.name,
		aliases: a.aliases.filter((n) => n !== a.name),
		reports: a.reports.length,
		years: yearRuns(a.reports.map((r) => r.year)),
		placement: a.placement.kind,
		note: placementNote(a.placement, where)
	};
}

/** Every province with agencies, by code, then 未定地区 when any agency could not be placed. */
export function regionSummaries(agencies: Agency[]): RegionSummary[] {
	const groups = new Map<string, Agency[]>();
	for (const a of agencies) {
		const code = regionOf(a);
		(groups.get(code) ?? groups.set(code, []).get(code)!).push(a);
	}
	return [...groups]
		.map(([code, list]) => ({
			code,
			name: code === UNPLACED ? UNPLACED_NAME : list[0].division!.province,
			agencies: list.length,
			reports: list.reduce((n, a) => n + a.reports.length, 0),
			years: yearRuns(list.flatMap((a) => a.reports.map((r) => r.year)))
		}))
		.sort((a, b) => (a.code === UNPLACED ? 1 : b.code === UNPLACED ? -1 : a.code < b.code ? -1 : 1));
}

/**
 * Each province's agencies as a tree, in one pass: the province's own, then each city (its own agencies, then its
 * counties), with counties no city holds (a municipality's districts, 省直辖县) beside the cities. 未定地区 is
 * one flat group.
 */
export function regionTrees(agencies: Agency[]): Map<string, RegionGroup> {
	const trees = new Map<string, RegionGroup>();
	const child = (parent: RegionGroup, code: string, name: string) => {
		let found = parent.children.find((c) => c.code === code);
		if (!found) parent.children.push((found = { code, name, agencies: [], children: [] }));
		return found;
	};
	for (const a of [...agencies].sort(byName)) {
		const region = regionOf(a);
		const d = a.division;
		let group = trees.get(region);
		if (!group) trees.set(region, (group = { code: region, name: d ? d.province : UNPLACED_NAME, agencies: [], children: [] }));
		if (d?.city) group = child(group, `${d.code.slice(0, 4)}00`, d.city);
		if (d?.county) group = child(group, d.code, d.county);
		group.agencies.push(directoryRow(a));
	}
	const order = (g: RegionGroup) => {
		g.children.sort((a, b) => (a.code < b.code ? -1 : 1));
		g.children.forEach(order);
	};
	trees.forEach(order);
	return trees;
}
