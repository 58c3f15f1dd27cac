import { csvParse } from 'd3-dsv';

/**
 * A crawler's record of one page, as its exports write it: a JSON object (Scrapy's JSON or JSON-lines
 * feed, one item), the item as Python printed it, or a CSV file whose header names the columns and whose one row holds the page, the
 * whole article in one cell. The record is turned back into what a page says: a header block of field
 * lines (标题: … 链接: … 发布时间: … 来源: …, which ingest/report/meta.ts reads), then the body. Anything else is left as it is.
 */

/** The fields crawlers name, by what the header block calls them; the body is the longest text field. */
const FIELDS: [RegExp, string][] = [
	[/^(title|标题|名称|headline)$/i, '标题'],
	[/^(url|link|href|链接|网址|page_?url)$/i, '链接'],
	[/^(publish_?(time|date)|pub_?(time|date)|date|time|published|发布时间|发布日期|日期)$/i, '发布时间'],
	[/^(source|author|site|来源|发布机构|发文机关|单位|publisher)$/i, '来源']
];
const BODY = /^(content|text|body|article|正文|内容|main_?text)$/i;

type CrawlerItem = Record<string, unknown>;

function fromJson(text: string): CrawlerItem | null {
	const t = text.trim();
	if (!/^[[{]/.test(t)) return null;
	try {
		const v = JSON.parse(t);
		const item = Array.isArray(v) ? (v.length === 1 ? v[0] : null) : v;
		return item && typeof item === 'object' && !Array.isArray(item) ? (item as CrawlerItem) : null;
	} catch {
		return null;
	}
}

/**
 * A Python dict as a crawler printed or logged its item (`{'title': '…', 'content': '…'}`): not JSON, its
 * strings in single quotes (double where they hold one), with backslash escapes.
 */
const PY_PAIR = /'(\w+)'\s*:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
const PY_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '' };
function fromPythonDict(text: string): CrawlerItem | null {
	const t = text.trim();
	if (!/^\{\s*'/.test(t) || !t.endsWith('}')) return null;
	const pairs = [...t.matchAll(PY_PAIR)].map((m) => [m[1], (m[2] ?? m[3]).replace(/\\(.)/g, (_, c: string) => PY_ESCAPES[c] ?? c)]);
	return pairs.length ? Object.fromEntries(pairs) : null;
}

function fromCsv(text: string): CrawlerItem | null {
	const firstLine = text.slice(0, text.indexOf('\n'));
	if (!firstLine.includes(',') || !firstLine.split(',').some((c) => BODY.test(c.trim().replace(/^"|"$/g, '')))) return null;
	const rows = csvParse(text.trim());
	return rows.length === 1 ? (rows[0] as CrawlerItem) : null;
}

/** The page a crawler's record holds, as a header block and a body; null when the text is no such record. */
export function unwrapCrawlerRecord(text: string): string | null {
	const record = fromJson(text) ?? fromPythonDict(text) ?? fromCsv(text);
	if (!record) return null;
	const entries = Object.entries(record).filter((e): e is [string, string] => typeof e[1] === 'string');
	const body = entries.filter(([k]) => BODY.test(k)).sort((a, b) => b[1].length - a[1].length)[0];
	if (!body) return null;
	const header = entries.flatMap(([k, v]) => {
		const field = FIELDS.find(([re]) => re.test(k));
		return field && v.trim() ? [`${field[1]}: ${v.replace(/\s+/g, ' ').trim()}`] : [];
	});
	return [...header, body[1]].join('\n');
}
