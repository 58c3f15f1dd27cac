import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../../src/lib/search/fold';
import { queryParts } from '../../../src/lib/search/tokenize';
import { searchDocs } from '../../../src/lib/server/search-docs';
import { browserEngine, corpusReports, searchAll, seedReport } from '../../helpers/search';

const reports = [seedReport(), ...corpusReports()];
const { engine } = await browserEngine(reports);
const docs = reports.flatMap(searchDocs).filter((d) => [...d.text].length >= 2 || [...d.title].length >= 2);

/** The trivially correct model: every document whose title or text contains the query as a substring. */
const scan = (q: string) => docs.filter((d) => fold(`${d.title}\n${d.text}`).includes(fold(q))).map((d) => d.id);
const run = (q: string) => searchAll(engine, q);

describe(`a query never misses a section that contains it (${reports.length} reports, ${docs.length} documents)`, () => {
	it('finds the section for random substrings of 2 to 8 characters of every section', async () => {
		const sample = fc
			.constantFrom(...docs)
			.chain((d) => fc.boolean().map((inTitle) => ({ d, inTitle })))
			.chain(({ d, inTitle }) => {
				const text = [...(inTitle || !d.text ? d.title : d.text)];
				return fc
					.integer({ min: 2, max: Math.min(8, text.length) })
					.chain((len) => fc.integer({ min: 0, max: text.length - len }).map((at) => ({ d, q: text.slice(at, at + len).join('') })));
			});
		await fc.assert(
			fc.asyncProperty(sample, async ({ d, q }) => {
				fc.pre(queryParts(q).length > 0);
				const outcome = await run(q);
				expect(outcome.mode).toBe('and');
				expect(outcome.hits.map((h) => h.id)).toContain(d.id);
			}),
			{ numRuns: 3000 }
		);
	});

	it('returns at least every document the substring scan finds, for queries drawn from the texts', async () => {
		const all = docs.map((d) => d.text).join('');
		const chars = [...all];
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: chars.length - 8 }), fc.integer({ min: 1, max: 8 }), async (at, len) => {
				const q = chars.slice(at, at + len).join('');
				fc.pre(queryParts(q).length > 0);
				const found = new Set((await run(q)).hits.map((h) => h.id));
				for (const id of scan(q)) expect(found).toContain(id);
			}),
			{ numRuns: 1000 }
		);
	});

	it('ranks hits that contain the query whole above those that only contain its pieces', async () => {
		const hits = (await run('申请公开')).hits;
		const firstScattered = hits.findIndex((h) => !h.exact);
		if (firstScattered >= 0) expect(hits.slice(firstScattered).every((h) => !h.exact)).toBe(true);
		expect(hits[0].exact).toBe(true);
	});
});
