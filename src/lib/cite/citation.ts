/**
 * Citations of a report or a part of it (section, table, row, cell), as a GB/T 7714-2015 reference to
 * an electronic resource: 主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 访问路径.
 * Pure: the page decides the date: the build's in the static page (what a reader without JavaScript
 * gets), the reader's own once scripts run.
 */
import type { Table, TableRow } from '../types';
import { absolute } from '../urls';

export interface CitedReport {
	agency: string | null;
	title: string;
	year: number | null;
	published: string | null;
}

/** Said after an address that is not absolute: the build named no SITE_ORIGIN, so the page cannot know its host. */
export const RELATIVE_NOTE = '（相对地址，须在前面加上本站网址）';

/** The address cited: absolute on the site's origin, else the path and a note saying it is relative. */
export const citedAddress = (path: string, origin: string | null): string => (origin ? absolute(path, origin) : `${path}${RELATIVE_NOTE}`);

/** The title, with the year added when the title does not already say it. */
function titleWithYear(report: CitedReport): string {
	const title = report.title.trim();
	return report.year !== null && !title.includes(String(report.year)) ? `${title}（${report.year}年度）` : title;
}

/**
 * The reference lines of one report accessed on one date: what they share is put together once, so a
 * table's hundreds of cells cost a concatenation each. The returned function takes the part cited (null
 * for the whole report) and its address (see citedAddress).
 */
export function citer(report: CitedReport, accessed: string): (part: string | null, address: string) => string {
	const who = report.agency?.trim() ? `${report.agency.trim()}. ` : '';
	const title = titleWithYear(report);
	const after = `[EB/OL]. ${report.published ? `(${report.published})` : ''}[${accessed}]. `;
	return (part, address) => `${who}${part ? `${title}：${part}` : title}${after}${address}.`;
}

/** One reference line; `part` names the section, table, row or cell cited, null for the whole report. */
export const citation = (report: CitedReport, part: string | null, address: string, accessed: string): string => citer(report, accessed)(part, address);

/** A section as cited: its number and title as printed ("三、行政复议和诉讼情况"). */
export const sectionPart = (number: string, title: string): string => `${number}${title}`.trim();

/** A row's place in its table: the table, the rows above it and its label ("附表 › 二、行政复议数量"). */
export const rowPart = (table: Pick<Table, 'title'>, row: Pick<TableRow, 'path' | 'label'>): string =>
	[table.title, ...row.path, row.label].map((s) => s.trim()).filter(Boolean).join(' › ');

/**
 * One value cell: its row, the column (when the table has more than one) and the value as printed, so
 * the reference says what it vouches for ("… › 行政复议（总计）：21件"; a blank cell reads 未填报, a cell the
 * portal could not read 未读出).
 */
export function cellPart(table: Pick<Table, 'title' | 'columns'>, row: Pick<TableRow, 'path' | 'label' | 'unit' | 'values' | 'states'>, columnIndex: number): string {
	const column = table.columns.length > 1 ? `（${table.columns[columnIndex]}）` : '';
	const value = row.values[columnIndex];
	// A cell the portal could not read is never cited as the agency's blank.
	const none = row.states?.[columnIndex] === 'unread' ? '未读出（本站未能读出此格）' : '未填报';
	return `${rowPart(table, row)}${column}：${value === null || value === undefined ? none : `${value}${row.unit ?? ''}`}`;
}

/** Today's date where the reader is, as YYYY-MM-DD. */
export function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What every 引用 control of a report page needs besides its part: the report and where the site lives. */
export interface CiteContext {
	report: CitedReport;
	reportId: string;
	/** SITE_ORIGIN, or null when the build did not name one. */
	origin: string | null;
	/** The day the site was built (YYYY-MM-DD): the access date of a citation read without JavaScript. */
	built: string;
}
