import type { Problem, Report, ReportFormat, Section, Table } from '../types';
import { problem } from './problems';
import { ParseError } from './errors';
import { squeezeCjkSpaces, squeezeSpaces } from './normalize';
import { isChrome } from './chrome';
import { OutlineBuilder, parseHeading } from './outline';
import { isPipeLine, parsePipeTable, parseRowTable } from './table2008';
import { tableLines } from './tablelines';
import { readMeta, findClosingDate, isFieldLine } from './meta';
import type { SourceHints, SourceLine } from './source';
import { namesTableRow, readTable3, readTable4, type Region, type TableKind } from './tables2019';
import { readTable2 } from './table2';
import { PART_TITLES } from './template2019';

/** The parts of the 2019 template that hold its tables, as its outline titles them. */
const TABLE_PARTS: Record<TableKind, { table: string; part: string }> = {
	b2: { table: '表二', part: '二、主动公开政府信息情况' },
	b3: { table: '表三', part: '三、收到和处理政府信息公开申请情况' },
	b4: { table: '表四', part: '四、政府信息公开行政复议、行政诉讼情况' }
};

/** In a 2019-format report, the parts that hold 表二, 表三 and 表四 rather than prose. */
function tableKind(title: string): TableKind | null {
	const t = title.replace(/\s/g, '');
	if (/主动公开政府信息情况/.test(t)) return 'b2';
	if (/收到和处理政府信息公开申请情况/.test(t)) return 'b3';
	if (/行政复议.*行政诉讼/.test(t)) return 'b4';
	return null;
}

/**
 * A part title a line break cut ("三、收到和处理政府信息公开申请" / "情况": PDF text wraps long titles): the
 * next line completes it when together they make one of the template's part titles.
 */
function completedTitle(title: string, next: string | undefined): string | null {
	const whole = (title + (next ?? '')).replace(/\s/g, '');
	return next !== undefined && !PART_TITLES.includes(title.replace(/\s/g, '')) && PART_TITLES.includes(whole) ? whole : null;
}

/**
 * Paragraph joining: PDF text breaks lines every ~30 characters mid-sentence. A line that is at least
 * this long and does not end a sentence continues on the next line; shorter lines (titles, dates,
 * signatures) stand alone.
 */
const MIN_BROKEN_LINE = 20;

