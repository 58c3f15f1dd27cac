import { describe, expect, it } from 'vitest';
import { encodePostings, INDEX_FIELDS, shardOf, type Posting } from '../../../src/lib/search/format';
import { bucketOf, PostingSpill, termLine } from '../../../src/lib/server/posting-spill';

/** Made-up postings: a few terms over a few documents, bigrams with positions. */
function sample(): { term: string; fieldId: number; posting: Posting }[] {
	const terms = ['信息', '公开', '申请', '复议', '局', '行政复议', '2019', 'ab', '𠀀字'];
	const out: { term: string; fieldId: number; posting: Posting }[] = [];
	for (let doc = 0; doc < 40; doc++)
		terms.forEach((term, t) => {
			if ((doc + t) % 3 === 0) return;
			const fieldId = (doc + t) % INDEX_FIELDS.length;
			const positional = Array.from(term).length === 2;
			const termFrequency = 1 + ((doc * t) % 3);
			out.push({ term, fieldId, posting: { doc, termFrequency, fieldLength: 10 + t, positions: positional ? Array.from({ length: termFrequency }, (_, k) => k * 4 + t) : null } });
		});
	return out;
}

/** Reports of 10 documents each, as the parse workers hand them over: a line per term and field, documents counted from the report's first. */
function asReports(postings: ReturnType<typeof sample>): { firstDoc: number; blocks: Record<number, string>; count: number }[] {
	const reports = new Map<number, { firstDoc: number; lists: Map<string, Posting[]>; count: number }>();
	for (const { term, fieldId, posting } of postings) {
		const firstDoc = posting.doc - (posting.doc % 10);
		if (!reports.has(firstDoc)) reports.set(firstDoc, { firstDoc, lists: new Map(), count: 0 });
		const report = reports.get(firstDoc)!;
		const key = `${term}\t${fieldId}`;
		if (!report.lists.has(key)) report.lists.set(key, []);
		report.lists.get(key)!.push({ ...posting, doc: posting.doc - firstDoc });
		report.count++;
	}
	return [...reports.values()].map(({ firstDoc, lists, count }) => {
		const blocks: Record<number, string> = {};
		for (const [key, list] of lists) {
			const [term, fieldId] = key.split('\t');
			const bucket = bucketOf(term);
			blocks[bucket] = (blocks[bucket] ?? '') + termLine(term, Number(fieldId), encodePostings(list), list.at(-1)!.doc);
		}
		return { firstDoc, blocks, count };
	});
}

describe('postings spilled to disk', () => {
	it.each([2, 8192])('come back per shard (%i shards), each term in its shard with its lists encoded as the shards hold them', (shardCount) => {
		const spill = new PostingSpill();
		const expected = new Map<string, Posting[][]>();
		for (const { term, fieldId, posting } of sample()) {
			if (!expected.has(term)) expected.set(term, INDEX_FIELDS.map(() => []));
			expected.get(term)![fieldId].push(posting);
		}
		for (const report of asReports(sample())) spill.addReport(report.firstDoc, report.blocks, report.count);
		expect(spill.count).toBe(sample().length);
		const seen = new Map<string, string[]>();
		const shards = new Set<number>();
		try {
			for (const [shard, terms] of spill.shards(shardCount)) {
				shards.add(shard);
				for (const [term, lists] of terms) {
					expect(shardOf(term, shardCount)).toBe(shard);
					seen.set(term, lists);
				}
			}
		} finally {
			spill.close();
		}
		expect(shards.size).toBe(shardCount);
		expect(Object.fromEntries(seen)).toEqual(Object.fromEntries([...expected].map(([term, fields]) => [term, fields.map((list) => encodePostings(list).join(','))])));
	});
});
