import { normalizeText } from '../../src/lib/text/normalize';
import type { Report } from '../../src/lib/types';
import { walk } from './seed';

/** Letters and digits only: what must survive parsing, whatever happens to spaces and punctuation. */
export const letters = (s: string): string => normalizeText(s).replace(/[^\p{L}\p{N}]/gu, '');

/** Every place the parser puts input text: title lines, preamble, sections, table sources, dropped lines. */
export function outputPieces(report: Report): string[] {
	return [
		...report.titleLines,
		report.preamble,
		...walk(report.sections).map((s) => `${s.number}${s.title}\n${s.text}`),
		...report.tables.map((t) => t.source),
		...report.dropped
	];
}

/** Input lines whose letters appear nowhere in the output (for inputs small enough to search). */
export function lostLines(input: string, report: Report): string[] {
	const hay = outputPieces(report).map(letters).join('\u0000');
	return input.split(/\r\n|\r|\n/).filter((l) => letters(l) !== '' && !hay.includes(letters(l)));
}

/** Letter counts in and out: equal when no text was lost and none was duplicated. */
export function letterBalance(input: string, report: Report): { input: number; output: number } {
	return { input: letters(input).length, output: outputPieces(report).reduce((n, p) => n + letters(p).length, 0) };
}
