import type { Problem, ReportFormat, Section } from '../../types';
import { problem } from '../problems';
import { squeezeSpaces, withoutSpaces } from '../../text/normalize';
import { isChrome } from './chrome';
import { OutlineBuilder, parseHeading, type Heading } from './outline';
import { isPipeLine } from '../tables/2008/table';
import { tableLines } from '../tables/table-lines';
import { isFieldLine } from './meta';
import type { SourceHints, SourceLine } from '../source';
import type { Region, TableKind } from '../tables/2019/tables';
import { namesTableRow } from '../tables/2019/table3-rows';
import { PART_TITLES } from '../../templates/template2019';
import { editDistance } from '../../text/edit-distance';
import { tableRuns } from './table-runs';
import { contentsLines } from './contents';
import { namedTableKind, tableKind } from './table-kinds';
import { tableCaption } from './caption';

/** The lines of one 2008 table: its source lines, the rows where they came as cells, and where it sits. */
export interface PipeBlock {
	lines: string[];
	rows: string[][];
	/** The source line of each line in `lines`. */
	numbers: (number | null)[];
	section: string | null;
	title: string;
}

/** A 2019 table's region and the section whose text keeps the region's lines no table takes. */
export interface HostedRegion {
	region: Region;
	host: Section;
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
 * A part title a line break cut ("三、收到和处理政府信息公开申请" / "情况": PDF text wraps long titles): the
 * next line completes it when together they make one of the template's part titles.
 */
function completedTitle(title: string, next: string | undefined): string | null {
	const whole = withoutSpaces(title + (next ?? ''));
	return next !== undefined && !PART_TITLES.includes(withoutSpaces(title)) && PART_TITLES.includes(whole) ? whole : null;
}

/**
 * Sorts a report's source lines, in order, into page chrome (dropped), headings (the outline), the lines
 * of tables (2008 blocks, 2019 regions), runs no table reader takes (kept as blocks) and paragraphs, with
 * PDF-broken lines joined back. What each line is can depend on what came before it (inside a 2019 region
 * a numbered line is a row, not a part), so the reading state lives here.
 */
export class LineSorter {
	readonly outline = new OutlineBuilder();
	/** Text before the first heading: the title lines and preamble. */
	readonly front: string[] = [];
	readonly dropped: string[];
	readonly pipeBlocks: PipeBlock[] = [];
	readonly regions: HostedRegion[] = [];
	readonly problems: Problem[];
	/** The 2008 table rows given as cells, by line index. */
	private readonly rowLines: Map<number, string[]>;
	/** For each line of a run that reads as a table, the run's first and last line. */
	private readonly runs: Map<number, { from: number; to: number }>;
	/** Lines of a contents list (目录): text, never headings. */
	private readonly contents: Set<number>;
	/** Lines already read as the end of a part title. */
	private readonly taken = new Set<number>();
	private pipe: PipeBlock | null = null;
	private region: Region | null = null;
	private paragraph: string | null = null;
	/** The text line just read, while nothing else has come since: a caption for a table that follows. */
	private lastText: string | null = null;
	/** The run being kept as one block of its section, when no table reader is there to take it. */
	private block: { from: number; to: number; lines: string[] } | null = null;

	constructor(
		private readonly lines: SourceLine[],
		private readonly hints: SourceHints,
		private readonly format: ReportFormat
	) {
		this.dropped = hints.dropped.slice();
		this.problems = (hints.problems ?? []).slice();
		this.rowLines = format === '2008' ? tableLines(lines) : new Map<number, string[]>();
		this.contents = contentsLines(lines);
		// Runs of lines that read as a table no reader took (not the 2008 rows, not a form's table cells) are never headings.
		this.runs = tableRuns(
			lines.map((l) => l.text),
			(i) => this.rowLines.has(i) || !!lines[i].cells || isPipeLine(lines[i].text.trim())
		);
	}

	/** Sorts every line; the results are in the public fields. */
	sortAll(): void {
		for (let index = 0; index < this.lines.length; index++) this.sortLine(this.lines[index], index);
		this.endParagraph();
		this.endBlock();
	}

	private sortLine(line: SourceLine, index: number): void {
		if (this.taken.has(index)) return;
		const trimmed = line.text.trim();
		const run = this.runs.get(index);
		if (!run || this.region) this.endBlock();
		if (run && !this.region) return this.addToBlock(run, trimmed);
		if (trimmed === '') return this.endParagraph();
		if (!line.cells && isChrome(trimmed)) {
			this.dropped.push(trimmed);
			return;
		}
		if (this.addTableRow(line, index, trimmed)) return;
		this.pipe = null;
		this.lastText = null;
		const heading = line.cells || this.contents.has(index) ? null : (parseHeading(trimmed) ?? this.numberLost(trimmed));
		if (heading && this.opensSection(heading)) return this.openSection(heading, index, trimmed);
		if (this.openNamedRegion(line, trimmed, heading)) return;
		if (this.region) {
			this.region.lines.push(line);
			return;
		}
		this.addText(line, trimmed);
	}

	private addToBlock(run: { from: number; to: number }, trimmed: string): void {
		this.endParagraph();
		this.block ??= { from: run.from, to: run.to, lines: [] };
		this.block.lines.push(trimmed);
	}

