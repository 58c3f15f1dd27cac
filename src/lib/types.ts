/** The data model: what the parser produces and every page, endpoint and download is built from. */

export type ReportFormat = '2008' | '2019';

export interface Section {
	/** Outline-derived element id: 一、 → s1, 一、(二) → s1-2, 四、2、 → s4-2. */
	anchor: string;
	/** The outline number as printed, normalised: "一、", "(二)", "1、". */
	number: string;
	title: string;
	/** The section's own text (not its children's), paragraphs separated by "\n". */
	text: string;
	children: Section[];
}

export interface TableRow {
	/** Element id, unique in the report: t1-r3-1-2 is table 1, row 三、(一)2. */
	anchor: string;
	/** Labels of the rows above this one in the hierarchy, outermost first. */
	path: string[];
	label: string;
	/** Null for group headers and where the source gives none. */
	unit: string | null;
	/** One per column; a blank cell is null, never 0. */
	values: (number | null)[];
	/**
	 * One per column: `read` (the document gives this number), `blank` (its cell is empty or a dash) or
	 * `unread` (the portal could not read it; the report's problems say why). Every parsed report has them.
	 */
	states?: CellState[];
	/** One per column: the 1-based line of source.txt a read value stands on (null where none is known). */
	lines?: (number | null)[];
	/** A row that only groups the rows under it (its value cell is "—" or it has none). */
	header?: boolean;
	/** Canonical indicator key of each value (see indicators/keys.ts), where the template defines one. */
	keys?: (string | null)[];
	/** Template key of each value (see indicators/template-keys.ts): every cell of a non-header row has one. */
	templateKeys?: string[];
}

/** What the portal knows of one cell: a number, the document's blank, or nothing it could read. */
export type CellState = 'read' | 'blank' | 'unread';

/** How many of a table's (or a report's) template cells were read, blank or not read. */
export interface CellCounts {
	cells: number;
	read: number;
	blank: number;
	unread: number;
}

export interface Table {
	anchor: string;
	title: string;
	/** Names of the value columns. */
	columns: string[];
	rows: TableRow[];
	/** Anchor of the section the table is printed in. */
	section: string | null;
	/** The table's lines exactly as they stand in the source, so nothing is lost. */
	source: string;
	/** Whether the portal made this table from the template because the document's could not be read (every cell `unread`). */
	unread?: boolean;
	/** Read by OCR from a picture (a scanned page): its values are published only where confirmed (ocr-verify.ts). */
	ocr?: true;
}

export type CheckStatus = 'pass' | 'fail' | 'unverifiable';

export interface Check {
	id: string;
	status: CheckStatus;
	/** sum: total = sum of parts; subset: a 其中 row is at most its total. */
	relation: 'sum' | 'subset';
	description: string;
	/** Anchor of the total's row, and of the rows that should add up to it. */
	total: string;
	parts: string[];
	/** The parts taken away rather than added (一 + 二 = (七)总计 + 四 is checked as 七 = 一 + 二 − 四). */
	subtracted?: string[];
	/** For tables with several value columns: the column checked. */
	column?: string;
	/** sum: the sum of the parts; subset: the total (an upper bound). */
	expected: number | null;
	/** sum: the total as reported; subset: the part as reported. */
	actual: number | null;
	/** Why the template implies this relation. */
	reason: string;
}

/** One thing the parser could not read with confidence (worded in ingest/problems.ts). */
export interface Problem {
	/** Stable and English, for data users: the kind of problem (`cell-not-a-number`, …). */
	code: string;
	/** The problem in a Chinese sentence, as the report's page lists it. */
	message: string;
	/** What the sentence was made from: the table, row, text or counts it names. */
	detail: Record<string, unknown>;
}

export interface Report {
	id: string;
	title: string;
	agency: string | null;
	/** The year reported on, not the year published. */
	year: number | null;
	published: string | null;
	format: ReportFormat;
	/** For the 2019 format: which template its tables follow, the 2019 trial or the 2021 one (null if unknown). */
	template: '2019' | '2021' | null;
	/** Text before the first heading that is not the title or date (编制说明 and the like). */
	preamble: string;
	/** The lines before the first heading that were read as title, agency and date, verbatim. */
	titleLines: string[];
	sections: Section[];
	tables: Table[];
	checks: Check[];
	/** Lines removed as page chrome (扫一扫…, 字号, 当前位置 …), verbatim. */
	dropped: string[];
	/**
	 * What the parser could not read with confidence: bytes that were not valid text, a table that could
	 * not be placed, a row left blank because its cells ran together. The report is still published;
	 * these say where to look.
	 */
	problems: Problem[];
	/**
	 * Where the agency published it, from the reports folder's sources.csv: set by the site when the report
	 * is published (never by the parser), null or absent when the folder does not say.
	 */
	source?: ReportSource | null;
	/**
	 * Ids of other reports of the same agency and year whose numbers differ (a corrected re-issue, a draft):
	 * set by the site when the report is published, absent when there are none.
	 */
	versions?: string[];
	/** The page's address as a crawler's header block names it (原文链接): the source URL where no sidecar gives one. */
	crawledUrl?: string;
}

/** A report's original URL at the agency and the date it was retrieved (YYYY-MM-DD, or null). */
export interface ReportSource {
	url: string;
	retrieved: string | null;
}
