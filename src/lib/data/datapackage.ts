import type { ReportRef } from '../agencies';
import type { Dataset, Field } from './datasets';
import * as urls from '../urls';

const UNITS_NOTE = '单位见 unit 列（件、条、次、人、万元等），随行而异。';

/** What the data package needs to know of the files written: each dataset's row count and each file's size. */
export interface PackageInput {
	datasets: { dataset: Dataset; rows: number }[];
	bytes: (file: string) => number;
	reports: ReportRef[];
}

function schema(dataset: Dataset) {
	return {
		fields: dataset.fields.map(([name, type, description, title]: Field) => ({
			name,
			...(title ? { title } : {}),
			type,
			description: name === 'value' ? `${description}${UNITS_NOTE}` : description,
			...(type === 'date' ? { format: 'default' } : {}),
			...(dataset.primaryKey.includes(name) ? { constraints: { required: true } } : {})
		})),
		missingValues: [''],
		primaryKey: dataset.primaryKey,
		...(dataset.foreignKeys.length ? { foreignKeys: dataset.foreignKeys } : {})
	};
}

const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/**
 * One resource per table (its CSV), with its Table Schema, primary and foreign keys; the Excel and JSON copies of
 * the same data are listed in the resource's `alternates`, not as resources of their own. The SQLite database is a
 * (non-tabular) resource. Paths are relative to /data/datapackage.json.
 */
export function dataPackage(input: PackageInput) {
	const tables = input.datasets.map(({ dataset, rows }) => ({
		profile: 'tabular-data-resource',
		name: dataset.name,
		path: `${dataset.name}.csv`,
		title: dataset.title,
		description: `${dataset.purpose}。${dataset.description}`,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		bytes: input.bytes(`${dataset.name}.csv`),
		rows,
		dialect: DIALECT,
		schema: schema(dataset),
		alternates: [
			{ path: `${dataset.name}-excel.csv`, title: 'Excel 版（带 BOM 的 UTF-8，内容相同）', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8-sig', bytes: input.bytes(`${dataset.name}-excel.csv`) },
			...(dataset.json ? [{ path: `${dataset.name}.json`, title: 'JSON 版（记录数组，内容相同）', format: 'json', mediatype: 'application/json', bytes: input.bytes(`${dataset.name}.json`) }] : [])
		]
	}));
	return {
		profile: 'data-package',
		name: 'nianbao',
		title: '政府信息公开年度报告：统计指标',
		description: '从各机关发布的政府信息公开年度报告中读出的统计表数值（长表与宽表）、报告目录、机关、模板键和算术核对结果，另有可用 SQL 查询的 SQLite 数据库。原表空白为空值，不是 0。',
		licenses: [
			{
				name: 'ODC-PDDL-1.0',
				path: 'https://opendatacommons.org/licenses/pddl/1-0/',
				title: 'Open Data Commons Public Domain Dedication and License 1.0（国家机关公文依《著作权法》第五条不受著作权保护）'
			}
		],
		sources: input.reports.map((r) => ({ title: r.title, path: urls.reportSource(r.id) })),
		resources: [
			...tables,
			{
				profile: 'data-resource',
				name: 'nianbao-sqlite',
				path: 'nianbao.sqlite',
				title: '整个门户的 SQLite 数据库',
				description: '用于 SQL：agencies、reports、sections、cells、checks、keys 六张表（主键、外键、索引齐全），sections_fts 为章节全文索引（一到四字的字串和长词，MATCH “行政复议” 即可）。Datasette 可直接打开，说明见 metadata.json。',
				format: 'sqlite',
				mediatype: 'application/vnd.sqlite3',
				bytes: input.bytes('nianbao.sqlite')
			}
		]
	};
}
