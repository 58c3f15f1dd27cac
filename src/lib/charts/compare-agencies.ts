/**
 * The type-ahead behind /compare/'s agency choice, sized for 10,000 agencies: no list of every agency is
 * sent. Each character of an agency's names has a small file listing the agencies whose name holds it; a
 * query fetches the files of its own characters and keeps the agencies found in all of them. A character
 * most agencies share (人, 政, 府 …) gets a file that says only that it is common, so no file grows with the
 * corpus; a query made only of such characters is asked for a more telling word (a place name).
 */

export interface AgencyEntry {
	id: string;
	name: string;
	/** Other spellings the reports print. */
	aliases: string[];
	/** Years it has reports for, ascending. */
	years: number[];
}

export type Shard = { common: true } | { agencies: AgencyEntry[] };

/** A character's file name: its code point in hex, so the URL is plain ASCII on any static host. */
export const shardName = (char: string): string => char.codePointAt(0)!.toString(16);

/** The characters a name or query is looked up by: each distinct one, spaces left out. */
export const shardChars = (text: string): string[] => [...new Set([...text.replace(/\s+/g, '')])];

/** Agencies listing more than this many share the character too widely for it to narrow a search. */
export const COMMON_AT = 400;

export function agencyShards(agencies: AgencyEntry[], commonAt = COMMON_AT): Map<string, Shard> {
	const byChar = new Map<string, AgencyEntry[]>();
	for (const a of agencies)
		for (const char of shardChars([a.name, ...a.aliases].join(''))) {
			const list = byChar.get(char) ?? byChar.set(char, []).get(char)!;
			list.push(a);
		}
	return new Map(
		[...byChar].map(([char, list]) => [shardName(char), list.length > commonAt ? { common: true } : { agencies: list }] as [string, Shard])
	);
}

export type Match = { vague: true } | { vague: false; agencies: AgencyEntry[] };

/**
 * The agencies whose name or an alias contains each word of the query, given the shard of each of its characters
 * (null: no agency has that character, so nothing matches). At most `limit`, by name.
 */
export function matchAgencies(query: string, shards: Map<string, Shard | null>, limit = 20): Match {
	const chars = shardChars(query);
	// Words apart in the query (衡阳 国土) may be apart in the name.
	const words = query.split(/\s+/).filter(Boolean);
	if (!chars.length) return { vague: false, agencies: [] };
	const found = chars.map((c) => shards.get(c) ?? null);
	if (found.some((s) => s === null)) return { vague: false, agencies: [] };
	const specific = found.filter((s): s is { agencies: AgencyEntry[] } => !('common' in s!));
	if (!specific.length) return { vague: true };
	const [smallest, ...rest] = [...specific].sort((a, b) => a.agencies.length - b.agencies.length);
	const inAll = rest.map((s) => new Set(s.agencies.map((a) => a.id)));
	const agencies = smallest.agencies
		.filter((a) => inAll.every((ids) => ids.has(a.id)) && words.every((w) => [a.name, ...a.aliases].some((n) => n.includes(w))))
		.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
		.slice(0, limit);
	return { vague: false, agencies };
}
