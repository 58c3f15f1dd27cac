/**
 * One report read from several forms (a page and its .doc, a PDF and its text, the same text re-encoded):
 * every form is parsed, and the report is made of them all. Each family of tables (the 2008 appendix,
 * 表二, 表三, 表四) is taken from the form that read most of its cells; then every cell takes the reading
 * the template's sums confirm in some form and most forms agree on; forms that read a cell differently
 * are named in the problems with both values. Title, agency and date come from the first form that has
 * them. Pure: works on parsed reports and their values arrays, so per-cell states can join the vote later.
 */
import type { Problem, Report, Section, Table } from '../types';
import { enrich } from '../indicators/assign';
import { problem } from '../ingest/problems';

/** One parsed form of a report: its file and what it gave. */
export interface ParsedForm {
	file: string;
	report: Report;
}

export interface Merged {
	report: Report;
	/** The form whose outline, text and tables-not-taken-elsewhere the report keeps (the best read). */
	base: number;
	/** For each table anchor, the file whose table the report shows (cells may still come from the vote). */
	tableForms: Record<string, string>;
}

const name = (file: string) => file.replace(/^.*[\\/]/, '');
const walk = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...walk(s.children)]);

/** A table's family: the forms are compared family by family, as a reader reads a family or fails it. */
export const familyOf = (report: Report, anchor: string): string => (report.format === '2019' ? anchor.split('-')[0] : 'appendix');

/** The family a problem is about, by its code (and for part-not-found, the table it names); null: the form's own. */
export function problemFamily(p: Problem, format: Report['format']): string | null {
	if (p.code === 'part-not-found') return ({ 表二: 't2', 表三: 't3', 表四: 't4' } as Record<string, string>)[String(p.detail.table)] ?? null;
	const m = /^table([234])-/.exec(p.code);
	if (m) return `t${m[1]}`;
	if (format === '2008' && /^(appendix-|table-|cell-not-a-number|row-cells-run-together)/.test(p.code)) return 'appendix';
	if (format === '2019' && /^(table-|cell-not-a-number|row-cells-run-together)/.test(p.code)) return 't2';
	return null;
}

const readCells = (tables: Table[]) => tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.values.filter((v) => v !== null).length, 0), 0);

/** Cells (by "row anchor|column") that a passing check of the report adds up. */
function confirmedCells(report: Report): Set<string> {
	const out = new Set<string>();
	for (const c of report.checks) {
		if (c.status !== 'pass') continue;
		for (const anchor of [c.total, ...c.parts]) out.add(`${anchor}|${c.column ?? ''}`);
	}
	return out;
}

const cellKey = (table: Table, row: string, col: number) => `${row}|${table.columns.length > 1 ? table.columns[col] : ''}`;

interface Reading {
	value: number;
	forms: number[];
	confirmed: boolean;
}

/** The reading a cell takes: confirmed by sums first, then most forms, then the form the table came from. */
function vote(readings: Reading[], from: number): Reading {
	const rank = (r: Reading) => [Number(r.confirmed), r.forms.length, Number(r.forms.includes(from))];
	return readings.reduce((best, r) => {
		const [a, b] = [rank(r), rank(best)];
		const i = a.findIndex((x, k) => x !== b[k]);
		return i >= 0 && a[i] > b[i] ? r : best;
	});
}

/**
 * The report the forms make together. Forms must already be known to be the same report (same year and
 * agency); the first is the preferred one when forms read equally well.
 */
