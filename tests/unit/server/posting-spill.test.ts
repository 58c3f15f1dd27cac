import { describe, expect, it } from 'vitest';
import { encodePostings, INDEX_FIELDS, shardOf, type Posting } from '../../../src/lib/search/format';
import { bucketOf, PostingSpill, termLine } from '../../../src/lib/server/posting-spill';

/** Made-up postings: a few terms over a few reports. */
function sample(): { term: string; fieldId: number; posting: Posting }[] {
	const terms = ['信息', '公开', '申请', '复议', '局', '行政复议', '2019', 'ab', '𠀀字'];
	const out: { term: string; fieldId: number; posting: Posting }[] = [];
	for (let report = 0; report < 40; report++)
		terms.forEach((term, t) => {
			if ((report + t) % 3 === 0) return;
			out.push({ term, fieldId: (report + t) % INDEX_FIELDS.length, posting: { report, termFrequency: 1 + ((report * t) % 3) } });
		});
	return out;
}

/** Blocks of 10 reports each (the spill takes any number per block; the build hands it one): a line per term and field, reports counted from the block's first. */
function asReports(postings: ReturnType<typeof sample>): { firstDoc: number; blocks: Record<number, string>; count: number }[] {
	const reports = new Map<number, { firstDoc: number; lists: Map<string, Posting[]>; count: number }>();
	for (const { term, fieldId, posting } of postings) {
		const firstDoc = posting.report - (posting.report % 10);
		if (!reports.has(firstDoc)) reports.set(firstDoc, { firstDoc, lists: new Map(), count: 0 });
		const report = reports.get(firstDoc)!;
		const key = `${term}\t${fieldId}`;
		if (!report.lists.has(key)) report.lists.set(key, []);
		report.lists.get(key)!.push({ ...posting, report: posting.report - firstDoc });
		report.count++;
	}
	return [...reports.values()].map(({ firstDoc, lists, count }) => {
		const blocks: Record<number, string> = {};
		for (const [key, list] of lists) {
			const [term, fieldId] = key.split('\t');
			const bucket = bucketOf(term);
			blocks[bucket] = (blocks[bucket] ?? '') + termLine(term, Number(fieldId), encodePostings(list), list.at(-1)!.report);
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
