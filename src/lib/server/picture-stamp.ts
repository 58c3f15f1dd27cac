/**
 * The picture files beside an HTML report, for the parse cache's key: the reader reads the files its
 * <img> name (ingest/forms/html/pictures.ts), so a picture that changes beside an unchanged page must
 * change the key, or the old reading would be served. Each src naming a file beside the page (a relative
 * path, or a web address's or site path's file name), as many as the reader looks up (MAX_PICTURES and
 * the one past it), is stamped with its file's size and modification time (a stat, not a read: this runs
 * for every HTML report of every build). A src that climbs out of the folder or names no file is stamped
 * as such; the reader refuses it the same way.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_PICTURES } from '../ingest/forms/ocr/picture';
import { decodeReport } from '../ingest/decode';
import { localPath, SOURCE_ATTRIBUTES } from '../ingest/forms/html/pictures';

/** The attributes the reader looks in (SOURCE_ATTRIBUTES), each value of one tag. */
const SRC = new RegExp(`\\s(${SOURCE_ATTRIBUTES.join('|')})\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi');

/** The places each <img> tag names, in order: each tag is cut at its '>' first, so the search stays linear in the page. */
function* imgSources(html: string): Generator<string[]> {
	const lower = html.toLowerCase();
	for (let at = lower.indexOf('<img'); at >= 0; at = lower.indexOf('<img', at)) {
		const end = lower.indexOf('>', at);
		// No '>' after this one: no whole tag follows either.
		if (end < 0) return;
		const srcs = [...html.slice(at + 4, end).matchAll(SRC)].map((m) => m[2] ?? m[3] ?? m[4]);
		if (srcs.length) yield srcs;
		at = end + 1;
	}
}

/** A stamp of the page's picture files ('' for a page that names none). */
export function pictureStamp(bytes: Uint8Array, page: string): string {
	// Most pages have no <img>: the bytes are looked at before they are decoded.
	if (!/<img\b/i.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) return '';
	let html: string;
	try {
		html = decodeReport(bytes, page).text;
	} catch {
		return '';
	}
	const stamps: string[] = [];
	// Counted as the reader counts them: a tag naming only web addresses whose files are not beside the page is no picture.
	let pictures = 0;
	for (const srcs of imgSources(html)) {
		if (pictures > MAX_PICTURES) break;
		let counted = false;
		for (const found of srcs) {
			const src = found.trim().replace(/&amp;/g, '&');
			// A data: URI is no file here (it is in the page's own bytes); a web address is its file beside the page, if saved there.
			const local = localPath(src);
			if (!local) continue;
			let stamp = 'outside';
			if (!local.outside)
				try {
					const stat = statSync(join(dirname(page), local.path));
					stamp = `${stat.size}:${stat.mtimeMs}`;
				} catch {
					stamp = 'missing';
				}
			stamps.push(`${src}:${stamp}`);
			counted ||= stamp !== 'missing' || local.byName !== 'web';
		}
		if (counted) pictures++;
	}
	return stamps.join('\n');
}
