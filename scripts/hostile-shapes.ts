/**
 * Inputs built to cost a parser more than their size (issue 24): digits run together for the table
 * splitters, long runs for regular expressions, deep nesting for recursive walks, and DOCX files whose
 * parts inflate far past the file. `npm run bench:hostile` times them at growing sizes; the unit tests
 * (tests/unit/ingest/hostile-inputs.test.ts) parse them and check the result. Each is made fresh, never committed.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A group of four values and their total, run together: "12 345 67 8 432" → "1234567 8432". */
const group = (values: number[]) => [...values, values.reduce((a, b) => a + b, 0)].join('');

/** 表四 as a 2019 report prints it, its cells run together into one line of `digits` or so. */
export function table4Digits(digits: number): string {
	const values = [12, 345, 67, 8, 101, 23, 456, 78, 9, 876, 54, 321];
	let line = [0, 4, 8].map((o) => group(values.slice(o, o + 4))).join('');
	// Ones added to each value keep every group adding up, and make the line longer.
	while (line.length < digits) line = line.replace(/\d+/, (d) => d + '1');
	return line;
}

/** A 2019 report's 表四 part whose only line is `digits` run together (1s: as many splits as can be). */
export function table4Report(digits: string): string {
	return [
		'示例局2020年政府信息公开工作年度报告', '一、总体情况', '正文。', '三、收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量 1 0 0 0 0 0 1',
		'五、政府信息公开行政复议、行政诉讼情况', digits, '六、存在的主要问题及改进情况', '正文。'
	].join('\n');
}

/** 表二 of collapsed text: a row label with `digits` run together (its three columns' cells). */
export function table2Collapsed(digits: number): string {
	const filler = '本机关按照条例要求，做好政府信息公开工作。'.repeat(30);
	return `示例局2020年政府信息公开工作年度报告 一、总体情况 ${filler} 二、主动公开政府信息情况 第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章${'1'.repeat(digits)} 三、收到和处理政府信息公开申请情况 ${filler}`;
}

/** Collapsed text (one long line) with a run of `digits` digits before (一)予以公开, and cells between bars. */
export function collapsedDigits(digits: number): string {
	const filler = '本机关按照条例要求，做好政府信息公开工作。'.repeat(30);
	return `示例局2020年政府信息公开工作年度报告 一、总体情况 ${filler} 三、收到和处理政府信息公开申请情况 ${'1'.repeat(digits)} (一)予以公开 3 | | 5 | ${'1 '.repeat(digits / 2)}本机关 四、结束`;
}

/** A whole document on one line of about `bytes` characters: a heading and a long run of spaced-out values, as a crawler collapses a table. */
export function oneLongLine(bytes: number): string {
	const unit = '1 2 3 ';
	return `示例局2020年政府信息公开工作年度报告 一、总体情况 本机关 ${unit.repeat(Math.ceil(bytes / unit.length))}二、其他 正文。`;
}

/** An HTML page with a line of `bytes` characters, years and no 报告, above the report (where its title is looked for). */
export function longLineAbove(bytes: number, body: string): string {
	const paragraphs = body.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
	return `<!doctype html><html><body><div>${'2020年'.repeat(Math.ceil(bytes / 5))}</div><article>${paragraphs}</article></body></html>`;
}

/** An HTML page whose report is inside `depth` nested elements of one kind. */
export function nestedHtml(depth: number, tag: 'div' | 'b' | 'table', body: string): string {
	const [open, close] = tag === 'table' ? ['<table><tr><td>', '</td></tr></table>'] : [`<${tag}>`, `</${tag}>`];
	const paragraphs = body.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
	return `<!doctype html><html><body>${open.repeat(depth)}${paragraphs}${close.repeat(depth)}</body></html>`;
}

/** A Markdown file: a heading and a table of `rows` rows. */
export function markdownTable(rows: number): string {
	const lines = ['# 示例局2018年政府信息公开年度报告', '', '## 一、概述', '', '全年工作情况良好。', '', '## 二、附表', '', '| 指标 | 单位 | 数量 |', '| --- | --- | --- |'];
	for (let r = 1; r <= rows; r++) lines.push(`| 其中:第${r}项指标 | 件 | ${r % 97} |`);
	return lines.join('\n');
}

/** PDF text runs: `count` single characters down one column, a line's pitch apart (a merged cell's label). */
export function columnRuns(count: number): { str: string; x: number; y: number; width: number; size: number }[] {
	return Array.from({ length: count }, (_, i) => ({ str: '情况报告'[i % 4], x: 72, y: 100_000 - 14 * i, width: 12, size: 12 }));
}

