/**
 * Which version of the 2019 regulation's template a report's tables follow: the 2019 trial template
 * (国办公开办函〔2019〕60号) or the 2021 one (国办公开办函〔2021〕30号). Told by the tables' content, every
 * row and column that only one version prints; where that is ambiguous (both versions' marks, or too few
 * to outweigh the calendar), by the report's year.
 */
import type { Table } from '../../types';
import { withoutSpaces } from '../../text/normalize';

export type TemplateVariant = '2019' | '2021';

/** The first year reported on in the 2021 template; reports on 2019 and 2020 used the trial one. */
export const FIRST_2021_YEAR = 2021;

/**
 * How many marks more one version must have than the other to outweigh the report's year. One mark can
 * be a misread header or a lost label (an OCR slip, a converter's column); two agreeing marks are the
 * table's own layout.
 */
const OUTWEIGH_YEAR = 2;

interface Mark {
	variant: TemplateVariant;
	/** Why only this version prints it. */
	reason: string;
	count: (tables: Table[]) => number;
}

const table2 = (tables: Table[]) => tables.filter((t) => t.anchor.startsWith('t2-'));
/** 表二 blocks with a column only this version prints: one mark per block, as a block's header is read (or guessed from its values' count) once. */
const columnsOnlyIn = (names: string[]) => (tables: Table[]) => table2(tables).filter((t) => t.columns.some((c) => names.some((n) => withoutSpaces(c).includes(n)))).length;
/** A 表二 row whose label is exactly this (规范性文件 is not 行政规范性文件). */
const hasRow = (label: string) => (tables: Table[]) => +table2(tables).some((t) => t.rows.some((r) => withoutSpaces(r.label) === label));
/** 表三 rows holding at least one number (a row placed but left blank says nothing). */
const t3Rows = (anchors: string[]) => (tables: Table[]) =>
	+tables.some((t) => t.anchor === 't3' && t.rows.some((r) => anchors.includes(r.anchor) && !r.header && r.values.some((v) => v !== null)));

/** Every row and column only one version prints, with the reason; `count` is how many marks of it a report's tables hold. */
export const MARKS: Mark[] = [
	{ variant: '2019', reason: '表二的列“本年新制作数量/本年新公开数量/对外公开总数量”“上一年项目数量/本年增/减”只见于 2019 试行模板（每项一计）', count: columnsOnlyIn(['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减']) },
	{ variant: '2019', reason: '表二第(九)项（政府集中采购）只见于 2019 试行模板', count: (tables) => +(tables.some((t) => t.anchor === 't2-9') || !!hasRow('政府集中采购')(tables)) },
	{ variant: '2019', reason: '表二的行“其他对外管理服务事项”只见于 2019 试行模板', count: hasRow('其他对外管理服务事项') },
	{ variant: '2019', reason: '表二的行“规范性文件”（2021 模板作“行政规范性文件”）', count: hasRow('规范性文件') },
	{ variant: '2019', reason: '表三的(六)其他处理是一行数字，只见于 2019 试行模板', count: t3Rows(['t3-r3-6']) },
	{ variant: '2021', reason: '表二的列“本年制发件数/本年废止件数/现行有效件数”“本年处理决定数量”“本年收费金额”只见于 2021 模板（每项一计）', count: columnsOnlyIn(['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额']) },
	{ variant: '2021', reason: '表二的行“行政规范性文件”（2019 试行模板作“规范性文件”）', count: hasRow('行政规范性文件') },
	{ variant: '2021', reason: '表三的(六)其他处理分为逾期不补正、逾期未缴费、其他三行，只见于 2021 模板', count: t3Rows(['t3-r3-6-1', 't3-r3-6-2', 't3-r3-6-3']) }
];

/** The version a report's year implies, null when the year is unknown. */
export const variantOfYear = (year: number | null): TemplateVariant | null => (year === null ? null : year >= FIRST_2021_YEAR ? '2021' : '2019');

/** How many marks of each version a report's tables hold. */
export function templateMarks(tables: Table[]): Record<TemplateVariant, number> {
	const out: Record<TemplateVariant, number> = { '2019': 0, '2021': 0 };
	for (const m of MARKS) out[m.variant] += m.count(tables);
	return out;
}

/**
 * The version a 2019-format report follows: the one whose marks outnumber the other's by OUTWEIGH_YEAR
 * or more; else the one its year implies; with no year, the one with more marks (null on a tie).
 */
export function detectTemplate(tables: Table[], year: number | null): TemplateVariant | null {
	const marks = templateMarks(tables);
	const lead = marks['2019'] - marks['2021'];
	if (Math.abs(lead) >= OUTWEIGH_YEAR) return lead > 0 ? '2019' : '2021';
	const byYear = variantOfYear(year);
	if (byYear) return byYear;
	return lead === 0 ? null : lead > 0 ? '2019' : '2021';
}
