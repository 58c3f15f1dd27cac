/**
 * The pictures of a page's article (a table pasted as a screenshot), found before the page is read so
 * that OCR (async) can read them and the reader (sync) put their lines where each <img> stands.
 *
 * Where a picture comes from: a file beside the page, inside the report's folder and nowhere else (a
 * page is untrusted: a src of ../../etc/passwd, file:///… or a symlink out of the folder is never
 * opened; /etc/passwd is a site path, looked for as passwd beside the page), a data: URI of a raster
 * picture, or a DOCX's own media (docx.ts writes them as nianbao-docx:N). A web address (http:, a CMS's
 * //cdn/… address) is not fetched: the build reads files, not the web; its file is read where it was
 * saved beside the page under its own name.
 */
import { parse } from 'parse5';
import { realpathSync, statSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { attr, isElement, SKIP, walkTree, type Element, type Node } from './dom';
import { articleOf, reportInPictures } from './article';
import { isLayoutTable } from './table';
import { MAX_PICTURE_BYTES, tooManyBytes, type Picture } from '../ocr/picture';
import type { PictureRefusal } from '../../problems';

/** Where a DOCX's pictures stand in the HTML mammoth writes for it: nianbao-docx:N is media N. */
export const DOCX_PICTURE = 'nianbao-docx:';

/**
 * The <img> elements of the article, in document order, that the line reader meets (none inside a
 * script or a data table's cells): the same list for the same page, however often it is parsed. Where
 * the page's report is in its pictures (article.ts reportInPictures), every picture of the page: which
 * of them hold the report is known once OCR has read them.
 */
export function articleImages(doc: Node, inPictures = reportInPictures(doc)): Element[] {
	const out: Element[] = [];
	walkTree(inPictures ? doc : articleOf(doc), (n) => {
		if (!isElement(n)) return n.nodeName === '#document' || n.nodeName === '#document-fragment';
		if (n.tagName === 'img') out.push(n);
		return !SKIP.has(n.tagName) && !(n.tagName === 'table' && !isLayoutTable(n));
	});
	return out;
}

/**
 * The attributes an <img> names its picture in, most likely first: a page that loads its pictures lazily
 * keeps each in data-src (data-original, data-lazy-src, original) and a placeholder in src; UEditor keeps
 * a copy in _src. The parse cache stamps the same (server/picture-stamp.ts).
 */
export const SOURCE_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'original', 'src', '_src'];

/** Where each picture of the page's article may be (SOURCE_ATTRIBUTES' values, each once), in document order. */
export const pictureSources = (html: string): string[][] =>
	articleImages(parse(html)).map((img) => [...new Set(SOURCE_ATTRIBUTES.map((a) => attr(img, a)?.trim() ?? '').filter(Boolean))]);

/** A picture by the places its <img> names: the first that holds one; else the first refusal; null where none names a file here. */
export function pictureOf(srcs: string[], page: string, media: Uint8Array[] = []): ReturnType<typeof pictureAt> {
	let refused: ReturnType<typeof pictureAt> = null;
	for (const src of srcs) {
		const p = pictureAt(src, page, media);
		if (p && 'bytes' in p) return p;
		refused ??= p;
	}
	return refused;
}

const DATA_URI = /^data:image\/(png|jpeg|jpg|gif|bmp|x-ms-bmp|tiff);base64,/i;

/** A picture by its src: its bytes, a reason it is refused, or null where there is nothing to read (a web address). */
export function pictureAt(src: string, page: string, media: Uint8Array[] = []): Picture | { name: string; refused: PictureRefusal } | null {
	src = src.trim();
	if (src === '') return null;
	if (src.startsWith(DOCX_PICTURE)) {
		const bytes = media[Number(src.slice(DOCX_PICTURE.length))];
		return bytes ? { bytes, name: `DOCX picture ${Number(src.slice(DOCX_PICTURE.length)) + 1}` } : null;
	}
	const data = DATA_URI.exec(src);
	if (data) {
		const name = `data:image/${data[1].toLowerCase()} (${src.length} characters)`;
		// Its size is known from its length: a huge one is refused before it is decoded.
		const bytes = ((src.length - data[0].length) * 3) / 4;
		if (bytes > MAX_PICTURE_BYTES) return { name, refused: tooManyBytes(bytes) };
		return { bytes: new Uint8Array(Buffer.from(src.slice(data[0].length), 'base64')), name };
	}
	const local = localPath(src);
	return local && fileBeside(local, page);
}

/**
 * The file a src names beside the page, as a path from the page's folder, `outside` where it is a file
 * system's absolute path (C:/…, file:…, \\server\…) or climbs (..) and is never opened. A web address (http:, https:,
 * //host/…) or a site path (/upload/…) is the site's, never fetched: its file is looked for by its name
 * alone beside the page (`byName`), where whoever saved the page put the pictures it shows. Null for no
 * file here: nothing, or another scheme (ftp:, data:). The parse cache stamps the same files (server/picture-stamp.ts).
 */
export function localPath(src: string): { path: string; outside: boolean; byName?: 'web' | 'site' } | null {
	src = src.trim();
	if (src === '') return null;
	const web = /^(https?:)?\/\//i.test(src);
	if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !web && !/^file:/i.test(src) && !/^[a-z]:[\\/]/i.test(src)) return null;
	let path = src.replace(/[?#].*$/, '');
	try {
		path = decodeURIComponent(path);
	} catch {
		// a stray % stays as written
	}
	path = path.replace(/\\/g, '/');
	if (web || (path.startsWith('/') && !src.startsWith('\\'))) {
		const name = (web ? path.replace(/^(https?:)?\/\/[^/]*/i, '') : path).split('/').pop() ?? '';
		return name === '' || name === '.' || name === '..' || name.includes('\0') ? null : { path: name, outside: false, byName: web ? 'web' : 'site' };
	}
	return { path, outside: path.startsWith('/') || /^[a-z]:/i.test(path) || /^file:/i.test(path) || path.split('/').includes('..') || path.includes('\0') };
}

/** A picture file in the page's folder (or below it), never outside it; a web address's missing file is no problem (the page shows the site's). */
function fileBeside(local: { path: string; outside: boolean; byName?: 'web' | 'site' }, page: string): Picture | { name: string; refused: PictureRefusal } | null {
	const name = local.path;
	const outside = { name, refused: { why: 'outside-folder' } as PictureRefusal };
	// Refused as written, before the file system is asked.
	if (local.outside) return outside;
	const folder = dirname(page);
	let real: string;
	let realFolder: string;
	try {
		realFolder = realpathSync(folder);
		real = realpathSync(join(folder, local.path));
	} catch {
		return local.byName === 'web' ? null : { name, refused: { why: 'missing' } };
	}
	// A symlink in the folder may point anywhere: where it resolves to must still be inside.
	if (!real.startsWith(realFolder + sep)) return outside;
	const stat = statSync(real);
	if (!stat.isFile()) return { name, refused: { why: 'missing' } };
	if (stat.size > MAX_PICTURE_BYTES) return { name, refused: tooManyBytes(stat.size) };
	return { bytes: new Uint8Array(readFileSync(real)), name };
}
