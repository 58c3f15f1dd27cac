/**
 * A table row's label as OCR read it, matched to the labels the templates print, so a misread character or
 * two (an OCR'd 案耸 is 案卷) does not lose the row: the template's label whose characters are closest
 * (edit distance at most a quarter of its length) replaces the reading. A label no template prints close
 * enough (an agency's own row) is kept as read.
 */
import { TABLE3, TABLE4 } from '../../../templates/template2019';
import { TEMPLATE_2008 } from '../../../templates/template2008';
import { normalizeText } from '../../../text/normalize';

/** Only the characters that carry the label: no spaces, brackets, numbering punctuation or quotes. */
const core = (s: string) => normalizeText(s).replace(/[\s()（）、.．,，:：;；“”"'《》\-—|]/g, '');

const LABELS = [...new Set([...TABLE3.template2021, ...TABLE3.trial2019, ...TABLE4].map((r) => r.label).concat(TEMPLATE_2008.map((r) => r.label)))].map((label) => ({ label, core: core(label) }));

/** Levenshtein distance, given up (Infinity) once it must exceed `limit`: bounded by the labels' length. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return Infinity;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, cur[j]);
		}
		if (best > limit) return Infinity;
		prev = cur;
	}
	return prev[b.length];
}

/** The template's label for an OCR'd one, or the reading itself when none is close (or two are equally close). */
export function templateLabel(read: string): string {
	const c = core(read);
	if (c.length < 2) return read;
	let best: { label: string; d: number } | null = null;
	let tie = false;
	for (const l of LABELS) {
		const limit = Math.floor(l.core.length / 4);
		const d = editDistance(c, l.core, limit);
		if (d > limit) continue;
		if (!best || d < best.d) [best, tie] = [{ label: l.label, d }, false];
		else if (d === best.d && l.core !== c) tie = true;
	}
	return best && !tie ? best.label : read;
}
