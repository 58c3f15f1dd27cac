import { describe, expect, it } from 'vitest';
import { catalogueFile, decodePostings, encodePostings, SHARD_LIST, shardListFile, shardOf, termFile, storeFile, type Manifest } from '../../../src/lib/search/format';
import { queryGrams } from '../../../src/lib/search/tokenize';
import { facet } from '../../../src/lib/search/facets';
import { groupByReport } from '../../../src/lib/search/groups';
import { wellFormed } from '../../../src/lib/search/query-text';
import type { Match } from '../../../src/lib/search/query';
import { browserEngine, searchAll, seedReport } from '../../helpers/search';

describe('the sharded index', () => {
	it('round-trips posting lists, positions included', () => {
		const postings = [
			{ doc: 3, termFrequency: 2, fieldLength: 40, positions: [5, 17] },
			{ doc: 10, termFrequency: 1, fieldLength: 7, positions: [0] }
		];
		const columns = (positions: number[]) => ({
			docs: Uint32Array.from([3, 10]),
			termFrequencies: Uint32Array.from([2, 1]),
			fieldLengths: Uint32Array.from([40, 7]),
			positionStart: Uint32Array.from(positions.length ? [0, 2, 3] : [0, 0, 0]),
			positions: Uint32Array.from(positions)
		});
		expect(decodePostings(encodePostings(postings), true)).toEqual(columns([5, 17, 0]));
		const plain = postings.map((p) => ({ ...p, positions: null }));
		expect(decodePostings(encodePostings(plain), false)).toEqual(columns([]));
	});

	it('puts a word in the shard of its first bigram, so a query needs one shard per bigram', () => {
		for (const n of [1, 16, 1024]) expect(shardOf('行政复议', n)).toBe(shardOf('行政', n));
	});

	it('fetches only the shards of the query’s terms (and their lists), and a report’s catalogue file and store only for the results it shows', async () => {
		const { engine, files, fetched } = await browserEngine([seedReport()]);
		const manifest = JSON.parse([...files].find(([name]) => name.startsWith('manifest-'))![1]) as Manifest;
		const read = (name: string) => JSON.parse(files.get(name)!);
		const outcome = await engine.search('不动产登记');
		const shards = [...new Set(queryGrams('不动产登记').map((g) => shardOf(g, manifest.shardCount)))];
		const listOf = (n: number) => shardListFile(manifest.shardLists[Math.floor(n / SHARD_LIST)]);
		const shardNames = shards.map((n) => termFile(read(listOf(n))[n % SHARD_LIST]));
		expect(new Set(fetched)).toEqual(new Set([...shards.map(listOf), ...shardNames]));
		expect(fetched.some((f) => f.startsWith('doc-') || f.startsWith('reports-'))).toBe(false);
		await engine.resolve(outcome.matches.slice(0, 2));
		const [entry] = read(catalogueFile(manifest.catalogues[0]));
		expect(fetched.filter((f) => f.startsWith('doc-') || f.startsWith('reports-'))).toEqual([catalogueFile(manifest.catalogues[0]), storeFile(entry.store)]);
	});

	it('keeps the catalogue out of the manifest: per report only its id and document count', async () => {
		const seed = seedReport();
		const { files } = await browserEngine([seed, { ...seed, id: 'twin' }]);
		const manifest = JSON.parse([...files].find(([name]) => name.startsWith('manifest-'))![1]) as Manifest;
		expect(manifest.reports.map(([id]) => id)).toEqual([seed.id, 'twin']);
		expect(JSON.stringify(manifest)).not.toContain(seed.agency!);
	});

	it('scores as one index over every document would: the same hits for a query from two reports as from each', async () => {
		const seed = seedReport();
		const twin = { ...seed, id: 'twin', agency: '另一机关' };
		const { engine } = await browserEngine([seed, twin]);
		const { hits } = await searchAll(engine, '行政复议');
		const mine = hits.filter((h) => h.report === seed.id).map((h) => h.anchor);
		const theirs = hits.filter((h) => h.report === 'twin').map((h) => h.anchor);
		expect(mine).toEqual(theirs);
	});
});

describe('results for people', () => {
	const m = (doc: number, report: string): Match => ({ doc, report, score: 1, exact: true });

	it('groups matches per report, in the order of each report’s best match', () => {
		const groups = groupByReport([m(1, 'b'), m(7, 'a'), m(2, 'b')]);
		expect(groups.map((g) => [g.report, g.matches.map((x) => x.doc)])).toEqual([
			['b', [1, 2]],
			['a', [7]]
		]);
	});

	it('lists at most ten values per facet, with the rest counted, and always the chosen one', () => {
		const reports = new Map(Array.from({ length: 30 }, (_, i) => [`r${i}`, { id: `r${i}`, agency: `机关${i}`, year: 2020, docs: 1, store: '', firstDoc: i }]));
		const matches = Array.from({ length: 30 }, (_, i) => m(i, `r${i}`));
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
