import { placedGrams, runs, type PlacedTerm } from './tokenize';

/** What "contains the part whole" checks: its bigrams at their offsets, and its one-character runs. */
export interface PartShape {
	bigrams: PlacedTerm[];
	singles: string[];
}

export function partShape(part: string): PartShape {
	return {
		bigrams: placedGrams(part).filter((t) => Array.from(t.term).length === 2),
		singles: runs(part).filter((r) => Array.from(r).length === 1)
	};
}
