import { describe, expect, it } from 'vitest';
import { catalogueFacets, facetPaths, matches, ordered, pageCount, pageOf, parseFacetPath, places, PAGE_SIZE, type CatalogueEntry } from '../../../src/lib/catalogue';
import { placesOf } from '../../../src/lib/server/catalogue';
import { identifyAgency } from '../../../src/lib/agencies';

/** n made-up reports spread over 10 years, two formats and three counties of two cities. */
function made(n: number): CatalogueEntry[] {
	const counties = [
		[{ code: '320000', name: '江苏省', level: 'province' }, { code: '320800', name: '淮安市', level: 'city' }, { code: '320813', name: '洪泽区', level: 'county' }],
		[{ code: '320000', name: '江苏省', level: 'province' }, { code: '320800', name: '淮安市', level: 'city' }, { code: '320812', name: '清江浦区', level: 'county' }],
		[{ code: '430000', name: '湖南省', level: 'province' }, { code: '430400', name: '衡阳市', level: 'city' }]
	] as CatalogueEntry['places'][];
	return Array.from({ length: n }, (_, i) => ({
		id: `r${i}`,
		title: `报告${i}`,
		agency: `机关${i % 997}`,
		agencyId: `a${i % 997}`,
		year: 2015 + (i % 10),
		published: null,
		format: i % 10 < 4 ? '2008' : '2019',
		sections: 6,
		places: counties[i % 3]
	}));
}

/** The data the home page embeds: the latest 20 and the facets (see src/routes/+page.server.ts). */
const homeData = (entries: CatalogueEntry[]) => JSON.stringify({ total: entries.length, latest: pageOf(ordered(entries), 1, 20), facets: catalogueFacets(entries) });

describe('the catalogue', () => {
	it('keeps the home page data the same size for 100 and 10,000 reports', () => {
		const small = homeData(made(100)).length;
		const large = homeData(made(10_000)).length;
		expect(large).toBeLessThan(small * 1.2);
		expect(large).toBeLessThan(20_000);
	});

	it('pages every list at a fixed size, and prerenders a page path for every page of every facet', () => {
		const entries = ordered(made(10_000));
		expect(pageOf(entries, 1)).toHaveLength(PAGE_SIZE);
		expect(pageCount(10_000)).toBe(200);
		const paths = facetPaths(entries);
		expect(paths).toContain('all/200');
		expect(paths).toContain('year/2024/20');
		expect(paths).toContain('in/320813/67');
		for (const path of paths) {
			const parsed = parseFacetPath(path)!;
			const n = entries.filter((e) => matches(e, parsed.facet)).length;
			expect(parsed.page).toBeLessThanOrEqual(pageCount(n));
		}
	});

	it('browses province → city → county with counts', () => {
		const entries = made(30);
		expect(places(entries, null).map((c) => [c.label, c.count])).toEqual([['江苏省', 20], ['湖南省', 10]]);
		expect(places(entries, '320000').map((c) => c.label)).toEqual(['淮安市']);
		expect(places(entries, '320800').map((c) => [c.label, c.count])).toEqual([['清江浦区', 10], ['洪泽区', 10]]);
		expect(places(entries, '320813')).toEqual([]);
	});

	it('orders latest year first and reads back only the paths it writes', () => {
		const list = ordered(made(12));
		expect(list[0].year).toBe(2024);
		expect(parseFacetPath('year/2023/2')).toEqual({ facet: { kind: 'year', value: '2023' }, page: 2 });
		expect(parseFacetPath('year/2023/0')).toBeNull();
		expect(parseFacetPath('nope/1')).toBeNull();
	});

	it('places one agency under its province, city and county, whichever way its name is written', () => {
		const a = placesOf(identifyAgency('洪泽区人民政府').division);
		const b = placesOf(identifyAgency('淮安市洪泽区人民政府').division);
		expect(a).toEqual(b);
		expect(a.map((p) => p.code)).toEqual(['320000', '320800', '320813']);
	});
});
