import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { Report, Section } from '../types';
import { ftsTerms } from './search-fts';
import { AGENCY_FIELDS } from '../data/agencies';
import { KEY_FIELDS } from '../data/keys';
import { CHECK_FIELDS, INDICATOR_FIELDS, REPORT_FIELDS, names } from '../data/tidy';

/**
 * /data/nianbao.sqlite: the whole portal for SQL (and Datasette). The same records as the CSVs, so the two agree
 * cell for cell, plus every section's text with an FTS5 index of its substrings of up to four characters and its
 * longer words, separated by spaces (see search-fts.ts): MATCH '行政复议' works in any SQLite client and in
 * Datasette's search box without a Chinese tokenizer. Written to a scratch file, then copied with VACUUM INTO, so the file holds no free pages or
 * journal state and two builds of the same reports give the same bytes.
 */
type Fields = readonly (readonly [string, string, string])[];

// NUMERIC keeps whole numbers as integers and 7730.28 as a real, as the CSV writes them.
const SQL_TYPE: Record<string, string> = { string: 'TEXT', integer: 'INTEGER', number: 'NUMERIC', date: 'TEXT' };
const quote = (name: string) => `"${name}"`;
const columnsOf = (fields: Fields, notNull: string[] = []) =>
	fields.map(([name, type]) => `${quote(name)} ${SQL_TYPE[type]}${notNull.includes(name) ? ' NOT NULL' : ''}`).join(', ');

const SCHEMA = `
CREATE TABLE agencies (${columnsOf(AGENCY_FIELDS, ['id', 'name'])}, PRIMARY KEY (id));
CREATE TABLE keys (${columnsOf(KEY_FIELDS, ['template_key', 'format'])}, PRIMARY KEY (template_key));
CREATE TABLE reports (${columnsOf(REPORT_FIELDS, ['id', 'agency_id', 'format'])}, PRIMARY KEY (id), FOREIGN KEY (agency_id) REFERENCES agencies (id));
CREATE TABLE sections (id INTEGER PRIMARY KEY, report_id TEXT NOT NULL REFERENCES reports (id), anchor TEXT NOT NULL, parent_anchor TEXT, position INTEGER NOT NULL, number TEXT, title TEXT, text TEXT, UNIQUE (report_id, anchor));
CREATE TABLE cells (${columnsOf(INDICATOR_FIELDS, ['report_id', 'agency_id', 'template_key', 'format'])}, PRIMARY KEY (report_id, template_key),
	FOREIGN KEY (report_id) REFERENCES reports (id), FOREIGN KEY (agency_id) REFERENCES agencies (id), FOREIGN KEY (template_key) REFERENCES keys (template_key));
CREATE TABLE checks (${columnsOf(CHECK_FIELDS, ['report_id', 'check_id', 'column'])}, PRIMARY KEY (report_id, check_id, "column"), FOREIGN KEY (report_id) REFERENCES reports (id));
CREATE VIRTUAL TABLE sections_fts USING fts5(terms, content='', detail=none, tokenize='unicode61');
CREATE INDEX cells_key ON cells ("key", year);
CREATE INDEX cells_agency ON cells (agency_id, year);
CREATE INDEX cells_year ON cells (year);
CREATE INDEX reports_agency ON reports (agency_id, year);
CREATE INDEX checks_status ON checks (status);
CREATE INDEX agencies_division ON agencies (division_code);
`;

type Row = Record<string, unknown>;

function insertStatement(db: Database.Database, table: string, fields: Fields) {
	const cols = names(fields);
	const statement = db.prepare(`INSERT INTO ${table} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
	return (row: Row) => statement.run(cols.map((c) => row[c] ?? null));
}

function flatten(sections: Section[], parent: string | null, out: { section: Section; parent: string | null }[] = []) {
	for (const section of sections) {
		out.push({ section, parent });
		flatten(section.children, section.anchor, out);
	}
	return out;
}

export interface DatabaseWriter {
	addReport(report: Report, records: { report: Row; cells: Row[]; checks: Row[] }): void;
	/** Agencies and keys are known only once every report is read; then the file is compacted into place. */
	finish(agencies: Row[], keys: Row[]): void;
}

export function openDatabase(scratch: string, target: string): DatabaseWriter {
	rmSync(scratch, { force: true });
	const db = new Database(scratch);
	db.pragma('journal_mode = OFF');
	db.pragma('synchronous = OFF');
	// Agencies and keys are inserted last; the keys are checked once everything is in (foreign_key_check).
	db.pragma('foreign_keys = OFF');
	db.exec(SCHEMA);
	const insert = {
		report: insertStatement(db, 'reports', REPORT_FIELDS),
		cell: insertStatement(db, 'cells', INDICATOR_FIELDS),
		check: insertStatement(db, 'checks', CHECK_FIELDS),
		agency: insertStatement(db, 'agencies', AGENCY_FIELDS),
		key: insertStatement(db, 'keys', KEY_FIELDS),
		section: db.prepare('INSERT INTO sections (report_id, anchor, parent_anchor, position, number, title, text) VALUES (?, ?, ?, ?, ?, ?, ?)'),
		fts: db.prepare('INSERT INTO sections_fts (rowid, terms) VALUES (?, ?)')
	};
	const addReport = db.transaction((report: Report, records: { report: Row; cells: Row[]; checks: Row[] }) => {
		insert.report(records.report);
		records.cells.forEach(insert.cell);
		records.checks.forEach(insert.check);
		flatten(report.sections, null).forEach(({ section, parent }, position) => {
			const { lastInsertRowid } = insert.section.run(report.id, section.anchor, parent, position, section.number, section.title, section.text);
			insert.fts.run(lastInsertRowid, ftsTerms(`${section.title}\n${section.text}`));
		});
	});
	return {
		addReport,
		finish(agencies, keys) {
			db.transaction(() => {
				agencies.forEach(insert.agency);
				keys.forEach(insert.key);
			})();
			const problems = db.pragma('foreign_key_check') as unknown[];
			if (problems.length) throw new Error(`nianbao: ${target}: ${problems.length} rows break a foreign key, e.g. ${JSON.stringify(problems[0])}`);
			rmSync(target, { force: true });
			db.prepare('VACUUM INTO ?').run(target);
			db.close();
			rmSync(scratch, { force: true });
		}
	};
}
