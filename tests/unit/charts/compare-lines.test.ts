import { describe, expect, it } from 'vitest';
import { agencyLines, layoutLines, lineRows, lineRuns, lineYears, undatedCount, type AgencySeries } from '../../../src/lib/charts/compare-lines';
import { agencyPoints, valuesByAgency, type SeriesPoint } from '../../../src/lib/data/series';
import { agencyShards, matchAgencies, shardChars, shardName, type AgencyEntry } from '../../../src/lib/charts/compare-agencies';
import { compareState } from '../../../src/lib/urls';

const point = (report: string, year: number | null, value: number | null, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
	report,
	agency: '甲县人民政府',
	agencyId: 'jia',
	year,
	value,
	unit: '件',
	anchor: 't4-r1',
	label: '总计',
	...extra
});

const jia: AgencySeries = {
	id: '100001-government',
	name: '甲县人民政府',
	points: [point('jia-2021', 2021, 7), point('jia-2019', 2019, 3), point('jia-2020', 2020, null), point('jia-2022', 2022, 9, { failing: 'c2' })]
};
const yi: AgencySeries = { id: '100002-government', name: '乙县人民政府', points: [point('yi-2019', 2019, 10), point('yi-2024', 2024, 0)] };

describe('lines of agencies over years', () => {
	it('orders each agency’s points by year and keeps the order the agencies were chosen in', () => {
		const lines = agencyLines([yi, jia]);
		expect(lines.map((l) => l.id)).toEqual(['100002-government', '100001-government']);
		expect(lines[1].points.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022]);
		expect(lineYears(lines)).toEqual([2019, 2020, 2021, 2022, 2024]);
	});

	it('keeps only the years asked for, and leaves out a point whose report names no year (counting it)', () => {
		const undated = { ...jia, points: [...jia.points, point('jia-x', null, 5)] };
		const lines = agencyLines([undated], 2020, 2021);
		expect(lines[0].points.map((p) => p.report)).toEqual(['jia-2020', 'jia-2021']);
		expect(undatedCount([undated, yi])).toBe(1);
	});

	it('joins only consecutive years that are both filled in: a blank cell or a missing year is a gap', () => {
		const [line] = agencyLines([jia]);
		expect(lineRuns(line.points).map((run) => run.map((p) => p.year))).toEqual([[2019], [2021, 2022]]);
		const [gappy] = agencyLines([yi]);
		expect(lineRuns(gappy.points).map((run) => run.map((p) => p.year))).toEqual([[2019], [2024]]);
	});

	it('carries the failing check with the point it disputes', () => {
		const [line] = agencyLines([jia]);
		expect(line.points.find((p) => p.year === 2022)?.failing).toBe('c2');
		expect(line.points.find((p) => p.year === 2021)).not.toHaveProperty('failing');
	});
});

describe('line layout', () => {
	const layout = layoutLines(agencyLines([jia, yi]), { width: 400, height: 200, left: 40, right: 10, top: 10, bottom: 30, yearGap: 40 });

	it('shares one y scale from 0 over every line, and spaces years by their distance', () => {
		expect(layout.yTicks[0]).toMatchObject({ value: 0, y: 170 });
		expect(layout.yTicks[layout.yTicks.length - 1]).toMatchObject({ value: 10, y: 10 });
		const x = new Map(layout.xTicks.map((t) => [t.year, t.x]));
		// 2019 → 2024 over 52 … 378 px: one year is a fifth of that.
		expect(x.get(2019)).toBe(52);
		expect(x.get(2024)).toBe(378);
		expect(x.get(2020)! - x.get(2019)!).toBeCloseTo((378 - 52) / 5);
	});

	it('draws a path only where two consecutive years are filled, a mark for each value, and blanks on the axis as 未填报', () => {
		const [jiaLine, yiLine] = layout.lines;
		expect(jiaLine.paths).toHaveLength(1);
		expect(jiaLine.paths[0]).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
		expect(jiaLine.marks.map((m) => m.text)).toEqual(['3', '7', '9']);
		expect(jiaLine.blanks).toMatchObject([{ year: 2020, text: '未填报', y: 170 }]);
		expect(yiLine.paths).toEqual([]);
		// 0 is a value, drawn on the axis as 0, not a blank.
		expect(yiLine.marks.map((m) => [m.text, m.y])).toEqual([['10', 10], ['0', 170]]);
	});

	it('thins year labels to fit a narrow chart but always labels the first and last year', () => {
		const many: AgencySeries = { id: 'a', name: '甲', points: Array.from({ length: 16 }, (_, i) => point(`r${i}`, 2008 + i, i)) };
		const narrow = layoutLines(agencyLines([many]), { width: 320, left: 40, right: 10, yearGap: 44 });
		expect(narrow.xTicks.length).toBeLessThan(16);
		expect(narrow.xTicks[0].year).toBe(2008);
		expect(narrow.xTicks[narrow.xTicks.length - 1].year).toBe(2023);
	});

	it('centres a single year and keeps an all-blank chart flat instead of dividing by zero', () => {
		const lone = layoutLines(agencyLines([{ id: 'a', name: '甲', points: [point('r', 2020, null)] }]), { width: 200, left: 0, right: 0 });
		expect(lone.xTicks).toEqual([{ year: 2020, x: 100 }]);
		expect(lone.lines[0].blanks[0].y).toBe(lone.plot.bottom);
		expect(lone.yTicks.every((t) => Number.isFinite(t.y))).toBe(true);
	});
});

