import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { agencyDirectory, agencyOfReport, identifyAgency } from '../../../src/lib/agencies';
import { parseFile } from '../../../src/lib/parse';
import { corpusFile, hasCorpus } from '../../helpers/seed';

const URL_SAFE = /^[a-z0-9-]+$/;

describe('identifyAgency reads the division from the left of the name', () => {
	it('gives a province government the province code and level', () => {
		const a = identifyAgency('浙江省人民政府');
		expect(a).toMatchObject({ id: '330000-government', name: '浙江省人民政府', organ: '人民政府', unresolved: null });
		expect(a.division).toEqual({ code: '330000', level: 'province', province: '浙江省', city: null, county: null });
	});

	it('gives an office of a province its own id in the same division', () => {
		const a = identifyAgency('浙江省人民政府办公厅');
		expect(a.id).toBe('330000-general-office');
		expect(a.division?.level).toBe('province');
	});

	it('gives a prefecture-level city its city code, with the province above it', () => {
		const a = identifyAgency('淮安市人民政府');
		expect(a.id).toBe('320800-government');
		expect(a.division).toEqual({ code: '320800', level: 'city', province: '江苏省', city: '淮安市', county: null });
	});

	it('gives a district the same id with or without its city in front, and writes it with its city', () => {
		const bare = identifyAgency('洪泽区人民政府');
		const prefixed = identifyAgency('淮安市洪泽区人民政府');
		expect(bare.id).toBe('320813-government');
		expect(prefixed.id).toBe(bare.id);
		expect(bare.name).toBe('淮安市洪泽区人民政府');
		expect(bare.division).toEqual({ code: '320813', level: 'county', province: '江苏省', city: '淮安市', county: '洪泽区' });
	});

	it('keeps a city government and a district government in that city apart', () => {
		expect(identifyAgency('淮安市人民政府').id).not.toBe(identifyAgency('淮安市洪泽区人民政府').id);
	});

	it('gives a bureau of a county the county code, written without its city, whatever prefix the report uses', () => {
		const a = identifyAgency('沭阳县发展和改革局');
		expect(a).toMatchObject({ id: '321322-development-reform', name: '沭阳县发展和改革局', organ: '发展和改革局' });
		expect(a.division).toMatchObject({ level: 'county', city: '宿迁市', province: '江苏省' });
		expect(identifyAgency('江苏省宿迁市沭阳县发展和改革局').id).toBe(a.id);
	});

	it('gives a county-level city the county level', () => {
		expect(identifyAgency('昆山市人民政府').division).toMatchObject({ code: '320583', level: 'county', city: '苏州市' });
	});

	it('writes a district of a municipality after the municipality', () => {
		const a = identifyAgency('上海市黄浦区人民政府');
		expect(a).toMatchObject({ id: '310101-government', name: '上海市黄浦区人民政府' });
		expect(a.division).toMatchObject({ level: 'county', province: '上海市', city: null, county: '黄浦区' });
		expect(identifyAgency('上海市人民政府办公厅').id).toBe('310000-general-office');
	});

	it('ignores white space and full-width forms in the name', () => {
		expect(identifyAgency(' 淮安市　洪泽区 人民政府 ').id).toBe('320813-government');
	});

	it('hashes an organ it has no slug for, the same way every time', () => {
		const a = identifyAgency('淮安市档案馆');
		expect(a.id).toMatch(/^320800-o[0-9a-f]{8}$/);
		expect(identifyAgency('淮安市档案馆').id).toBe(a.id);
		expect(identifyAgency('淮安市地方志办公室').id).not.toBe(a.id);
	});
});

