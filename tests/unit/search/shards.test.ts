import { describe, expect, it } from 'vitest';
import {
	catalogueFile,
	decodePostings,
	encodePostings,
	lengthsFile,
	SHARD_LIST,
	shardListFile,
	shardOf,
	termFile,
	storeFile,
	type Manifest
} from '../../../src/lib/search/format';
import { queryGrams } from '../../../src/lib/search/tokenize';
import { facet } from '../../../src/lib/search/facets';
import { wellFormed } from '../../../src/lib/search/query-text';
import { queryTerms } from '../../../src/lib/search/ranking';
import { browserEngine, searchAll, seedReport } from '../../helpers/search';

const manifestOf = (files: Map<string, string>) => JSON.parse([...files].find(([name]) => name.startsWith('manifest-'))![1]) as Manifest;

describe('the sharded index', () => {
	it('round-trips posting lists of reports and term frequencies', () => {
		const postings = [
			{ report: 3, termFrequency: 2 },
			{ report: 10, termFrequency: 1 },
			{ report: 11, termFrequency: 40 }
		];
		expect(encodePostings(postings)).toEqual([3, 2, 7, 1, 1, 40]);
		expect(decodePostings(encodePostings(postings))).toEqual(postings);
	});

	it('puts a word in the shard of its first bigram, so a query needs one shard per bigram', () => {
		for (const n of [1, 16, 1024]) expect(shardOf('行政复议', n)).toBe(shardOf('行政', n));
	});

	it('ranks reports from the shards of the query’s terms and the field lengths alone; a shown report costs its catalogue file and store', async () => {
		const { engine, files, fetched } = await browserEngine([seedReport()]);
		const manifest = manifestOf(files);
		const read = (name: string) => JSON.parse(files.get(name)!);
		const outcome = await engine.search('不动产登记');
		const shards = [...new Set(queryTerms(['不动产登记']).map((g) => shardOf(g, manifest.shardCount)))];
		expect(shards).toEqual([...new Set(queryGrams('不动产登记').map((g) => shardOf(g, manifest.shardCount)))]);
		const listOf = (n: number) => shardListFile(manifest.shardLists[Math.floor(n / SHARD_LIST)]);
		const shardNames = shards.map((n) => termFile(read(listOf(n))[n % SHARD_LIST]));
		expect(new Set(fetched)).toEqual(new Set([lengthsFile(manifest.lengths), ...shards.map(listOf), ...shardNames]));
		expect(outcome.reports.map((r) => r.report)).toEqual([0]);
		await engine.hits(outcome, 0);
		const [entry] = read(catalogueFile(manifest.catalogues[0]));
		expect(fetched.filter((f) => f.startsWith('doc-') || f.startsWith('reports-'))).toEqual([catalogueFile(manifest.catalogues[0]), storeFile(entry.store)]);
	});

	it('keeps reports out of the manifest: no id, agency or per-report number in it', async () => {
		const seed = seedReport();
		const { files } = await browserEngine([seed, { ...seed, id: 'twin' }]);
		const manifest = manifestOf(files);
		expect(manifest.documentCount).toBe(2);
		expect(JSON.stringify(manifest)).not.toContain(seed.agency!);
		expect(JSON.stringify(manifest)).not.toContain('twin');
		const lengths = JSON.parse(files.get(lengthsFile(manifest.lengths))!) as number[][];
		expect(lengths.every((field) => field.length === 2 && field[0] === field[1])).toBe(true);
	});

	it('scores as one index over every report would: twin reports score alike and rank their sections alike', async () => {
		const seed = seedReport();
		const twin = { ...seed, id: 'twin' };
		const { engine } = await browserEngine([seed, twin]);
		const outcome = await engine.search('行政复议');
		expect(outcome.reports).toHaveLength(2);
		expect(outcome.reports[0].score).toBe(outcome.reports[1].score);
		const { hits } = await searchAll(engine, '行政复议');
		const mine = hits.filter((h) => h.report === seed.id).map((h) => h.anchor);
		const theirs = hits.filter((h) => h.report === 'twin').map((h) => h.anchor);
		expect(mine).toEqual(theirs);
	});
});

describe('results for people', () => {
	it('lists at most ten values per facet, with the rest counted, and always the chosen one', () => {
		const reports = new Map(Array.from({ length: 30 }, (_, i) => [i, { id: `r${i}`, agency: `机关${i}`, year: 2020, store: '', number: i }]));
		const matches = Array.from({ length: 30 }, (_, i) => ({ report: i, score: 1 }));
		const none = { report: null, agency: null, year: null };
		const list = facet('agency', matches, none, reports);
		expect(list.shown).toHaveLength(10);
		expect([list.hiddenValues, list.hiddenCount]).toEqual([20, 20]);
		const chosen = facet('agency', matches, { ...none, agency: '机关29' }, reports);
		expect(chosen.shown.map((f) => f.value)).toContain('机关29');
	});

	it('replaces lone surrogates in a query so it can be encoded', () => {
		const q = wellFormed('\uD800复议\uDC00');
		expect(q).toBe('\uFFFD复议\uFFFD');
		expect(() => encodeURIComponent(q)).not.toThrow();
		expect(wellFormed('😀复议')).toBe('😀复议');
	});
});
