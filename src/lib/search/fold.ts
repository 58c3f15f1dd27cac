/**
 * Case and width folding shared by the index and the query. It maps one UTF-16 unit to one, so
 * positions in folded text are positions in the original (the snippet marker relies on this).
 */
export function fold(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
		else if (c === 0x3000) c = 0x20;
		if (c >= 0x41 && c <= 0x5a) c += 0x20;
		out += String.fromCharCode(c);
	}
	return out;
}