/** A sentence ends here: the next line starts a new paragraph. */
const ENDS_PARAGRAPH = /([。!?;！？；…]|[。!?！？]["”」)]|报告)$/;

/**
 * A table's caption: the short line just above it that names a table ("2010年政府信息公开情况统计表",
 * "附表：政府信息公开工作情况统计表"), not a sentence nor a pointer to it ("详见下表"). A table without one is titled by its section.
 */
export function tableCaption(line: string | null): string | null {
	const text = line ? squeezeSpaces(line).replace(/[:：]$/, '') : '';
	if (!text || text.length > 40 || /[。,，;；]|见|如下/.test(text) || !/(^附表|表)$|^附表/.test(text)) return null;
	return text.replace(/^附表\s*[:：]\s*(?=\S)/, '');
}

/**
 * The shared parser: source lines (from any input form) in, Report out. Lines are sorted into page
 * chrome (dropped, listed), headings (the outline), tables (2008 appendix, 2019 表二/三/四) and
 * paragraphs. PDF-broken lines are joined back into paragraphs. Keys and checks come after, in
 * indicators/assign.ts (enrich).
 */
export function buildReport(lines: SourceLine[], hints: SourceHints, format: ReportFormat, file: string): Report {
	const outline = new OutlineBuilder();
	const front: string[] = [];
	const dropped: string[] = [...hints.dropped];
	const pipeBlocks: { lines: string[]; rows: string[][]; numbers: (number | null)[]; section: string | null; title: string }[] = [];
	const rowLines = format === '2008' ? tableLines(lines) : new Map<number, string[]>();
	const regions: { region: Region; host: Section }[] = [];
	let pipe: (typeof pipeBlocks)[number] | null = null;
	let region: Region | null = null;
	let paragraph: string | null = null;
	/** The text line just read, while nothing else has come since: a caption for a table that follows. */
	let lastText: string | null = null;

	const endParagraph = () => {
		if (paragraph !== null && !outline.add(paragraph)) front.push(paragraph);
		paragraph = null;
	};

	/** Lines already read as the end of a part title. */
	const taken = new Set<number>();
	lines.forEach((line, index) => {
		const trimmed = line.text.trim();
		if (taken.has(index)) return;
		if (trimmed === '') {
			endParagraph();
			return;
		}
		if (!line.cells && isChrome(trimmed)) {
			dropped.push(trimmed);
			return;
		}
		const row = rowLines.get(index);
		const scraped = !line.cells && !row && isPipeLine(trimmed) && format === '2008';
		if (row || scraped) {
			endParagraph();
			if (!pipe || (row ? pipe.lines.length > pipe.rows.length : pipe.rows.length > 0)) {
				const host = outline.current();
				pipe = { lines: [], rows: [], numbers: [], section: host?.anchor ?? null, title: tableCaption(lastText) ?? host?.title ?? '统计表' };
				pipeBlocks.push(pipe);
			}
			pipe.lines.push(line.text);
			if (!row) pipe.numbers.push(line.line ?? null);
			if (row) {
				pipe.rows.push(row);
				pipe.numbers.push(line.line ?? null);
			}
			lastText = null;
			return;
		}
		pipe = null;
		lastText = null;
		const heading = line.cells ? null : parseHeading(trimmed);
		// Inside 表三, "四、结转下年度继续办理" is a row (its values may be on the next lines), not part 四.
		const isPart = heading?.level === 1 && outline.accepts(heading) && !/\d\s*$/.test(heading.rest) && !(region && namesTableRow(heading.rest));
		if (heading && (isPart || (!region && outline.accepts(heading) && heading.level > 1))) {
			endParagraph();
			const { section, body } = outline.open({ ...heading, rest: squeezeSpaces(heading.rest) });
			region = null;
			const whole = format === '2019' && heading.level === 1 && !body ? completedTitle(section.title, lines[index + 1]?.text) : null;
			if (whole) {
				section.title = whole;
				taken.add(index + 1);
			}
			if (body) {
				paragraph = body;
				if (!hints.brokenLines || ENDS_PARAGRAPH.test(body) || trimmed.length < MIN_BROKEN_LINE) endParagraph();
			}
			const kind = format === '2019' && heading.level === 1 ? tableKind(section.title) : null;
			if (kind) {
				region = { kind, section: section.anchor, lines: [] };
				regions.push({ region, host: section });
			}
			return;
		}
		if (region) {
			region.lines.push(line);
			return;
		}
		const text = squeezeSpaces(line.cells ? line.cells.join(' ') : trimmed);
		lastText = text;
		const field = !outline.current() && isFieldLine(text);
		if (field) endParagraph();
		paragraph = paragraph === null ? text : paragraph + text;
		if (!hints.brokenLines || ENDS_PARAGRAPH.test(text) || text.length < MIN_BROKEN_LINE || line.cells || field) endParagraph();
	});
	endParagraph();

	const sections = outline.finish();
	if (sections.length < 2) {
		throw new ParseError(file, 'no recognisable outline: expected numbered parts such as 一、… 二、… and found ' + sections.length);
	}

	const problems: Problem[] = [...(hints.problems ?? [])];
	const tables: Table[] = pipeBlocks.map((b, i) => {
		const { table, problems: p } = b.rows.length
			? parseRowTable(b.rows, `t${i + 1}`, b.title, b.section, b.lines.join('\n'), b.numbers)
			: parsePipeTable(b.lines, `t${i + 1}`, b.title, b.section, b.numbers);
		problems.push(...p);
		return table;
	});
	const readers = { b2: readTable2, b3: readTable3, b4: readTable4 };
	if (format === '2019') {
		for (const [kind, part] of Object.entries(TABLE_PARTS) as [TableKind, { table: string; part: string }][]) {
			if (!regions.some((r) => r.region.kind === kind)) problems.push(problem('part-not-found', part));
		}
	}
	for (const { region, host } of regions) {
		const out = readers[region.kind](region);
		tables.push(...out.tables);
		problems.push(...out.problems);
		// Lines of the part that no table took (prose, or a table that could not be placed) stay as its text.
		const rest = region.lines.filter((_, i) => !out.used.has(i)).map((l) => l.text);
		if (rest.length) host.text = [host.text, ...rest].filter(Boolean).join('\n');
	}

	const meta = readMeta(front);
	// A page's own title (its <h1>, outside the article) often names the agency the article's title leaves out.
	const pageTitle = hints.title ? readMeta([hints.title]) : null;
	const closing = findClosingDate(lines.map((l) => l.text).filter((t) => t.trim() !== ''));
	const id = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	const report: Report = {
		id,
		title: pageTitle?.title && meta.title && pageTitle.title.endsWith(meta.title) ? pageTitle.title : (meta.title ?? hints.title ?? meta.named?.title ?? squeezeCjkSpaces(front[0] ?? id)),
		agency: meta.agency ?? pageTitle?.agency ?? hints.agency ?? meta.named?.agency ?? null,
		year: meta.year ?? yearOf(hints.title) ?? meta.named?.year ?? null,
		published: meta.published ?? hints.published ?? closing?.date ?? null,
		format,
		template: format === '2019' ? detectTemplate(tables) : null,
		preamble: front.filter((_, i) => !meta.used.has(i)).join('\n'),
		titleLines: front.filter((_, i) => meta.used.has(i)),
		sections,
		tables,
		checks: [],
		dropped,
		problems
	};
	if (report.year === null && report.agency === null) {
		throw new ParseError(file, 'no report year or agency found in the title: not an annual report (a blank template?)');
	}
	return report;
}

/**
 * The 2019 trial template names 表二's columns 本年新制作数量 / 上一年项目数量; the 2021 template
 * 本年制发件数 / 本年处理决定数量, and splits 表三's (六)其他处理 into three rows.
 */
function detectTemplate(tables: Table[]): '2019' | '2021' | null {
	const columns = tables.filter((t) => t.anchor.startsWith('t2-')).flatMap((t) => t.columns);
	if (columns.some((c) => /本年新制作数量|上一年项目数量/.test(c))) return '2019';
	if (columns.some((c) => /本年制发件数|本年处理决定数量/.test(c))) return '2021';
	if (tables.some((t) => t.anchor === 't3' && t.rows.some((r) => r.anchor === 't3-r3-6-3'))) return '2021';
	return null;
}

function yearOf(title: string | undefined): number | null {
	const m = title ? /(\d{4})\s*年/.exec(title) : null;
	return m ? Number(m[1]) : null;
}
