import { describe, expect, it } from 'vitest';
import { agencyDirectory, identifyAgency, regionSummaries, regionTrees, ZONE_TABLE, yearRuns } from '../../../src/lib/agencies';
import { entryByCode } from '../../../src/lib/agencies/divisions';
import { agencyRecords } from '../../../src/lib/data/agencies';

describe('a zone that is not a division is placed in the division that hosts it', () => {
	it('places 平潭综合实验区, administered with 平潭县, under 平潭县’s code, as derived with its source', () => {
		const a = identifyAgency('平潭综合实验区管理委员会');
		expect(a.division).toMatchObject({ code: '350128', county: '平潭县', city: '福州市', province: '福建省' });
		expect(a.placement).toMatchObject({ kind: 'derived', zone: '平潭综合实验区' });
		expect(a.placement.kind === 'derived' && a.placement.source).toContain('国函〔2011〕142号');
		expect(a.name).toBe('平潭综合实验区管理委员会');
	});

	it('keeps the zone’s bodies apart from the host county’s own, in the same division', () => {
		const zone = identifyAgency('平潭综合实验区管理委员会');
		const county = identifyAgency('平潭县人民政府');
		expect(county.placement.kind).toBe('exact');
		expect(zone.division?.code).toBe(county.division?.code);
		expect(zone.id).not.toBe(county.id);
	});

	it('reads a zone after its province, or by its short name, as the same agency', () => {
		expect(identifyAgency('福建省平潭综合实验区管理委员会').id).toBe(identifyAgency('平潭综合实验区管理委员会').id);
		expect(identifyAgency('西海岸新区财政局').id).toBe(identifyAgency('青岛西海岸新区财政局').id);
		expect(identifyAgency('青岛市西海岸新区财政局').division?.code).toBe('370211');
	});

	it('places a zone spread over several cities in the province that holds them', () => {
		expect(identifyAgency('陕西西咸新区管理委员会').division).toMatchObject({ code: '610000', level: 'province' });
	});

	it('places a development zone the statistics code list numbers under a city in that city, not under its 71–79 code', () => {
		const a = identifyAgency('淮安经济技术开发区管理委员会');
		expect(a.division).toMatchObject({ code: '320800', level: 'city', city: '淮安市' });
		expect(a.placement.kind === 'derived' && a.placement.source).toContain('320871');
		expect(identifyAgency('苏州工业园区管理委员会').division?.code).toBe('320500');
	});

	it('places a zone the name puts after a division in that division', () => {
		const a = identifyAgency('淮安市经济技术开发区管理委员会');
		expect(a.division?.code).toBe('320800');
		expect(a.placement).toMatchObject({ kind: 'derived', zone: '淮安市经济技术开发区' });
		expect(identifyAgency('淮安市洪泽区经济开发区管委会').division?.code).toBe('320813');
	});

	it('leaves a zone with no division and no row in the table unplaced', () => {
		const a = identifyAgency('示例高新技术产业开发区管委会');
		expect(a.division).toBeNull();
		expect(a.placement.kind).toBe('unplaced');
	});

	it('has a host that is a current GB/T 2260 division, an area and a source for every row of the table', () => {
		for (const z of ZONE_TABLE) {
			expect(entryByCode(z.host), z.name).not.toBeNull();
			expect(z.area.length, z.name).toBeGreaterThan(0);
			expect(z.source, z.name).toMatch(/《.+》/);
		}
	});
});

