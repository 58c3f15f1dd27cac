import type { Report, ReportFormat, Table } from '../types';
import { ParseError } from './errors';
import { decodeReport } from './decode';
import { normalizeText, squeezeCjkSpaces } from './normalize';
import { isChrome } from './chrome';
import { OutlineBuilder, parseHeading } from './outline';
import { isPipeLine, parsePipeTable } from './table2008';
import { readMeta } from './meta';
import { assignKeys2008 } from '../indicators/assign';
import { KEY_BY_NAME } from '../indicators/keys';
import { RULES_2008 } from '../checks/rules2008';
import { runKeyedRules } from '../checks/run';

export { ParseError } from './errors';
export { decodeReport } from './decode';

export interface ParseResult {
	report: Report;
	/** Things the parser could not read with confidence; the report is still usable. */
	problems: string[];
}

/**
 * Parses one report. `file` is the name used in messages and, without its extension, the report id.
 * Throws ParseError (one line, naming the file) on input it cannot use at all.
 */
export function parseReport(input: Uint8Array | string, file: string): ParseResult {
	const raw = typeof input === 'string' ? input : decodeReport(input, file);
	if (raw.trim() === '') throw new ParseError(file, 'empty file');
	const lines = normalizeText(raw).split('\n');

	const outline = new OutlineBuilder();
	const front: string[] = [];
	const dropped: string[] = [];
	const blocks: { lines: string[]; section: string | null; title: string }[] = [];
	let block: (typeof blocks)[number] | null = null;

	for (const line of lines) {
		if (line.trim() === '') continue;
		if (isChrome(line)) {
			dropped.push(line.trim());
			continue;
		}
		if (isPipeLine(line)) {
			if (!block) {
				const host = outline.current();
				block = { lines: [], section: host?.anchor ?? null, title: host?.title ?? '统计表' };
				blocks.push(block);
			}
			block.lines.push(line);
			continue;
		}
		block = null;
		const heading = parseHeading(line);
		if (heading && outline.accepts(heading)) {
			outline.open(heading);
			continue;
		}
		if (!outline.add(squeezeEdges(line))) front.push(squeezeEdges(line));
	}

	const sections = outline.finish();
	if (sections.length < 2) {
		throw new ParseError(file, 'no recognisable outline: expected numbered parts such as 一、… 二、… and found ' + sections.length);
	}

	const problems: string[] = [];
	const tables: Table[] = blocks.map((b, i) => {
		const { table, problems: p } = parsePipeTable(b.lines, `t${i + 1}`, b.title, b.section);
		problems.push(...p);
		return table;
	});

	const meta = readMeta(front);
	const id = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	const report: Report = {
		id,
		title: meta.title ?? squeezeCjkSpaces(front[0] ?? id),
		agency: meta.agency,
		year: meta.year,
		published: meta.published,
		format: detectFormat(raw),
		preamble: front.filter((_, i) => !meta.used.has(i)).join('\n'),
		sections,
		tables,
		checks: [],
		dropped
	};
	if (report.format === '2008') {
		assignKeys2008(report);
		report.checks = runKeyedRules(report, RULES_2008, (k) => KEY_BY_NAME.get(k)?.name ?? k);
	}
	return { report, problems };
}

function squeezeEdges(line: string): string {
	return line.trim();
}

/** The 2019 regulation's template names its tables by article 20 and counts 新收 applications. */
function detectFormat(text: string): ReportFormat {
	return /第二十条第|本年新收政府信息公开申请数量|结转下年度继续办理/.test(text) ? '2019' : '2008';
}
