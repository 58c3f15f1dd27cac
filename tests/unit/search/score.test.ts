import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { decodePostings, encodePostings, FIELD_ID, INDEX_FIELDS, type Posting } from '../../../src/lib/search/format';
import type { TermPostings } from '../../../src/lib/search/postings';
import { scoreDocs, type FieldBoost } from '../../../src/lib/search/score';

type Doc = Record<(typeof INDEX_FIELDS)[number], string> & { id: number };

const split = (s: string) => (s === '' ? [] : s.split(' '));

/**
 * The docs' postings, encoded and decoded as the engine gets them, with MiniSearch's field length
 * (distinct terms), so the comparison is of the scoring alone.
 */
function postingsOf(docs: Doc[]): Map<string, TermPostings> {
	const raw = new Map<string, Posting[][]>();
	for (const d of docs)
		for (const field of INDEX_FIELDS) {
			const terms = split(d[field]);
			const counts = new Map<string, number>();
			for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
			for (const [term, termFrequency] of counts) {
				if (!raw.has(term)) raw.set(term, INDEX_FIELDS.map(() => []));
				raw.get(term)![FIELD_ID[field]].push({ doc: d.id, termFrequency, fieldLength: counts.size, positions: null });
			}
		}
	return new Map([...raw].map(([term, fields]) => [term, fields.map((list) => (list.length ? decodePostings(encodePostings(list), false) : null))]));
}

const TERMS = ['信息', '公开', '申请', '复议', '诉讼', '局'];
const field = fc.array(fc.constantFrom(...TERMS), { maxLength: 12 }).map((ts) => ts.join(' '));
const corpus = fc.array(fc.record({ titleWords: field, titleGrams: field, bodyWords: field, bodyGrams: field, synonymGrams: field }), { minLength: 1, maxLength: 25 });
const query = fc.uniqueArray(fc.constantFrom(...TERMS, '火星'), { minLength: 1, maxLength: 4 });

describe('scoring', () => {
	it('gives every document the very score MiniSearch gives it, for AND and OR over boosted fields', () => {
		const fields: FieldBoost[] = [
			{ fieldId: FIELD_ID.titleGrams, boost: 3 },
			{ fieldId: FIELD_ID.bodyGrams, boost: 1 },
			{ fieldId: FIELD_ID.synonymGrams, boost: 1 }
		];
		const boost = Object.fromEntries(fields.map((f) => [INDEX_FIELDS[f.fieldId], f.boost]));
		fc.assert(
			fc.property(corpus, query, fc.constantFrom('AND' as const, 'OR' as const), (records, terms, combineWith) => {
				const docs = records.map((r, id) => ({ ...r, id }));
				const mini = new MiniSearch<Doc>({ fields: [...INDEX_FIELDS], tokenize: split, processTerm: (t) => t });
				mini.addAll(docs);
				const expected = new Map(mini.search(terms.join(' '), { fields: Object.keys(boost), boost, combineWith }).map((r) => [r.id as number, r.score]));
				const stats = { documentCount: docs.length, averageFieldLength: mini.toJSON().averageFieldLength };
				const byTerm = postingsOf(docs);
				const ids = [...expected.keys()].sort((a, b) => a - b);
				const scores = scoreDocs(ids, terms, fields, (t) => byTerm.get(t), stats);
				expect(Object.fromEntries(ids.map((id, i) => [id, scores[i]]))).toEqual(Object.fromEntries(expected));
			}),
			{ numRuns: 300 }
		);
	});

	it('scores 0 a document that holds none of the terms', () => {
		const docs = [{ id: 0, titleWords: '', titleGrams: '信息', bodyWords: '', bodyGrams: '', synonymGrams: '' }];
		const byTerm = postingsOf(docs);
		const scores = scoreDocs([0], ['复议'], [{ fieldId: FIELD_ID.titleGrams, boost: 3 }], (t) => byTerm.get(t), { documentCount: 1, averageFieldLength: [0, 1, 0, 0, 0] });
		expect([...scores]).toEqual([0]);
	});
});
