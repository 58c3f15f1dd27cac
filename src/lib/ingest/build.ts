import type { Report, ReportFormat, Section, Table } from '../types';
import { ParseError } from './errors';
import { squeezeCjkSpaces, squeezeSpaces } from './normalize';
import { isChrome } from './chrome';
import { OutlineBuilder, parseHeading } from './outline';
import { isPipeLine, parsePipeTable } from './table2008';
import { readMeta, findClosingDate } from './meta';
import type { SourceHints, SourceLine } from './source';
import { readTable2, readTable3, readTable4, type Region, type TableKind } from './tables2019';
import { assignKeys2008 } from '../indicators/assign';
import { assignTemplateKeys } from '../indicators/template-keys';
import { KEY_BY_NAME } from '../indicators/keys';
import { RULES_2008 } from '../checks/rules2008';
import { runKeyedRules } from '../checks/run';
import { tableChecks2019 } from '../checks/rules2019';

/** In a 2019-format report, the parts that hold 表二, 表三 and 表四 rather than prose. */
function tableKind(title: string): TableKind | null {
	const t = title.replace(/\s/g, '');
	if (/主动公开政府信息情况/.test(t)) return 'b2';
	if (/收到和处理政府信息公开申请情况/.test(t)) return 'b3';
	if (/行政复议.*行政诉讼/.test(t)) return 'b4';
	return null;
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
 * The shared parser: source lines (from any input form) in, Report out. Lines are sorted into page
 * chrome (dropped, listed), headings (the outline), tables (2008 appendix, 2019 表二/三/四) and
 * paragraphs. PDF-broken lines are joined back into paragraphs.
 */
export function buildReport(lines: SourceLine[], hints: SourceHints, format: ReportFormat, file: string) {
	const outline = new OutlineBuilder();
	const front: string[] = [];
	const dropped: string[] = [...hints.dropped];
	const pipeBlocks: { lines: string[]; section: string | null; title: string }[] = [];
	const regions: { region: Region; host: Section }[] = [];
	let pipe: (typeof pipeBlocks)[number] | null = null;
	let region: Region | null = null;
	let paragraph: string | null = null;

	const endParagraph = () => {
		if (paragraph !== null && !outline.add(paragraph)) front.push(paragraph);
		paragraph = null;
	};

	for (const line of lines) {
		const trimmed = line.text.trim();
		if (trimmed === '') {
			endParagraph();
			continue;
		}
		if (!line.cells && isChrome(trimmed)) {
			dropped.push(trimmed);
			continue;
		}
		if (!line.cells && isPipeLine(trimmed) && format === '2008') {
			endParagraph();
			if (!pipe) {
				const host = outline.current();
				pipe = { lines: [], section: host?.anchor ?? null, title: host?.title ?? '统计表' };
				pipeBlocks.push(pipe);
			}
			pipe.lines.push(line.text);
			continue;
		}
		pipe = null;
		const heading = line.cells ? null : parseHeading(trimmed);
		const isPart = heading?.level === 1 && outline.accepts(heading) && !/\d\s*$/.test(heading.rest);
		if (heading && (isPart || (!region && outline.accepts(heading) && heading.level > 1))) {
			endParagraph();
			const { section, body } = outline.open({ ...heading, rest: squeezeSpaces(heading.rest) });
			region = null;
			if (body) {
				paragraph = body;
				if (!hints.brokenLines || ENDS_PARAGRAPH.test(body) || trimmed.length < MIN_BROKEN_LINE) endParagraph();
			}
			const kind = format === '2019' && heading.level === 1 ? tableKind(section.title) : null;
			if (kind) {
				region = { kind, section: section.anchor, lines: [] };
				regions.push({ region, host: section });
			}
			continue;
		}
		if (region) {
			region.lines.push(line);
			continue;
		}
		const text = squeezeSpaces(line.cells ? line.cells.join(' ') : trimmed);
		paragraph = paragraph === null ? text : paragraph + text;
		if (!hints.brokenLines || ENDS_PARAGRAPH.test(text) || text.length < MIN_BROKEN_LINE || line.cells) endParagraph();
	}
	endParagraph();

	const sections = outline.finish();
	if (sections.length < 2) {
		throw new ParseError(file, 'no recognisable outline: expected numbered parts such as 一、… 二、… and found ' + sections.length);
	}

	const problems: string[] = [];
	const tables: Table[] = pipeBlocks.map((b, i) => {
		const { table, problems: p } = parsePipeTable(b.lines, `t${i + 1}`, b.title, b.section);
		problems.push(...p);
		return table;
	});
	const readers = { b2: readTable2, b3: readTable3, b4: readTable4 };
	for (const { region, host } of regions) {
		const out = readers[region.kind](region);
		tables.push(...out.tables);
		problems.push(...out.problems);
		// Lines of the part that no table took (prose, or a table that could not be placed) stay as its text.
		const taken = new Set(out.tables.flatMap((t) => t.source.split('\n')));
		const rest = region.lines.map((l) => l.text).filter((t) => !taken.has(t));
		if (rest.length) host.text = [host.text, ...rest].filter(Boolean).join('\n');
	}

	const meta = readMeta(front);
	const closing = findClosingDate(lines.map((l) => l.text).filter((t) => t.trim() !== ''));
	const id = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	const report: Report = {
		id,
		title: meta.title ?? hints.title ?? squeezeCjkSpaces(front[0] ?? id),
		agency: meta.agency ?? hints.agency ?? null,
		year: meta.year ?? yearOf(hints.title),
		published: meta.published ?? hints.published ?? closing?.date ?? null,
		format,
		template: format === '2019' ? detectTemplate(tables) : null,
		preamble: front.filter((_, i) => !meta.used.has(i)).join('\n'),
		titleLines: front.filter((_, i) => meta.used.has(i)),
		sections,
		tables,
		checks: [],
		dropped
	};
	if (report.year === null && report.agency === null) {
		throw new ParseError(file, 'no report year or agency found in the title: not an annual report (a blank template?)');
	}
	if (format === '2008') {
		assignKeys2008(report);
		report.checks = runKeyedRules(report, RULES_2008, (k) => KEY_BY_NAME.get(k)?.name ?? k);
	} else {
		report.checks = tableChecks2019(report);
	}
	assignTemplateKeys(report);
	return { report, problems };
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