	/** A run no table reader took stays as its section's text, as it stands, and is named in the problems. */
	private endBlock(): void {
		const block = this.block;
		if (!block) return;
		if (!this.outline.add(block.lines.join('\n'))) for (const l of block.lines) this.front.push(l);
		this.problems.push(problem('table-not-read', { first: block.lines[0], from: block.from + 1, to: block.to + 1 }));
		this.block = null;
	}

	/** A 2008 table's line (a row given as cells, or a scraped pipe line) goes to the table block it continues or opens. */
	private addTableRow(line: SourceLine, index: number, trimmed: string): boolean {
		const row = this.rowLines.get(index);
		const scraped = !line.cells && !row && isPipeLine(trimmed) && this.format === '2008';
		if (!row && !scraped) return false;
		this.endParagraph();
		// A block holds rows given as cells or scraped lines, never both: the other kind starts a new table.
		const pipe = this.pipe && !(row ? this.pipe.lines.length > this.pipe.rows.length : this.pipe.rows.length > 0) ? this.pipe : this.openPipeBlock();
		pipe.lines.push(line.text);
		if (row) pipe.rows.push(row);
		pipe.numbers.push(line.line ?? null);
		this.lastText = null;
		return true;
	}

	private openPipeBlock(): PipeBlock {
		const host = this.outline.current();
		this.pipe = { lines: [], rows: [], numbers: [], section: host?.anchor ?? null, title: tableCaption(this.lastText) ?? host?.title ?? '统计表' };
		this.pipeBlocks.push(this.pipe);
		return this.pipe;
	}

	/**
	 * A scanned part heading whose number OCR lost with its 、 (a 楷体 六、 left as a blot at 150 dpi): a line
	 * that is the template's next part title alone, a sixth of it off at most, right after the part before
	 * it. A title met anywhere else (a table's caption under its part, a contents list) stays text.
	 */
	private numberLost(trimmed: string): Heading | null {
		if (!this.hints.ocr || this.format !== '2019') return null;
		const n = this.outline.lastPart + 1;
		const title = PART_TITLES[n - 1];
		const read = withoutSpaces(trimmed);
		const limit = Math.floor((title?.length ?? 0) / 6);
		if (n < 2 || !title || read.length > title.length || editDistance(read, title, limit) > limit) return null;
		return { level: 1, n, number: `${'一二三四五六'[n - 1]}、`, rest: title };
	}

	/** A heading that opens a part, or a subsection outside a table's region. */
	private opensSection(heading: Heading): boolean {
		// Inside 表三, "四、结转下年度继续办理" is a row (its values may be on the next lines), not part 四.
		const isPart = heading.level === 1 && this.outline.accepts(heading) && !/\d\s*$/.test(heading.rest) && !(this.region && namesTableRow(heading.rest));
		return isPart || (!this.region && this.outline.accepts(heading) && heading.level > 1);
	}

	private openSection(heading: Heading, index: number, trimmed: string): void {
		this.endParagraph();
		const { section, body } = this.outline.open({ level: heading.level, n: heading.n, number: heading.number, rest: squeezeSpaces(heading.rest) });
		this.region = null;
		const is2019Part = this.format === '2019' && heading.level === 1;
		const whole = is2019Part && !body ? completedTitle(section.title, this.lines[index + 1]?.text) : null;
		if (whole) {
			section.title = whole;
			this.taken.add(index + 1);
		}
		if (body) this.addToParagraph(body, trimmed.length, false);
		const kind = is2019Part ? tableKind(section.title) : null;
		if (kind) this.openRegion(kind, section, []);
	}

	/** A line that names a 2019 table (表三, a caption) opens its region in the current section. */
	private openNamedRegion(line: SourceLine, trimmed: string, heading: Heading | null): boolean {
		const named = this.format === '2019' && !line.cells ? namedTableKind(trimmed, heading) : null;
		const host = this.outline.current();
		if (!named || named === this.region?.kind || !host) return false;
		this.endParagraph();
		this.openRegion(named, host, [line]);
		return true;
	}

	private openRegion(kind: TableKind, host: Section, lines: SourceLine[]): void {
		this.region = { kind, section: host.anchor, lines };
		this.regions.push({ region: this.region, host });
	}

	private addText(line: SourceLine, trimmed: string): void {
		const text = squeezeSpaces(line.cells ? line.cells.join(' ') : trimmed);
		this.lastText = text;
		// Before the first heading a field line (发布机关：…) stands alone: it is read as metadata.
		const field = !this.outline.current() && isFieldLine(text);
		if (field) this.endParagraph();
		this.addToParagraph(text, text.length, !!line.cells || field);
	}

	/** Adds text to the paragraph being joined, which ends here unless the line looks cut mid-sentence by a PDF. */
	private addToParagraph(text: string, lineLength: number, standsAlone: boolean): void {
		this.paragraph = this.paragraph === null ? text : this.paragraph + text;
		if (standsAlone || !this.hints.brokenLines || ENDS_PARAGRAPH.test(text) || lineLength < MIN_BROKEN_LINE) this.endParagraph();
	}

	private endParagraph(): void {
		if (this.paragraph !== null && !this.outline.add(this.paragraph)) this.front.push(this.paragraph);
		this.paragraph = null;
	}
}
