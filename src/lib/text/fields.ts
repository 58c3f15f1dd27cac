/**
 * Values of the fields people and crawlers write beside a report (a sidecar's cells, a crawler's header
 * block): one reading of a date and of a link, wherever such a field is read.
 */

/** YYYY-MM-DD when year, month and day make a real calendar day (not 2 月 30 日), else null. */
export function calendarDay(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An http(s) URL as written, or null: anything else (javascript:, a bare path) is not a source to link to. */
export function httpUrl(text: string): string | null {
	try {
		const url = new URL(text.trim());
		return /^https?:$/.test(url.protocol) && url.hostname ? url.href : null;
	} catch {
		return null;
	}
}