describe('identifyAgency never merges names it cannot tell apart', () => {
	it('leaves a district name two provinces share unresolved, naming both candidates', () => {
		const a = identifyAgency('朝阳区人民政府');
		expect(a.division).toBeNull();
		expect(a.unresolved).toMatchObject({ reason: 'ambiguous', candidates: ['北京市朝阳区', '吉林省长春市朝阳区'] });
		expect(a.id).toMatch(/^x-[0-9a-f]{8}$/);
	});

	it('resolves the same district name once a prefix decides it, to different agencies', () => {
		expect(identifyAgency('北京市朝阳区人民政府').id).toBe('110105-government');
		expect(identifyAgency('长春市朝阳区人民政府').id).toBe('220104-government');
		expect(identifyAgency('朝阳区人民政府').id).not.toBe(identifyAgency('北京市朝阳区人民政府').id);
	});

	it('leaves a district name that is ambiguous inside its province unresolved, keeping the province it read', () => {
		const a = identifyAgency('江苏省鼓楼区人民政府');
		expect(a.unresolved).toMatchObject({ reason: 'ambiguous', candidates: ['江苏省南京市鼓楼区', '江苏省徐州市鼓楼区'] });
		expect(a.unresolved?.within).toMatchObject({ code: '320000', level: 'province' });
	});

	it('does not file a county the division list lacks (an old name) under its city', () => {
		const a = identifyAgency('淮安市洪泽县人民政府');
		expect(a.unresolved).toMatchObject({ reason: 'unknown_place', within: { code: '320800' } });
		expect(a.id).not.toBe(identifyAgency('淮安市人民政府').id);
	});

	it('still gives a name with no place in it an id', () => {
		const a = identifyAgency('国务院办公厅');
		expect(a).toMatchObject({ name: '国务院办公厅', division: null, unresolved: { reason: 'no_place' } });
		expect(a.id).toMatch(/^x-[0-9a-f]{8}$/);
	});

	it('gives every name an URL-safe ASCII id, the same on every call', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'淮安市洪泽区县人民政府办公厅局北京朝阳 　（）()a1-'.split('')) }), (name) => {
				const id = identifyAgency(name).id;
				expect(id).toMatch(URL_SAFE);
				expect(identifyAgency(name).id).toBe(id);
			})
		);
	});
});

describe('agencyDirectory gathers reports under one id per agency', () => {
	const reports = [
		{ id: 'hongze-2024', agency: '淮安市洪泽区人民政府', title: '淮安市洪泽区人民政府2024年政府信息公开工作年度报告', year: 2024 },
		{ id: 'huaian-2024', agency: '淮安市人民政府', title: '淮安市人民政府2024年政府信息公开工作年度报告', year: 2024 },
		{ id: 'hongze-2023', agency: '洪泽区人民政府', title: '洪泽区人民政府2023年政府信息公开工作年度报告', year: 2023 },
		{ id: 'untitled-a', agency: null, title: '政府信息公开工作年度报告', year: 2020 },
		{ id: 'untitled-b', agency: null, title: '政府信息公开工作年度报告', year: 2020 }
	];

	it('puts both spellings of one district government under one id, aliases in the order first seen', () => {
		const hongze = agencyDirectory(reports).find((a) => a.id === '320813-government')!;
		expect(hongze.aliases).toEqual(['洪泽区人民政府', '淮安市洪泽区人民政府']);
		expect(hongze.reports).toEqual([
			{ id: 'hongze-2023', year: 2023 },
			{ id: 'hongze-2024', year: 2024 }
		]);
	});

	it('lists agencies by division code, unresolved ones last, each report once', () => {
		const directory = agencyDirectory(reports);
		expect(directory.map((a) => a.id).slice(0, 2)).toEqual(['320800-government', '320813-government']);
		expect(directory.flatMap((a) => a.reports.map((r) => r.id)).sort()).toEqual(reports.map((r) => r.id).sort());
	});

	it('never lumps reports that print no agency together', () => {
		expect(agencyOfReport(reports[3]).id).not.toBe(agencyOfReport(reports[4]).id);
		expect(agencyDirectory(reports)).toHaveLength(4);
	});

	it('gives the same directory whatever order the reports come in', () => {
		expect(agencyDirectory([...reports].reverse())).toEqual(agencyDirectory(reports));
	});
});

describe.skipIf(!hasCorpus)('the corpus reports, read as the parser reads them', () => {
	const files = ['hongze-qzf-2023.txt', 'hongze-qzf-2024.txt', 'huaian-szf-2024.txt', 'hengyang-guotu-2018.txt', 'shuyang-fgj-2023.html', 'shanghai-szfbgt-2019.html'];

	it('give each agency the division SOURCES.md names, and 洪泽区 one id over both years', async () => {
		const reports = await Promise.all(
			files.map(async (file) => (await parseFile(new Uint8Array(readFileSync(corpusFile(file))), file)).report)
		);
		const ids = Object.fromEntries(reports.map((r) => [r.id, agencyOfReport(r).id]));
		expect(ids).toEqual({
			'hongze-qzf-2023': '320813-government',
			'hongze-qzf-2024': '320813-government',
			'huaian-szf-2024': '320800-government',
			'hengyang-guotu-2018': '430400-land-resources',
			'shuyang-fgj-2023': '321322-development-reform',
			'shanghai-szfbgt-2019': '310000-general-office'
		});
	});
});
if (!hasCorpus) it.skip('corpus agency tests skipped: ../shared/corpus is absent', () => {});
