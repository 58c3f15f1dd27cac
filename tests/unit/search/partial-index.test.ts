import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { INDEX_FIELDS } from '../../../src/lib/search/format';
import { MINISEARCH_OPTIONS, rankReports } from '../../../src/lib/search/ranking';
import { queryParts } from '../../../src/lib/search/tokenize';
import { reportTerms } from '../../../src/lib/server/search-docs';
import type { Report } from '../../../src/lib/types';
import { browserEngine, corpusReports, seedReport } from '../../helpers/search';

/** The seed, the corpus when present, and made-up variants of the seed: fewer sections, another agency, a title of its own. */
function reports(): Report[] {
	const seed = seedReport();
	return [
		seed,
		...corpusReports(),
		{ ...seed, id: 'fewer', sections: seed.sections.slice(0, 3), tables: [] },
		{ ...seed, id: 'other', agency: '某县不动产登记中心', sections: seed.sections.slice(4) },
		{ ...seed, id: 'titled', agency: null, title: '行政复议和行政诉讼情况专题报告', preamble: '行政复议 行政复议 行政诉讼', sections: [], tables: [] }
	];
}

/** The trivially correct model: one MiniSearch holding every report, each field given as its terms with their frequencies. */
function wholeIndex(list: Report[]): MiniSearch {
	const whole = new MiniSearch({ ...MINISEARCH_OPTIONS, tokenize: (text) => text.split(' ').filter(Boolean), extractField: (doc, field) => doc[field] });
	whole.addAll(
		list.map((r, id) => {
			const { fields } = reportTerms(r);
			const doc: Record<string, unknown> = { id };
			INDEX_FIELDS.forEach((name, fieldId) => (doc[name] = [...fields[fieldId]].flatMap(([term, n]) => Array(n).fill(term)).join(' ')));
			return doc;
		})
	);
	return whole;
}

const list = reports();
const whole = wholeIndex(list);
const { engine } = await browserEngine(list);
const texts = list.flatMap((r) => [r.title, ...r.sections.map((s) => s.text)]).join('');

describe(`the first level ranks reports as MiniSearch over every report would (${list.length} reports)`, () => {
	it.each(['行政复议', '不动产登记', '信息公开', '政府信息公开指南', '行政 诉讼', '局', '复议诉讼专题'])('gives “%s” the same reports, scores and order', async (q) => {
		const sharded = await engine.search(q);
		const model = rankReports(whole, queryParts(q));
		expect(sharded.mode).toBe(model.mode);
		expect(sharded.reports.map((r) => r.report)).toEqual(model.reports.map((r) => r.report));
		sharded.reports.forEach((r, i) => expect(r.score).toBeCloseTo(model.reports[i].score, 9));
	});

	it('holds for random stretches of the reports’ text', async () => {
		const chars = [...texts];
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: chars.length - 9 }), fc.integer({ min: 1, max: 8 }), async (at, len) => {
				const q = chars.slice(at, at + len).join('');
				const sharded = await engine.search(q);
				const model = rankReports(whole, queryParts(q));
				expect(sharded.reports.map((r) => r.report)).toEqual(model.reports.map((r) => r.report));
				sharded.reports.forEach((r, i) => expect(r.score).toBeCloseTo(model.reports[i].score, 9));
			}),
			{ numRuns: 200 }
		);
	});
});
