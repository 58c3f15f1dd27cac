import { placementNote, type Agency } from '../agencies';

/** The placement column's meaning, shared by agencies.csv, reports.csv and the indicators files. */
export const PLACEMENT_FIELD =
	'行政区划如何确定：exact（名称所载）、derived（开发区、新区等不是行政区划的区域，按所在行政区划推定，见 placement_note）、corrected（名称与该省唯一一个行政区划相差一字，按其校正）、unplaced（无法确定，列在未定地区）';

/** The columns of agencies.csv: one row per agency, with its division and every name its reports print. */
export const AGENCY_FIELDS = [
	['id', 'string', '机关编号：行政区划代码加机构简称（如 320813-government）；行政区划无法确定时以 x- 开头'],
	['name', 'string', '机关的规范名称'],
	['aliases', 'string', '各报告所载的名称写法，以 “ | ” 分隔'],
	['organ', 'string', '行政区划名之后的机构名（人民政府、发展和改革局等）'],
	['division_code', 'string', 'GB/T 2260 行政区划代码（6 位）'],
	['placement', 'string', PLACEMENT_FIELD],
	['placement_note', 'string', '推定的依据（所在区域与出处），或校正的写法（“报告写作 X，按 Y 归入”），每处以 “ | ” 分隔'],
	['division_level', 'string', '行政区划层级：province（省级）、city（地级）、county（县级）'],
	['province', 'string', '省级行政区'],
	['city', 'string', '地级行政区（直辖市的区县、省直辖县为空）'],
	['county', 'string', '县级行政区'],
	['unresolved', 'string', '行政区划无法确定的原因：ambiguous（同名区县，无上级地名可分）、unknown_place（区划表中没有的地名）、no_place（名称中没有地名）'],
	['candidates', 'string', '同名区县的可能所指，以 “ | ” 分隔'],
	['reports', 'integer', '报告数'],
	['first_year', 'integer', '最早报告年度'],
	['last_year', 'integer', '最晚报告年度']
] as const;

export function agencyRecords(directory: Agency[]) {
	return directory.map((a) => {
		const years = a.reports.map((r) => r.year).filter((y): y is number => y !== null);
		return {
			id: a.id,
			name: a.name,
			aliases: a.aliases.join(' | ') || null,
			organ: a.organ || null,
			division_code: a.division?.code ?? null,
			placement: a.placement.kind,
			placement_note:
				[
					placementNote(a.placement, a.division && (a.division.county ?? a.division.city ?? a.division.province)),
					...(a.placement.kind === 'corrected' ? [] : a.corrections.map((c) => `报告 ${c.report} 写作“${c.written}”，按“${c.as}”归入`))
				]
					.filter(Boolean)
					.join(' | ') || null,
			division_level: a.division?.level ?? null,
			province: a.division?.province ?? null,
			city: a.division?.city ?? null,
			county: a.division?.county ?? null,
			unresolved: a.unresolved?.reason ?? null,
			candidates: a.unresolved?.candidates.join(' | ') || null,
			reports: a.reports.length,
			first_year: years.length ? years.reduce((a, b) => Math.min(a, b)) : null,
			last_year: years.length ? years.reduce((a, b) => Math.max(a, b)) : null
		};
	});
}
