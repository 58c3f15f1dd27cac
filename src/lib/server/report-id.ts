import { createHash } from 'node:crypto';

/** Longest id in UTF-8 bytes: `<id>-excel.csv` must stay well under the usual 255-byte file name limit. */
export const MAX_ID_BYTES = 150;

/**
 * The id a report is published under, made from its file name without extension: letters, marks,
 * digits, `-`, `_` and `.` are kept; invisible format characters (zero-width, bidi) are dropped;
 * every other run (`#`, `?`, `%`, `\`, `=`, `+`, `:`, spaces, controls …) becomes one `-`. An id over
 * MAX_ID_BYTES is cut and given a hash of the whole name, so two long names stay two ids. Null when
 * nothing usable is left.
 */
export function safeId(stem: string): string | null {
	let id = stem
		.normalize('NFC')
		.replace(/\p{Cf}/gu, '')
		.replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	if (!/[\p{L}\p{N}]/u.test(id)) return null;
	if (Buffer.byteLength(id) > MAX_ID_BYTES) {
		const hash = createHash('sha256').update(stem).digest('hex').slice(0, 8);
		while (Buffer.byteLength(id) > MAX_ID_BYTES - 9) id = [...id].slice(0, -1).join('');
		id = `${id.replace(/[-.]+$/, '')}-${hash}`;
	}
	return id;
}

/**
 * Ids no report may have, each with why: /reports/<id>/ would be written over a file Kit writes for the
 * catalogue page /reports/ itself, and a report "x-excel" would publish /data/reports/x-excel.csv, the
 * Excel download of a report "x". Compared ignoring case, as macOS and Windows file systems do.
 */
const RESERVED: [RegExp, string][] = [
	[/^index\.html$/i, 'is the file of the /reports/ page'],
	[/^__data\.json$/i, 'is the data file of the /reports/ page'],
	[/-excel$/i, 'ends as the Excel download of another report is named (/data/reports/<id>-excel.csv)']
];

/** Why a report cannot be published under `id`, or null when it can. */
export function whyReserved(id: string): string | null {
	return RESERVED.find(([pattern]) => pattern.test(id))?.[1] ?? null;
}
