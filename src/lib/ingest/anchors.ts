/** An anchor not yet in `used` (base, else base_2, base_3 …), recorded as used. Duplicated numbering happens. */
export function uniqueAnchor(used: Set<string>, base: string): string {
	let anchor = base;
	for (let i = 2; used.has(anchor); i++) anchor = `${base}_${i}`;
	used.add(anchor);
	return anchor;
}
