import { KEY_BY_NAME } from '../indicators/keys';

/**
 * What the templates call a row's indicators: the 2008 row label and the 2019 cell label (not the
 * key's name, which names the table too: 行政复议 would then find every row of 表四). A 2019 表四 row whose 结果纠正 cell is review.corrected is then found by 纠错 (2008:
 * 被依法纠错数), and a 2008 row by 结果纠正. Indexed in their own field, never shown.
 */
export function synonymsFor(keys: (string | null)[]): string[] {
	const out = new Set<string>();
	for (const key of keys) {
		const def = key ? KEY_BY_NAME.get(key) : undefined;
		if (!def) continue;
		if (def.in2008?.length) out.add(def.in2008[def.in2008.length - 1]);
		if (def.definition2019) out.add(def.definition2019.split(/[·\s]/).pop() ?? '');
	}
	out.delete('');
	return [...out];
}
