/**
 * The pictures of a report that is not a PDF (an HTML page's, a DOCX's media, a .doc's inline pictures),
 * read by OCR (forms/ocr/picture.ts) before the report's text is read, so the (sync) readers can put each
 * picture's lines where it stands. A picture that cannot be read is a problem of the report, never its failure.
 */
import type { Problem, Report } from '../types';
import type { SourceLine } from './source';
import type { Picture } from './forms/ocr/picture';
import type { OcrReading } from './forms/ocr';
import type { PdfLine } from './forms/pdf/lines';
import { problem, type PictureRefusal } from './problems';
import { repeatsOfText } from './forms/html/repeats';
import { markOcrTables } from './forms/ocr/verify';
import { PICTURE_MARK } from './forms/word/picture-mark';

/** What was read in a page's pictures: each picture's name, lines (null where not read), whether OCR read them (not a metafile's drawn text) and its readings; problems. */
export interface PagePictures {
	names: (string | null)[];
	lines: (SourceLine[] | null)[];
	byOcr: boolean[];
	readings: OcrReading[][];
	problems: Problem[];
}

/**
 * The pictures of a page's article (files beside the page, data: URIs, a DOCX's media) read by OCR
 * (forms/ocr/picture.ts). A picture that cannot be read is a problem of the report, never its failure.
 */
export async function pagePictures(html: string, file: string, media?: Uint8Array[]): Promise<PagePictures | undefined> {
	const { pictureOf, pictureSources } = await import('./forms/html/pictures');
	return readFound(
		(function* () {
			for (const srcs of pictureSources(html)) yield pictureOf(srcs, file, media);
		})(),
		file
	);
}

type Found = Picture | { name: string; refused: PictureRefusal } | null;

/** Pictures looked up in the document's order (`found`, lazily) and read: a refused one named, a null one (a web address) passed over. */
export async function readFound(found: Iterable<Found>, file: string): Promise<PagePictures | undefined> {
	const { readPictures, MAX_PICTURES } = await import('./forms/ocr/picture');
	// Pictures are looked up in the page's order, MAX_PICTURES of them, and the one after named as past
	// the budget: a page of 100,000 <img> costs no more file lookups or problems than one of 31.
	const looked: Found[] = [];
	const refused: Problem[] = [];
	let pictures = 0;
	for (const p of found) {
		if (p && pictures === MAX_PICTURES) {
			refused.push(problem('picture-not-read', { picture: p.name, why: 'too-many-pictures', limit: MAX_PICTURES }));
			break;
		}
		if (p) pictures++;
		if (p && 'refused' in p) refused.push(problem('picture-not-read', { picture: p.name, ...p.refused }));
		looked.push(p);
	}
	if (pictures === 0) return undefined;
	const wanted = looked.map((p) => (p && 'bytes' in p ? p : null));
	const { pages, problems } = await readPictures(wanted.filter((p) => p !== null), file);
	let next = 0;
	const read = wanted.map((p) => (p ? pages[next++] : null));
	return {
		names: wanted.map((p) => p?.name ?? null),
		lines: read.map((page) => page?.lines.map(pictureLine) ?? null),
		byOcr: read.map((page) => !!page && !page.drawn),
		readings: read.map((page) => page?.readings ?? []),
		problems: [...refused, ...problems]
	};
}

/** The page's pictures but those that repeat its text (forms/html/repeats.ts: the report's own stamped scan), each named. */
export function withoutRepeats(pictures: PagePictures, text: SourceLine[]): PagePictures {
	const repeats = repeatsOfText(pictures.lines, text);
	if (!repeats.includes(true)) return pictures;
	return {
		names: pictures.names,
		lines: pictures.lines.map((l, i) => (repeats[i] ? null : l)),
		byOcr: pictures.byOcr.map((o, i) => o && !repeats[i]),
		readings: pictures.readings.map((r, i) => (repeats[i] ? [] : r)),
		problems: [...pictures.problems, ...pictures.names.flatMap((name, i) => (repeats[i] ? [problem('picture-repeats-text', { picture: name ?? '' })] : []))]
	};
}

/** A line OCR read as a source line: a table row keeps its cells. */
const pictureLine = (l: PdfLine): SourceLine => (l.cells ? { text: l.text, cells: l.cells } : { text: l.text });

/** A report with the lines OCR read in its pictures: their tables marked as read by OCR, the reader told, the readings kept to verify. */
export function withOcr<T extends { report: Report; text: string }>(read: T, pictures?: PagePictures): T & { ocr?: OcrReading[] } {
	// A metafile's drawn text is the agency's own, read exactly: its tables are not OCR's.
	const recognised = pictures?.lines.filter((l, i) => l !== null && pictures.byOcr[i]) ?? [];
	if (!pictures || !recognised.length) return read;
	return readByOcr(read, recognised.flatMap((l) => l?.map((line) => line.text) ?? []), recognised.length, pictures.readings.flat());
}

/**
 * A report some of whose text OCR read (`lines`, from `pictures` pages or pictures): the tables holding
 * those lines marked as read by OCR, the reader told once where the problems are, the readings kept for
 * ocr/verify.ts to publish only what is confirmed. A scanned PDF's and a page's pictures alike.
 */
export function readByOcr<T extends { report: Report }>(read: T, lines: string[], pictures: number, readings: OcrReading[]): T & { ocr: OcrReading[] } {
	markOcrTables(read.report, lines);
	// The words OCR read are its reading, not the agency's text.
	read.report.problems.unshift(problem('text-by-ocr', { pictures }));
	return { ...read, ocr: readings };
}

/** A text's lines with the k-th PICTURE_MARK replaced by the lines of the k-th picture (nothing where it was not read), as read. */
export function withPictureLines(text: string, pictures: (SourceLine[] | null)[]): SourceLine[] {
	const out: SourceLine[] = [];
	let k = 0;
	for (const line of text.split('\n')) {
		const [first, ...rest] = line.split(PICTURE_MARK);
		if (!rest.length || first.trim()) out.push({ text: first });
		for (const after of rest) {
			out.push(...(pictures[k++] ?? []));
			if (after.trim()) out.push({ text: after });
		}
	}
	return out;
}
