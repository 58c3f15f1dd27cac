import type { Problem, Report, ReportFormat, Section, Table } from '../../types';
import { problem } from '../problems';
import { ParseError } from '../errors';
import { squeezeCjkSpaces } from '../../text/normalize';
import { parsePipeTable, parseRowTable } from '../tables/2008/table';
import { readMeta, findClosingDate } from './meta';
import { scanMeta } from './scan-meta';
import type { SourceHints, SourceLine } from '../source';
import { readTable3, readTable4, type TableKind } from '../tables/2019/tables';
import { readTable2 } from '../tables/2019/table2';
import { detectTemplate } from './template-variant';
import { LineSorter, type HostedRegion, type PipeBlock } from './line-sorter';

/** The parts of the 2019 template that hold its tables, as its outline titles them. */
const TABLE_PARTS: Record<TableKind, { table: string; part: string }> = {
	t2: { table: '表二', part: '二、主动公开政府信息情况' },
	t3: { table: '表三', part: '三、收到和处理政府信息公开申请情况' },
	t4: { table: '表四', part: '四、政府信息公开行政复议、行政诉讼情况' }
};

const READERS = { t2: readTable2, t3: readTable3, t4: readTable4 };

/**
 * The shared parser: source lines (from any input form) in, Report out. Lines are sorted into page
 * chrome (dropped, listed), headings (the outline), tables (2008 appendix, 2019 表二/三/四) and
 * paragraphs. PDF-broken lines are joined back into paragraphs. Keys and checks come after, in
 * indicators/assign.ts (enrich).
 */
export function buildReport(lines: SourceLine[], hints: SourceHints, format: ReportFormat, file: string): Report {
	const sorted = new LineSorter(lines, hints, format);
	sorted.sortAll();
	const sections = sorted.outline.finish();
	const { problems } = sorted;
	if (sections.length < 2) {
		// Text without parts is no report; but a scan whose headings OCR misread is, and its text is kept (as its
		// preamble and the part found), named, instead of the whole report being lost.
		if (!hints.ocr) throw new ParseError(file, 'no recognisable outline: expected numbered parts such as 一、… 二、… and found ' + sections.length);
		problems.push(problem('outline-not-read', { found: sections.length }));
	}
	const tables = readPipeBlocks(sorted.pipeBlocks, problems);
	if (format === '2019') noteMissingParts(sorted.regions, problems);
	readRegions(sorted.regions, tables, problems);
	const report = describeReport({ front: sorted.front, sections, tables, dropped: sorted.dropped, problems }, lines, hints, format, file);
	if (report.year === null && report.agency === null) {
		throw new ParseError(file, 'no report year or agency found in the title: not an annual report (a blank template?)');
	}
	return report;
}

/** The 2008 tables, in order: blocks given as rows of cells, or as scraped pipe lines. */
function readPipeBlocks(blocks: PipeBlock[], problems: Problem[]): Table[] {
	return blocks.map((b, i) => {
		const { table, problems: found } = b.rows.length
			? parseRowTable(b.rows, `t${i + 1}`, b.title, b.section, b.lines.join('\n'), b.numbers)
			: parsePipeTable(b.lines, `t${i + 1}`, b.title, b.section, b.numbers);
		for (const p of found) problems.push(p);
		return table;
	});
}

/** A 2019 report without one of the parts that hold its tables says so. */
function noteMissingParts(regions: HostedRegion[], problems: Problem[]): void {
	for (const [kind, part] of Object.entries(TABLE_PARTS) as [TableKind, { table: string; part: string }][]) {
		if (!regions.some((r) => r.region.kind === kind)) problems.push(problem('part-not-found', part));
	}
}

/** Regions of one kind (a table's fragments, under its part and under a caption) are read as one, in order. */
function readRegions(regions: HostedRegion[], tables: Table[], problems: Problem[]): void {
	for (const kind of ['t2', 't3', 't4'] as TableKind[]) {
		const mine = regions.filter((r) => r.region.kind === kind);
		if (mine.length === 0) continue;
		/** Every line of the kind's regions, with the section each came from. */
		const regionLines: SourceLine[] = [];
		const hosts: Section[] = [];
		for (const r of mine) {
			for (const l of r.region.lines) {
				regionLines.push(l);
				hosts.push(r.host);
			}
		}
		const out = READERS[kind]({ kind, section: mine[0].region.section, lines: regionLines });
		for (const t of out.tables) tables.push(t);
		for (const p of out.problems) problems.push(p);
		keepUnusedLines(regionLines, hosts, out.used);
	}
}

/** Lines of a part that no table took (prose, or a table that could not be placed) stay as its section's text. */
function keepUnusedLines(regionLines: SourceLine[], hosts: Section[], used: Set<number>): void {
	const rest = new Map<Section, string[]>();
	regionLines.forEach((l, i) => {
		if (used.has(i)) return;
		const kept = rest.get(hosts[i]);
		if (kept) kept.push(l.text);
		else rest.set(hosts[i], [l.text]);
	});
	for (const [host, lines] of rest) host.text = [host.text].concat(lines).filter(Boolean).join('\n');
}

/** What the lines were sorted and read into. */
interface ReadParts {
	/** Text before the first heading: the title lines and preamble. */
	front: string[];
	sections: Section[];
	tables: Table[];
	dropped: string[];
	problems: Problem[];
}

/** The Report: what was read, with its metadata (title, agency, year, date, template) from the front text and the source's hints. */
function describeReport(read: ReadParts, lines: SourceLine[], hints: SourceHints, format: ReportFormat, file: string): Report {
	const { front, tables } = read;
	const meta = readMeta(front, { ocr: hints.ocr });
	// A page's own title (its <h1>, outside the article) often names the agency the article's title leaves out.
	const pageTitle = hints.title ? readMeta([hints.title]) : null;
	const texts = lines.map((l) => l.text).filter((t) => t.trim() !== '');
	const closing = findClosingDate(texts);
	const id = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	const stated = meta.year ?? yearOf(hints.title) ?? meta.named?.year ?? null;
	const scan = stated === null && hints.ocr && tables.length > 0 ? scanMeta(front, read.sections, texts, closing) : null;
	const year = stated ?? scan?.year ?? null;
	const agency = meta.agency ?? pageTitle?.agency ?? hints.agency ?? meta.named?.agency ?? scan?.agency ?? null;
	if (scan) read.problems.unshift(problem('title-not-read', { year: scan.year, from: scan.from, agency: scan.agency }));
	return {
		id,
		title: pageTitle?.title && meta.title && pageTitle.title.endsWith(meta.title) ? pageTitle.title : (meta.title ?? hints.title ?? meta.named?.title ?? (scan ? `${agency ?? ''}${scan.year}年政府信息公开工作年度报告` : squeezeCjkSpaces(front[0] ?? id))),
		agency,
		year,
		published: meta.published ?? hints.published ?? closing?.date ?? null,
		format,
		template: format === '2019' ? detectTemplate(tables, year) : null,
		preamble: front.filter((_, i) => !meta.used.has(i)).join('\n'),
		titleLines: front.filter((_, i) => meta.used.has(i)),
		sections: read.sections,
		tables,
		checks: [],
		dropped: read.dropped,
		problems: read.problems
	};
}

function yearOf(title: string | undefined): number | null {
	const m = title ? /(\d{4})\s*年/.exec(title) : null;
	return m ? Number(m[1]) : null;
}