export function mergeForms(forms: ParsedForm[]): Merged {
	const reports = forms.map((f) => f.report);
	const families = (r: Report) => new Set(r.tables.map((t) => familyOf(r, t.anchor)));
	const inFamily = (r: Report, fam: string) => r.tables.filter((t) => familyOf(r, t.anchor) === fam);
	const score = reports.map((r) => readCells(r.tables));
	const base = score.reduce((best, s, i) => (s > score[best] ? i : best), 0);
	const report: Report = structuredClone(reports[base]);
	const tableForms: Record<string, string> = {};
	if (forms.length === 1) {
		for (const t of report.tables) tableForms[t.anchor] = forms[0].file;
		return { report, base, tableForms };
	}
	const confirmed = reports.map(confirmedCells);
	// Each form's rows by table and row anchor (anchors are unique in a report): a lookup per cell, not a search.
	const rowsOf = reports.map((r) => new Map(r.tables.flatMap((t) => t.rows.map((row) => [`${t.anchor}|${row.anchor}`, { table: t, row }] as const))));
	const sectionTitles = new Map(walk(report.sections).map((s) => [s.title, s.anchor]));
	const baseAnchors = new Set(sectionTitles.values());
	const allFamilies = [...new Set(reports.flatMap((r) => [...families(r)]))];
	const tables: Table[] = [];
	// The base form's own problems; and every form's disagreements (a form may itself be a report already made of several files).
	const problems: Problem[] = report.problems.filter((p) => problemFamily(p, report.format) === null && p.code !== 'forms-disagree');
	const seen = new Set<string>();
	for (const r of reports) for (const p of r.problems) if (p.code === 'forms-disagree' && !seen.has(p.message) && seen.add(p.message)) problems.push(p);
	for (const fam of allFamilies) {
		const counts = reports.map((r) => (r.format === report.format ? readCells(inFamily(r, fam)) : -1));
		// The form that read most of the family gives its tables; on a tie, the base form.
		let from = base;
		counts.forEach((n, i) => {
			if (n > counts[from]) from = i;
		});
		const chosen = structuredClone(inFamily(reports[from], fam));
		for (const p of reports[from].problems) if (problemFamily(p, report.format) === fam) problems.push(p);
		for (const table of chosen) {
			tableForms[table.anchor] = forms[from].file;
			// A table from another form stands in the base's section of the same title (its outline may number it otherwise).
			if (from !== base && table.section && !baseAnchors.has(table.section)) {
				const title = walk(reports[from].sections).find((x) => x.anchor === table.section)?.title;
				table.section = (title && sectionTitles.get(title)) ?? null;
			}
			for (const row of table.rows) {
				row.values = row.values.map((value, col) => {
					const readings: Reading[] = [];
					reports.forEach((r, i) => {
						const found = r.format === report.format ? rowsOf[i].get(`${table.anchor}|${row.anchor}`) : undefined;
						// Cells compare only where the forms name the same columns (a form that lost a column is no witness for it).
						const columns = found?.table.columns ?? [];
						const at = columns.length === table.columns.length ? col : columns.indexOf(table.columns[col]);
						const v = found && at >= 0 ? found.row.values[at] : undefined;
						if (v === null || v === undefined) return;
						const known = readings.find((x) => x.value === v);
						const sure = confirmed[i].has(cellKey(table, row.anchor, col));
						if (known) {
							known.forms.push(i);
							known.confirmed ||= sure;
						} else readings.push({ value: v, forms: [i], confirmed: sure });
					});
					if (readings.length === 0) return value;
					const pick = vote(readings, from);
					if (readings.length > 1)
						problems.push(
							problem('forms-disagree', {
								table: table.title,
								row: row.label,
								column: table.columns[col] ?? '',
								chosen: pick.value,
								readings: readings.map((x) => ({ value: x.value, files: x.forms.map((i) => name(forms[i].file)) }))
							})
						);
					return pick.value;
				});
			}
		}
		for (const t of chosen) tables.push(t);
	}
	// Tables in the order the base form has them, then those only other forms read.
	const order = (t: Table) => {
		const i = report.tables.findIndex((b) => b.anchor === t.anchor);
		return i < 0 ? report.tables.length : i;
	};
	report.tables = tables.sort((a, b) => order(a) - order(b));
	report.problems = problems;
	for (const key of ['title', 'agency', 'published'] as const) {
		if (report[key] === null || report[key] === '') {
			const found = reports.find((r) => r[key] !== null && r[key] !== '')?.[key];
			if (found) (report as unknown as Record<string, unknown>)[key] = found;
		}
	}
	report.year ??= reports.find((r) => r.year !== null)?.year ?? null;
	if (report.format === '2019') report.template ??= reports.find((r) => r.template !== null)?.template ?? null;
	return { report: enrich(report), base, tableForms };
}