describe('table twin and CSV rows', () => {
	it('list every point shown, blank as null and the failing check named', () => {
		const rows = lineRows(agencyLines([jia], 2020, 2022), 'review.total');
		expect(rows).toEqual([
			{ key: 'review.total', agency_id: '100001-government', agency: '甲县人民政府', year: 2020, report_id: 'jia-2020', value: null, unit: '件', failing_check: null },
			{ key: 'review.total', agency_id: '100001-government', agency: '甲县人民政府', year: 2021, report_id: 'jia-2021', value: 7, unit: '件', failing_check: null },
			{ key: 'review.total', agency_id: '100001-government', agency: '甲县人民政府', year: 2022, report_id: 'jia-2022', value: 9, unit: '件', failing_check: 'c2' }
		]);
	});
});

describe('an agency’s packed values', () => {
	it('round-trip every point of every key, each report stored once', () => {
		const series = {
			'review.total': [point('jia-2019', 2019, 3), point('yi-2019', 2019, 10, { agency: '乙县人民政府', agencyId: 'yi' }), point('jia-2020', 2020, null)],
			'review.corrected': [point('jia-2019', 2019, 1, { failing: 'c1', anchor: 't4-r2' })]
		};
		const owner = new Map([
			['jia-2019', { id: 'jia', name: '甲县人民政府' }],
			['jia-2020', { id: 'jia', name: '甲县人民政府' }],
			['yi-2019', { id: 'yi', name: '乙县人民政府' }]
		]);
		const packed = valuesByAgency(series, owner);
		const jiaValues = packed.get('jia')!;
		expect(jiaValues.reports.map((r) => r.id)).toEqual(['jia-2019', 'jia-2020']);
		expect(agencyPoints(jiaValues, 'review.total')).toEqual([{ ...point('jia-2019', 2019, 3), label: '' }, { ...point('jia-2020', 2020, null), label: '' }]);
		expect(agencyPoints(jiaValues, 'review.corrected')).toEqual([{ ...point('jia-2019', 2019, 1, { failing: 'c1', anchor: 't4-r2' }), label: '' }]);
		expect(agencyPoints(packed.get('yi')!, 'review.corrected')).toEqual([]);
	});
});

describe('agency type-ahead', () => {
	const agencies: AgencyEntry[] = [
		{ id: '320813-government', name: '淮安市洪泽区人民政府', aliases: ['洪泽区人民政府'], years: [2023, 2024] },
		{ id: '320800-government', name: '淮安市人民政府', aliases: [], years: [2024] },
		{ id: '430400-land-resources', name: '衡阳市国土资源局', aliases: [], years: [2018] }
	];
	const shards = agencyShards(agencies, 2);
	const lookup = (q: string) => new Map(shardChars(q).map((c) => [c, shards.get(shardName(c)) ?? null]));

	it('finds an agency by any part of its name or an alias', () => {
		expect(matchAgencies('洪泽', lookup('洪泽'))).toEqual({ vague: false, agencies: [agencies[0]] });
		expect(matchAgencies('衡阳 国土', lookup('衡阳 国土'))).toEqual({ vague: false, agencies: [agencies[2]] });
	});

	it('finds nothing for a character no agency has, or for characters in the wrong order', () => {
		expect(matchAgencies('北京', lookup('北京'))).toEqual({ vague: false, agencies: [] });
		expect(matchAgencies('泽洪', lookup('泽洪'))).toEqual({ vague: false, agencies: [] });
	});

	it('writes a character shared by too many agencies as common, and asks for a more telling word when a query has only those', () => {
		expect(shards.get(shardName('市'))).toEqual({ common: true });
		expect(matchAgencies('市', lookup('市'))).toEqual({ vague: true });
		expect(matchAgencies('淮安市', lookup('淮安市'))).toEqual({ vague: false, agencies: [agencies[1], agencies[0]].sort((a, b) => a.name.localeCompare(b.name, 'zh')) });
	});

	it('names each file by the code point in ASCII hex', () => {
		expect(shardName('洪')).toBe('6d2a');
	});
});

describe('compare URL', () => {
	it('keeps the chosen indicator, rate, agencies and years, agencies as a comma list', () => {
		expect(compareState({ key: 'review.corrected', per: 'review.total', agencies: ['320813-government', '430400-land-resources'], from: '2018' })).toBe(
			'/compare/?key=review.corrected&per=review.total&agency=320813-government,430400-land-resources&from=2018'
		);
		expect(compareState({})).toBe('/compare/');
	});
});
