import { AGENCY_FIELDS } from './agencies';
import { KEY_FIELDS } from './keys';
import { CHECK_FIELDS, INDICATOR_FIELDS, REPORT_FIELDS } from './tidy';
import { LABEL_FIELDS, wideFields, type Format } from './wide';

/**
 * Every site-wide table the portal publishes under /data/, with its schema and keys: the one list that the
 * writer, the data package, the SQLite metadata and the /data/ page all read.
 */
export type Field = readonly [name: string, type: string, description: string, title?: string];

export interface ForeignKey {
	fields: string;
	reference: { resource: string; fields: string };
}

export interface Dataset {
	name: string;
	title: string;
	/** Which file to pick, in one phrase: "每个单元格一行，用于分析". */
	purpose: string;
	description: string;
	fields: readonly Field[];
	primaryKey: string[];
	foreignKeys: ForeignKey[];
	/** Published as JSON too (an array of records), beside the CSV and its Excel variant. */
	json: boolean;
	/** The year of a per-year slice of the long table. */
	year?: string;
}

const fk = (fields: string, resource: string, refFields: string): ForeignKey => ({ fields, reference: { resource, fields: refFields } });
const REPORT_FK = fk('report_id', 'reports', 'id');
const AGENCY_FK = fk('agency_id', 'agencies', 'id');

const indicators = (name: string, title: string, purpose: string): Dataset => ({
	name,
	title,
	purpose,
	description: '每个数值单元格一行：哪份报告、哪个机关、哪张表、哪一行哪一列、模板键和可比指标键、单位、数值、核对结果。',
	fields: INDICATOR_FIELDS,
	primaryKey: ['report_id', 'template_key'],
	foreignKeys: [REPORT_FK, AGENCY_FK, fk('template_key', 'keys', 'template_key')],
	json: true
});

const wide = (format: Format): Dataset => ({
	name: `wide-${format}`,
	title: `宽表：${format} 年条例报告`,
	purpose: '每份报告一行，用于 Excel',
	description: `每份依 ${format} 年条例编写的报告一行，模板的每个单元格一列，列名是模板键；中文列名见 wide-${format}-labels.csv。模板外的表格只在长表中。`,
	fields: wideFields(format),
	primaryKey: ['report_id'],
	foreignKeys: [REPORT_FK, AGENCY_FK],
	json: false
});

const labels = (format: Format): Dataset => ({
	name: `wide-${format}-labels`,
	title: `宽表 ${format} 的中文列名`,
	purpose: '宽表每列的中文名称和定义',
	description: `wide-${format}.csv 每一列（模板键）的中文名称、单位和定义。`,
	fields: LABEL_FIELDS,
	primaryKey: ['column'],
	foreignKeys: [fk('column', 'keys', 'template_key')],
	json: false
});

export const DATASETS: Dataset[] = [
	indicators('indicators', '全部指标（长表）', '每个单元格一行，用于分析'),
	{ name: 'reports', title: '报告目录', purpose: '每份报告一行', description: '每份报告一行：标题、机关、年度、格式与模板、数值与核对的计数。', fields: REPORT_FIELDS, primaryKey: ['id'], foreignKeys: [AGENCY_FK], json: true },
	{ name: 'agencies', title: '机关', purpose: '每个机关一行', description: '每个机关一行：编号、规范名称、各报告所载的写法、所在行政区划（GB/T 2260）。', fields: AGENCY_FIELDS, primaryKey: ['id'], foreignKeys: [], json: true },
	{ name: 'checks', title: '算术核对', purpose: '每项核对一行', description: '每项核对一行：模板规定的加总关系是否成立。', fields: CHECK_FIELDS, primaryKey: ['report_id', 'check_id', 'column'], foreignKeys: [REPORT_FK], json: true },
	{ name: 'keys', title: '模板键与可比指标键', purpose: '每个模板单元格一行', description: '两种模板每个单元格的模板键、定义、对应的可比指标键和定义差异；也列出报告中模板外单元格的生成键。', fields: KEY_FIELDS, primaryKey: ['template_key'], foreignKeys: [], json: true },
	wide('2019'),
	labels('2019'),
	wide('2008'),
	labels('2008')
];

/** A year's slice of the long table, for people who want one year: same columns, same keys. */
export const yearSlice = (year: string): Dataset => ({
	...indicators(`indicators-${year}`, `${year === 'unknown' ? '年度不明' : `${year} 年度`}的指标（长表）`, '一年的单元格，每个一行'),
	year
});

export const partitionName = (year: number | null) => (year === null ? 'unknown' : String(year));
