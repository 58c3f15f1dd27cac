import { entriesWithin, type Division, type DivisionLevel, type Entry } from './divisions';

/**
 * A place name misspelt by one character (a scanned title's OCR: 洪择区 for 洪泽区), read as the one division of
 * its province it can be. Bounded on purpose:
 * - only below a division already read, so the province is known and the candidates are that division's;
 * - one character replaced, never the last (县/区/市/旗): 洪泽县 for 洪泽区 is a renamed county, not a typo;
 * - names of three characters or more: in 矿区/郊区 one character is the whole name;
 * - exactly one candidate, or none is taken.
 */
const MIN_LENGTH = 3;

const oneCharacterAway = (written: string, name: string): boolean => {
	if (written.length !== name.length || written.at(-1) !== name.at(-1)) return false;
	let differences = 0;
	for (let i = 0; i < name.length - 1; i++) if (written[i] !== name[i] && ++differences > 1) return false;
	return differences === 1;
};

export function correctionAt(text: string, within: Division): { length: number; entry: Entry; level: DivisionLevel } | null {
	const scope = within.level === 'province' ? within.code.slice(0, 2) : within.level === 'city' ? within.code.slice(0, 4) : null;
	if (!scope) return null;
	const levels: DivisionLevel[] = within.level === 'province' ? ['city', 'county'] : ['county'];
	const found = levels.flatMap((level) =>
		entriesWithin(level, scope)
			.filter((e) => e.name.length >= MIN_LENGTH && e.name.length < text.length && oneCharacterAway(text.slice(0, e.name.length), e.name))
			.map((entry) => ({ length: entry.name.length, entry, level }))
	);
	return found.length === 1 ? found[0] : null;
}
