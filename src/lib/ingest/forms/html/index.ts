import { parse } from 'parse5';
import type { SourceHints, SourceLine } from '../../source';
import { attr, children, clean, descendants, inlineText } from './dom';
import { htmlLines } from './lines';
import { articleOf, cjkCount, reportInPictures } from './article';
import { articleImages } from './pictures';
import type { Node } from './dom';
import { isChrome } from '../../report/chrome';
import { withoutSpaces } from '../../../text/normalize';

const DATE = /(发布日期|公开日期|成文日期|发文日期|发布时间|生成日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
/** Meta tags CMSs state the publication date in (TRS: PubDate; others publishdate, firstpublishedtime …). */
const DATE_META = /^(pubdate|publishdate|firstpublishedtime|createdate|dc\.date|article:published_time)$/i;

/** A line that is a report's title: a year, 报告, short, no sentence end, not a field (名称: …) or breadcrumb (>). */
// The length first: a year then 报告 is looked for in short lines only (on a page's one long line it costs its length squared).
const looksLikeTitle = (t: string) => t.length <= 80 && /\d{4}\s*年.*报告/.test(t) && !/[。；;>:：]/.test(t);
/** Whether squeezed text names a year and then 报告 (/\d{4}年.*报告/, in one pass whatever its length). */
const namesYearReport = (t: string) => {
	const year = t.search(/\d{4}年/);
	return year >= 0 && t.indexOf('报告', year) >= 0;
};

/**
 * The report's title where the page prints it above the article, outside it (a layout cell, an <h1> or a
 * div.title before the TRS editor): the nearest title-like line among the few before the article, if the
 * page names the same title (<title>, ArticleTitle), or, where it names none, if it stands right above the
 * article (a date line between): a menu's link to another year's report is not the title. Null when the article's own first lines
 * already give the title (or its end, the page's adding the agency).
 */
function titleAbove(all: SourceLine[], start: number, article: SourceLine[], named: string[]): string | null {
	for (let i = start - 1; i >= Math.max(0, start - 6); i--) {
		const line = all[i];
		if (line.cells || !looksLikeTitle(line.text)) continue;
		const text = withoutSpaces(line.text);
		const titles = named.filter(namesYearReport);
		const confirmed = titles.length ? titles.some((t) => t.includes(text) || text.includes(t.replace(/(报告).*$/, '$1'))) : start - i <= 2;
		const own = article.filter((l) => !isChrome(l.text)).slice(0, 3).map((l) => withoutSpaces(l.text)).filter((t) => /报告/.test(t));
		return !confirmed || own.some((t) => t.includes(text) || text.endsWith(t)) ? null : line.text;
	}
	return null;
}

/**
 * Reads an HTML page into source lines of its article, and the metadata its page states; `pictures` are
 * the lines OCR read from the article's pictures, in the order pictureSources (pictures.ts) gave them. A title printed
 * above the article, outside it, is the report's first line: it is part of what the report said, so it is
 * kept in the text (source.txt) rather than listed as dropped chrome.
 */
export function readHtml(html: string, pictures: (SourceLine[] | null)[] = []): { lines: SourceLine[]; hints: SourceHints } {
	const doc = parse(html);
	const inPictures = reportInPictures(doc);
	// The article's pictures in the order pictureSources gave them (pictures.ts), each with the lines OCR read.
	const read = new Map<Node, SourceLine[]>();
	if (pictures.length) articleImages(doc, inPictures).forEach((img, i) => pictures[i] && read.set(img, pictures[i]));
	// A report posted as pictures of its pages is where the pictures OCR read most text in stand.
	const pictureText = new Map([...read].map(([img, lines]) => [img, lines.reduce((n, l) => n + cjkCount(l.text), 0)]));
	const article = inPictures ? articleOf(doc, pictureText) : articleOf(doc);
	const { lines: all, start, end } = htmlLines(doc, article, read);
	const inside = all.slice(start, end);
	const h1 = descendants(doc, 'h1').map((e) => clean(inlineText(e))).find((t) => /报告/.test(t));
	// TRS and 集约化 pages name the article in a meta tag, without the site's name <title> adds.
	const articleTitle = descendants(doc, 'meta').find((m) => /^articletitle$/i.test(attr(m, 'name') ?? ''));
	const named = articleTitle ? clean(attr(articleTitle, 'content') ?? '') : undefined;
	const pageTitle = descendants(doc, 'title').map((e) => clean(children(e).map((c) => ('value' in c ? String(c.value) : '')).join('')))[0];
	const title = titleAbove(all, start, inside, [named, pageTitle].filter((t): t is string => !!t).map(withoutSpaces));
	const lines = title ? [{ text: title }, ...inside] : inside;
	const dropped = [...all.slice(0, start), ...all.slice(end)].filter((l) => l.text !== title).map((l) => l.text);
	// A report whose text is what OCR read in its pictures is kept as a scan is (report/build.ts), though its parts are not found.
	const hints: SourceHints = { dropped, ...(inPictures && read.size ? { ocr: true } : {}) };
	const pageText = all.map((l) => l.text).join('\n');
	// A CMS states the date in a meta tag (TRS: PubDate) or in a 发布时间/发布日期/生成日期 line.
	const metaDate = descendants(doc, 'meta')
		.filter((m) => DATE_META.test(attr(m, 'name') ?? attr(m, 'property') ?? ''))
		.map((m) => /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(attr(m, 'content') ?? ''))
		.find(Boolean);
	const date = metaDate ? [null, null, ...metaDate.slice(1)] : DATE.exec(pageText);
	if (date) hints.published = `${date[2]}-${String(date[3]).padStart(2, '0')}-${String(date[4]).padStart(2, '0')}`;
	const agencyRow = all.find((l) => l.cells && l.cells.some((c) => /^发布机构[:：]?$/.test(c)));
	if (agencyRow) {
		const i = agencyRow.cells!.findIndex((c) => /^发布机构[:：]?$/.test(c));
		if (agencyRow.cells![i + 1]) hints.agency = agencyRow.cells![i + 1];
	}
	// Without a box, TRS's ContentSource meta tag names the issuing body (not a URL, not the site itself: 本网).
	const source = descendants(doc, 'meta').find((m) => /^contentsource$/i.test(attr(m, 'name') ?? ''));
	const issuer = source ? clean(attr(source, 'content') ?? '') : '';
	if (!hints.agency && /^[\u3400-\u9fff()（）]{3,30}$/.test(issuer) && !/^本(网|站)/.test(issuer)) hints.agency = issuer;
	hints.title = h1 ?? named ?? pageTitle?.replace(/[-_|｜].*$/, '').trim();
	return { lines, hints };
}

export function looksLikeHtml(text: string): boolean {
	return /^\s*(<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<table[\s>]|<meta[\s>])/i.test(text);
}