/** PDF pages of `lines` lines each, every page ending in a table row and starting with the same three. */
export function repeatedPages(pages: number, lines: number): { text: string; y: number; size: number }[][] {
	return Array.from({ length: pages }, (_, p) =>
		Array.from({ length: lines }, (_, i) => ({ text: i < 3 ? `指标  单位  数量${i}` : `第${p}页第${i}行  件  ${i}`, y: 800 - 14 * i, size: 12 }))
	);
}

/** A zip of the named parts, each deflated (or given as ready raw deflate with its size and CRC). */
type Part = string | { deflated: Buffer; size: number; crc: number };
export function zip(parts: Record<string, Part>): Buffer {
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const [name, part] of Object.entries(parts)) {
		const raw = typeof part === 'string' ? Buffer.from(part) : null;
		const data = raw ? deflateRawSync(raw) : (part as Exclude<Part, string>).deflated;
		const size = raw ? raw.length : (part as Exclude<Part, string>).size;
		const crc = raw ? crc32(raw) : (part as Exclude<Part, string>).crc;
		const nameBytes = Buffer.from(name);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		head.writeUInt16LE(20, 4);
		head.writeUInt16LE(8, 8);
		head.writeUInt32LE(crc >>> 0, 14);
		head.writeUInt32LE(data.length, 18);
		head.writeUInt32LE(size >>> 0, 22);
		head.writeUInt16LE(nameBytes.length, 26);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt32LE(crc >>> 0, 16);
		entry.writeUInt32LE(data.length, 20);
		entry.writeUInt32LE(size >>> 0, 24);
		entry.writeUInt16LE(nameBytes.length, 28);
		entry.writeUInt32LE(offset, 42);
		locals.push(head, nameBytes, data);
		central.push(entry, nameBytes);
		offset += 30 + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(central.length / 2, 8);
	end.writeUInt16LE(central.length / 2, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`;
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

/** A DOCX of the given body XML (and footnotes part, when given). */
export function docx(body: string, footnotes?: Part): Buffer {
	return zip({
		'[Content_Types].xml': CONTENT_TYPES,
		'_rels/.rels': RELS,
		// A footnote is kept only where the text refers to it.
		'word/document.xml': documentXml(footnotes ? `${body}<w:p><w:r><w:t>见注</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>` : body),
		...(footnotes ? { 'word/_rels/document.xml.rels': DOC_RELS, 'word/footnotes.xml': footnotes } : {})
	});
}

/** The report's lines as Word paragraphs. */
export const docxBody = (text: string) => text.split('\n').map(paragraph).join('');

/** A DOCX whose report sits inside `depth` nested one-cell tables. */
export function nestedTablesDocx(depth: number, text: string): Buffer {
	const open = '<w:tbl><w:tr><w:tc>';
	const close = '</w:tc></w:tr></w:tbl>';
	// A cell ends in a paragraph, as Word writes it.
	return docx(`${open.repeat(depth)}${docxBody(text)}${(close.replace('</w:tc>', '<w:p/></w:tc>')).repeat(depth)}`);
}

/** A DOCX of `count` empty paragraphs after the report (a small file: they compress to almost nothing). */
export function manyParagraphsDocx(count: number, text: string): Buffer {
	return docx(docxBody(text) + '<w:p/>'.repeat(count));
}

/**
 * A DOCX whose footnotes part inflates to about `bytes` (a multiple of 1 MB): one megabyte of footnote
 * paragraphs deflated once and repeated (a full flush makes the blocks independent), so the file stays small.
 */
export function footnoteBombDocx(bytes: number, text: string): Buffer {
	const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>`);
	const block = Buffer.alloc(1048576, 'x');
	const tail = Buffer.from('</w:t></w:r></w:p></w:footnote></w:footnotes>');
	const count = Math.ceil(bytes / block.length);
	const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
	const blockDeflated = flushed(block);
	let crc = crc32(head);
	for (let i = 0; i < count; i++) crc = crc32(block, crc);
	crc = crc32(tail, crc);
	const deflated = Buffer.concat([flushed(head), ...Array.from({ length: count }, () => blockDeflated), deflateRawSync(tail)]);
	return docx(docxBody(text), { deflated, size: head.length + count * block.length + tail.length, crc });
}
