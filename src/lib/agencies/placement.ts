/**
 * How an agency came to sit in its division. Pages and downloads show the kind, and for a derived or corrected
 * placement the note, so a reader never takes a placement we worked out for one the report states.
 */
export type Placement =
	/** The name holds the division's name as GB/T 2260 writes it. */
	| { kind: 'exact' }
	/** The name holds a zone or body that is not a division; the zone table or the name says which division hosts it. */
	| { kind: 'derived'; zone: string; source: string }
	/** The name holds a division's name with one character wrong, and exactly one division of its province fits. */
	| { kind: 'corrected'; written: string; as: string }
	/** No division could be read: listed under 未定地区. */
	| { kind: 'unplaced' };

export type PlacementKind = Placement['kind'];

export const PLACEMENT_LABEL: Record<PlacementKind, string> = {
	exact: '名称所载',
	derived: '推定',
	corrected: '校正',
	unplaced: '未定'
};

/** The sentence shown on the agency page and written into the data for a placement that is not read as written. */
export function placementNote(p: Placement, divisionName: string | null): string | null {
	if (p.kind === 'derived') return `${p.zone}不是行政区划，按所在的${divisionName ?? '行政区划'}归入：${p.source}`;
	if (p.kind === 'corrected') return `报告写作“${p.written}”，按“${p.as}”归入（与该省仅此一个行政区划相差一字）`;
	return null;
}
