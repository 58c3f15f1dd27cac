import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report, Section, TableRow } from '../../src/lib/types';

export const SEED_FILE = resolve('data/reports/hengyang-guotu-2018.txt');
export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(SEED_FILE));
export const seedText = (): string => readFileSync(SEED_FILE, 'utf8');

/** CORPUS_DIR overrides the sibling folder (a clone elsewhere can point at the shared corpus). */
export const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
export const hasCorpus = existsSync(CORPUS_DIR);
export const corpusFile = (name: string): string => resolve(CORPUS_DIR, name);
if (!hasCorpus) console.warn(`nianbao tests: ${CORPUS_DIR} is absent; corpus tests are skipped`);

/** The one row whose label contains `label` (after an optional path filter); fails on none or several. */
export function row(report: Report, label: string, under?: string): TableRow {
	const rows = report.tables
		.flatMap((t) => t.rows)
		.filter((r) => r.label.includes(label) && (!under || r.path.some((p) => p.includes(under))));
	if (rows.length !== 1) throw new Error(`expected one row "${label}"${under ? ` under "${under}"` : ''}, found ${rows.length}`);
	return rows[0];
}

export function walk(sections: Section[]): Section[] {
	return sections.flatMap((s) => [s, ...walk(s.children)]);
}
