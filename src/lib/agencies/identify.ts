import { describe, divisionOf, matchPrefix, type Division, type DivisionLevel } from './divisions';
import { organSlug, shortHash } from './organs';
import { withoutSpaces } from '../text/normalize';
import { zoneAt, zoneWordAt, type ZonePlace } from './zones';
import { correctionAt } from './correct';
import type { Placement } from './placement';

export interface Unresolved {
	/**
	 * ambiguous: a place name several divisions share (朝阳区 in Beijing and in Changchun) with nothing above it to
	 * choose; unknown_place: a place below the last known division that the division list lacks (a renamed county,
	 * a development zone); no_place: no division name at all.
	 */
	reason: 'ambiguous' | 'unknown_place' | 'no_place';
	/** The divisions an ambiguous name could be, spelt out ("北京市朝阳区"). */
	candidates: string[];
	/** The deepest division that was read before the trouble, if any. */
	within: Division | null;
}

export interface AgencyIdentity {
	/** Stable, URL-safe ASCII: "320813-government"; "x-1a2b3c4d" where the division is not resolved. */
	id: string;
	/** The name as it is conventionally written in full: 淮安市洪泽区人民政府, 沭阳县发展和改革局. */
	name: string;
	/** The body within the division: 人民政府, 发展和改革局. */
	organ: string;
	division: Division | null;
	unresolved: Unresolved | null;
	/** How the division was found: read as written, derived from a zone, corrected by one character, or not at all. */
	placement: Placement;
}

/** Full-width forms folded (NFKC), all white space removed: the name as compared. */
export const normaliseName = (name: string): string => withoutSpaces(name.normalize('NFKC'));

/** A county-like name right after the last division read: a place the division list does not know. */
const PLACE_BELOW = /^[\u4e00-\u9fff]{1,6}?[县区旗]/;
const NOT_A_PLACE = /^(社区|景区|园区)/;

const LEVELS: DivisionLevel[] = ['province', 'city', 'county'];

function unresolvedIdentity(name: string, organ: string, unresolved: Unresolved): AgencyIdentity {
	return { id: `x-${shortHash(name)}`, name, organ, division: null, unresolved, placement: { kind: 'unplaced' } };
}

/** A district is written after its city (淮安市洪泽区) or municipality (上海市黄浦区); counties and county-level cities stand alone. */
function fullName(division: Division, organ: string): string {
	if (division.level === 'province') return division.province + organ;
	if (division.level === 'city') return division.city + organ;
	const above = division.county!.endsWith('区') ? (division.city ?? division.province) : '';
	return above + division.county + organ;
}

/** A zone's agency: placed in the host division, named from the zone on, its id kept apart from the host's own bodies. */
function zoneIdentity(place: ZonePlace, organ: string): AgencyIdentity {
	return {
		id: `${place.host.code}-${organSlug(place.zone + organ)}`,
		name: place.zone + organ,
		organ,
		division: place.host,
		unresolved: null,
		placement: { kind: 'derived', zone: place.zone, source: place.source }
	};
}

/**
 * An agency's identity from its name as a report prints it. The name is read from the left: a province, then a
 * city, then a county, each optional, each looked up among the divisions inside the one before it. A name found in
 * several divisions is never merged: it stays unresolved (and keeps an id of its own) unless a prefix decides it.
 * A zone (zones.ts) is placed in its host division; once a province is known, a place name one character away
 * from exactly one of its divisions is read as that division (correct.ts).
 */
export function identifyAgency(rawName: string): AgencyIdentity {
	const name = normaliseName(rawName);
	let rest = name;
	let scope = '';
	let found: Division | null = null;
	let placement: Placement = { kind: 'exact' };
	for (let i = 0; i < LEVELS.length; i++) {
		const level = LEVELS[i];
		const zone = zoneAt(rest, scope);
		if (zone) return zoneIdentity(zone.place, rest.slice(zone.length));
		const match = matchPrefix(rest, level, scope);
		if (!match) {
			// Nothing of this level here: try a one-character correction once nothing below can match as written.
			if (!found || placement.kind === 'corrected' || i < LEVELS.length - 1 || zoneWordAt(rest, found)) continue;
			const fixed = correctionAt(rest, found);
			if (!fixed) continue;
			placement = { kind: 'corrected', written: rest.slice(0, fixed.length), as: fixed.entry.name };
			found = divisionOf(fixed.entry, fixed.level);
			scope = fixed.entry.code;
			rest = rest.slice(fixed.length);
			if (fixed.level === 'city') i = LEVELS.indexOf('city');
			continue;
		}
		if (match.entries.length > 1)
			return unresolvedIdentity(name, rest.slice(match.length), {
				reason: 'ambiguous',
				candidates: match.entries.map((e) => describe(e, level)),
				within: found
			});
		const entry = match.entries[0];
		found = divisionOf(entry, level);
		scope = entry.code;
		rest = rest.slice(match.length);
	}
	if (!found) return unresolvedIdentity(name, name, { reason: 'no_place', candidates: [], within: null });
	const zone = zoneWordAt(rest, found);
	if (zone && placement.kind === 'exact')
		return zoneIdentity({ zone: fullName(found, rest.slice(0, zone.length)), host: found, source: zone.source }, rest.slice(zone.length));
	if (found.level !== 'county' && PLACE_BELOW.test(rest) && !NOT_A_PLACE.test(rest))
		return unresolvedIdentity(name, rest, { reason: 'unknown_place', candidates: [], within: found });
	return { id: `${found.code}-${rest ? organSlug(rest) : 'division'}`, name: fullName(found, rest), organ: rest, division: found, unresolved: null, placement };
}
