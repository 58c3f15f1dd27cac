import type { Problem, Report, ReportFormat, Section, Table } from '../../types';
import { problem } from '../problems';
import { ParseError } from '../errors';
import { squeezeCjkSpaces, squeezeSpaces, withoutSpaces } from '../../text/normalize';
import { isChrome } from './chrome';
import { OutlineBuilder, parseHeading } from './outline';
import { isPipeLine, parsePipeTable, parseRowTable } from '../tables/2008/table';
import { tableLines } from '../tables/table-lines';
import { readMeta, findClosingDate, isFieldLine } from './meta';
import type { SourceHints, SourceLine } from '../source';
import { namesTableRow, readTable3, readTable4, type Region, type TableKind } from '../tables/2019/tables';
import { readTable2 } from '../tables/2019/table2';
import { PART_TITLES } from '../../templates/template2019';
import { tableRuns } from './table-runs';
import { namedTableKind, tableKind } from './table-kinds';
import { detectTemplate } from './template-variant';

/** The parts of the 2019 template that hold its tables, as its outline titles them. */
const TABLE_PARTS: Record<TableKind, { table: string; part: string }> = {
	t2: { table: '表二', part: '二、主动公开政府信息情况' },
	t3: { table: '表三', part: '三、收到和处理政府信息公开申请情况' },
	t4: { table: '表四', part: '四、政府信息公开行政复议、行政诉讼情况' }
};

/**
 * A part title a line break cut ("三、收到和处理政府信息公开申请" / "情况": PDF text wraps long titles): the
 * next line completes it when together they make one of the template's part titles.
 */
function completedTitle(title: string, next: string | undefined): string | null {
	const whole = withoutSpaces(title + (next ?? ''));
	return next !== undefined && !PART_TITLES.includes(withoutSpaces(title)) && PART_TITLES.includes(whole) ? whole : null;
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
	const problems: Problem[] = [...(hints.problems ?? [])];
	// Runs of lines that read as a table no reader took (not the 2008 rows, not a form's table cells) are never headings.
	const runs = tableRuns(
		lines.map((l) => l.text),
		(i) => rowLines.has(i) || !!lines[i].cells || isPipeLine(lines[i].text.trim())
	);
	/** The run being kept as one block of its section, when no table reader is there to take it. */
	let block: { from: number; to: number; lines: string[] } | null = null;
	const endBlock = () => {
		if (!block) return;
		if (!outline.add(block.lines.join('\n'))) for (const l of block.lines) front.push(l);
		problems.push(problem('table-not-read', { first: block.lines[0], from: block.from + 1, to: block.to + 1 }));
		block = null;
	};
	lines.forEach((line, index) => {
		const trimmed = line.text.trim();
		if (taken.has(index)) return;
		const run = runs.get(index);
		if (!run || region) endBlock();
		if (run && !region) {
			endParagraph();
			block ??= { ...run, lines: [] };
			block.lines.push(trimmed);
			return;
		}
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
		const named = format === '2019' && !line.cells ? namedTableKind(trimmed, heading) : null;
		const host = outline.current();
		if (named && named !== region?.kind && host) {
			endParagraph();
			region = { kind: named, section: host.anchor, lines: [line] };
			regions.push({ region, host });
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
	endBlock();

	const sections = outline.finish();
	if (sections.length < 2) {
		throw new ParseError(file, 'no recognisable outline: expected numbered parts such as 一、… 二、… and found ' + sections.length);
	}

	const tables: Table[] = pipeBlocks.map((b, i) => {
		const { table, problems: p } = b.rows.length
			? parseRowTable(b.rows, `t${i + 1}`, b.title, b.section, b.lines.join('\n'), b.numbers)
			: parsePipeTable(b.lines, `t${i + 1}`, b.title, b.section, b.numbers);
		for (const x of p) problems.push(x);
		return table;
	});
	const readers = { t2: readTable2, t3: readTable3, t4: readTable4 };
	if (format === '2019') {
		for (const [kind, part] of Object.entries(TABLE_PARTS) as [TableKind, { table: string; part: string }][]) {
			if (!regions.some((r) => r.region.kind === kind)) problems.push(problem('part-not-found', part));
		}
	}
	// Regions of one kind (a table's fragments, under its part and under a caption) are read as one, in order.
	for (const kind of ['t2', 't3', 't4'] as TableKind[]) {
		const mine = regions.filter((r) => r.region.kind === kind);
		if (mine.length === 0) continue;
		const hosts = mine.flatMap((r) => r.region.lines.map(() => r.host));
		const out = readers[kind]({ kind, section: mine[0].region.section, lines: mine.flatMap((r) => r.region.lines) });
		for (const t of out.tables) tables.push(t);
		for (const x of out.problems) problems.push(x);
		// Lines of the part that no table took (prose, or a table that could not be placed) stay as its text.
		const rest = new Map<Section, string[]>();
		mine.flatMap((r) => r.region.lines).forEach((l, i) => {
			if (out.used.has(i)) return;
			const kept = rest.get(hosts[i]);
			if (kept) kept.push(l.text);
			else rest.set(hosts[i], [l.text]);
		});
		for (const [host, lines] of rest) host.text = [host.text].concat(lines).filter(Boolean).join('\n');
	}

	const meta = readMeta(front);
	// A page's own title (its <h1>, outside the article) often names the agency the article's title leaves out.
	const pageTitle = hints.title ? readMeta([hints.title]) : null;
	const closing = findClosingDate(lines.map((l) => l.text).filter((t) => t.trim() !== ''));
	const id = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	const year = meta.year ?? yearOf(hints.title) ?? meta.named?.year ?? null;
	const report: Report = {
		id,
		title: pageTitle?.title && meta.title && pageTitle.title.endsWith(meta.title) ? pageTitle.title : (meta.title ?? hints.title ?? meta.named?.title ?? squeezeCjkSpaces(front[0] ?? id)),
		agency: meta.agency ?? pageTitle?.agency ?? hints.agency ?? meta.named?.agency ?? null,
		year,
		published: meta.published ?? hints.published ?? closing?.date ?? null,
		format,
		template: format === '2019' ? detectTemplate(tables, year) : null,
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

function yearOf(title: string | undefined): number | null {
	const m = title ? /(\d{4})\s*年/.exec(title) : null;
	return m ? Number(m[1]) : null;
}
