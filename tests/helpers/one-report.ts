import type { Model } from './forms';
import { renderHtml, renderText } from './forms';
import { withCrawlerHeader } from './crawler';
import { MODEL } from '../fixtures/template2019/model';

/** The made-up model with one cell of 表三 (本年新收, 自然人) read otherwise: its row then no longer adds up. */
export function misread(m: Model = MODEL, value = 41): Model {
	const golden = structuredClone(m.golden);
	golden.t3[0][0] = value;
	return { ...m, golden };
}

/** The model as a page that lost 表四 (its part left as prose) and its date: the worse form of the report. */
export function worsePage(m: Model): string {
	const without = { ...m, parts: m.parts.map((p) => (p.table === 't4' ? { ...p, table: undefined } : p)) };
	return renderHtml(without).replace(/<meta name="PubDate"[^>]*>/, '').replace(/发布时间：\S+ /, '');
}

/** The same text three ways: UTF-8; UTF-16 with a byte-order mark and CRLF line ends; re-crawled with a crawler's header block. */
export function threeEncodings(m: Model = MODEL): Uint8Array[] {
	const text = renderText(m, 'spaces');
	const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
	return [new TextEncoder().encode(text), new Uint8Array(utf16), new TextEncoder().encode(withCrawlerHeader(text))];
}
