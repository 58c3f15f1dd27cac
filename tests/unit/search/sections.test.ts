import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { prepareSections, rankSections, ROW_WEIGHT, SECTION_FIELDS } from '../../../src/lib/search/sections';
import { indexGrams, queryGrams, queryParts } from '../../../src/lib/search/tokenize';
import type { ReportStore } from '../../../src/lib/search/format';
import { searchDocs } from '../../../src/lib/server/search-docs';
import { seedReport } from '../../helpers/search';

const store: ReportStore = searchDocs(seedReport()).map((d) => [d.anchor, d.kind, d.title, d.path, d.text, d.synonyms]);
const prepared = prepareSections(store);

/** The trivially correct model: MiniSearch over every section of the report, every term indexed. */
const whole = new MiniSearch({ fields: [...SECTION_FIELDS], tokenize: indexGrams, searchOptions: { tokenize: (t) => [t], processTerm: (t) => t } });
whole.addAll(store.map(([, , title, , text, synonyms], id) => ({ id, title, text, synonyms: synonyms ?? '' })));
const options = { boost: { title: 3 }, boostDocument: (id: number) => (store[id][1] === 'r' ? ROW_WEIGHT : 1) };
const model = (q: string) => {
	const grams = [...new Set(queryParts(q).flatMap(queryGrams))];
	const and = whole.search({ combineWith: 'AND', queries: grams }, options);
	return and.length ? and : whole.search({ combineWith: 'OR', queries: grams }, options);
};

describe('the second level ranks a report’s sections as MiniSearch over the whole report would', () => {
	it('gives random stretches of the seed’s text the same sections and scores', () => {
		const chars = [...store.map((d) => d[4]).join('')];
		fc.assert(
			fc.property(fc.integer({ min: 0, max: chars.length - 9 }), fc.integer({ min: 1, max: 8 }), (at, len) => {
				const q = chars.slice(at, at + len).join('');
				const ours = new Map(rankSections(prepared, queryParts(q)).sections.map((s) => [s.doc, s.score]));
				const theirs = model(q);
				expect([...ours.keys()].sort((a, b) => a - b)).toEqual(theirs.map((r) => r.id as number).sort((a, b) => a - b));
				for (const r of theirs) expect(ours.get(r.id)).toBeCloseTo(r.score, 9);
			}),
			{ numRuns: 300 }
		);
	});

	it('puts the sections containing the query whole first, then the others by score', () => {
		const { sections } = rankSections(prepared, queryParts('申请公开'));
		const firstPartial = sections.findIndex((s) => !s.exact);
		expect(sections[0].exact).toBe(true);
		if (firstPartial >= 0) expect(sections.slice(firstPartial).every((s) => !s.exact)).toBe(true);
		for (let i = 1; i < sections.length; i++) if (sections[i].exact === sections[i - 1].exact) expect(sections[i].score).toBeLessThanOrEqual(sections[i - 1].score);
	});

	it('puts the section about the query before a table row whose short label names it', () => {
		// 六、复议、诉讼和申诉情况 discusses 复议; the 表一 row 四、行政复议数量 is its figure.
		const { sections } = rankSections(prepared, queryParts('复议'));
		expect(sections.map((s) => store[s.doc][0]).slice(0, 2)).toEqual(['s6', 't1-r4']);
	});
});