describe('a place name one character away from exactly one division of its province is read as that division', () => {
	it('reads 洪择区 in 淮安市 as 洪泽区, flagged with what the report wrote', () => {
		const a = identifyAgency('淮安市洪择区人民政府');
		expect(a.id).toBe('320813-government');
		expect(a.name).toBe('淮安市洪泽区人民政府');
		expect(a.placement).toEqual({ kind: 'corrected', written: '洪择区', as: '洪泽区' });
	});

	it('corrects a city of a named province, then reads the county below it as written', () => {
		const a = identifyAgency('江苏省淮按市洪泽区交通运输局');
		expect(a.division?.code).toBe('320813');
		expect(a.placement).toEqual({ kind: 'corrected', written: '淮按市', as: '淮安市' });
	});

	it('does not correct without a province to look in', () => {
		expect(identifyAgency('淮按市人民政府').placement.kind).toBe('unplaced');
	});

	it('does not correct the last character: 洪泽县 is the county’s old name, not a typo of 洪泽区', () => {
		const a = identifyAgency('淮安市洪泽县人民政府');
		expect(a.placement.kind).toBe('unplaced');
		expect(a.unresolved?.reason).toBe('unknown_place');
	});

	it('does not correct when two divisions of the province are one character away', () => {
		// 江苏省 has 鼓楼区 in both 南京市 and 徐州市: 鼓搂区 is one character from each.
		const a = identifyAgency('江苏省鼓搂区人民政府');
		expect(a.placement.kind).toBe('unplaced');
		expect(a.division).toBeNull();
	});

	it('does not correct a two-character name, where one character is the whole name', () => {
		// 阳泉市 has 郊区 (and 城区, 矿区): 效区 is not taken for 郊区.
		expect(identifyAgency('阳泉市效区人民政府').placement.kind).toBe('unplaced');
	});

	it('leaves names read as written untouched', () => {
		expect(identifyAgency('江苏省教育厅').placement.kind).toBe('exact');
		expect(identifyAgency('淮安市市场监督管理局').placement.kind).toBe('exact');
	});
});

describe('the directory lists every agency, an unplaced one under 未定地区', () => {
	const reports = [
		{ id: 'hongze-2023', agency: '淮安市洪泽区人民政府', title: 't', year: 2023 },
		{ id: 'hongze-2024', agency: '淮安市洪择区人民政府', title: 't', year: 2024 },
		{ id: 'huaian-2021', agency: '淮安市人民政府', title: 't', year: 2021 },
		{ id: 'pingtan-2022', agency: '平潭综合实验区管理委员会', title: 't', year: 2022 },
		{ id: 'shili-2019', agency: '示例县示例办公室', title: 't', year: 2019 },
		{ id: 'none-2020', agency: null, title: '政府信息公开工作年度报告', year: 2020 }
	];
	const directory = agencyDirectory(reports);

	it('keeps an agency placed exactly when one of its reports spells it right, noting the report that did not', () => {
		const hongze = directory.find((a) => a.id === '320813-government')!;
		expect(hongze.placement.kind).toBe('exact');
		expect(hongze.corrections).toEqual([{ report: 'hongze-2024', written: '洪择区', as: '洪泽区' }]);
		expect(agencyRecords([hongze])[0]).toMatchObject({ placement: 'exact', placement_note: '报告 hongze-2024 写作“洪择区”，按“洪泽区”归入' });
	});

	it('sums provinces with their agencies, reports and years, 未定地区 last', () => {
		expect(regionSummaries(directory)).toEqual([
			{ code: '320000', name: '江苏省', agencies: 2, reports: 3, years: '2021、2023–2024' },
			{ code: '350000', name: '福建省', agencies: 1, reports: 1, years: '2022' },
			{ code: 'unplaced', name: '未定地区', agencies: 2, reports: 2, years: '2019–2020' }
		]);
	});

	it('groups a province city → county and lists every agency exactly once across the pages', () => {
		const trees = regionTrees(directory);
		const js = trees.get('320000')!;
		expect(js.children.map((c) => [c.code, c.name, c.agencies.map((a) => a.name)])).toEqual([['320800', '淮安市', ['淮安市人民政府']]]);
		expect(js.children[0].children.map((c) => [c.code, c.name, c.agencies.map((a) => a.name)])).toEqual([['320813', '洪泽区', ['淮安市洪泽区人民政府']]]);
		const ids: string[] = [];
		const walk = (g: ReturnType<typeof trees.get> & object) => {
			ids.push(...g.agencies.map((a) => a.id));
			g.children.forEach(walk);
		};
		trees.forEach(walk);
		expect(ids.sort()).toEqual(directory.map((a) => a.id).sort());
		expect(trees.get('unplaced')!.agencies.map((a) => a.placement)).toEqual(['unplaced', 'unplaced']);
	});

	it('shows a derived placement with its reason on the directory line', () => {
		const pingtan = regionTrees(directory).get('350000')!.children[0].children[0];
		expect(pingtan).toMatchObject({ code: '350128', name: '平潭县' });
		expect(pingtan.agencies[0]).toMatchObject({ placement: 'derived', note: expect.stringContaining('平潭综合实验区不是行政区划，按所在的平潭县归入') });
	});

	it('writes report years as runs', () => {
		expect(yearRuns([2019, 2020, 2021, 2023, null, 2021])).toBe('2019–2021、2023');
		expect(yearRuns([null])).toBe('年度不详');
	});
});
