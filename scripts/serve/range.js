/**
 * The byte range a GET asks for (RFC 9110 §14): one range, `bytes=first-last`, `bytes=first-` or
 * `bytes=-suffix`, clamped to the file. A request for several ranges, a range in another unit, a
 * malformed header or one with If-Range (there is no validator to compare it with) gets the whole file,
 * as the RFC allows; a well-formed range that starts past the end is unsatisfiable (416).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {number} size
 * @returns {[number, number] | 'unsatisfiable' | null} first and last byte, inclusive; null: send it all
 */
export function rangeOf(headers, size) {
	const header = headers.range;
	if (!header || headers['if-range']) return null;
	const m = /^bytes=\s*(\d*)-(\d*)\s*$/.exec(header);
	if (!m || (m[1] === '' && m[2] === '')) return null;
	if (m[1] === '') {
		const suffix = Number(m[2]);
		return suffix === 0 || size === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
	}
	const first = Number(m[1]);
	const last = m[2] === '' ? Infinity : Number(m[2]);
	if (last < first) return null;
	return first >= size ? 'unsatisfiable' : [first, Math.min(last, size - 1)];
}
