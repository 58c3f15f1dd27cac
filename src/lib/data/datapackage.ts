import type { Report } from '../types';
import { CHECK_FIELDS, INDICATOR_FIELDS, REPORT_FIELDS } from './tidy';
import { KEY_FIELDS } from './keys';
import * as urls from '../urls';

type Fields = readonly (readonly [string, string, string])[];

const UNITS_NOTE = '单位见 unit 列（件、条、次、人、万元等），随行而异。';

function schema(fields: Fields) {
	return {
		fields: fields.map(([name, type, description]) => ({
			name,
			type,
			description: name === 'value' ? `${description}${UNITS_NOTE}` : description,
			...(type === 'date' ? { format: 'default' } : {})
		})),
		missingValues: ['']
	};
}

function csvResource(name: string, path: string, title: string, fields: Fields, excel: boolean) {
	return {
		profile: 'tabular-data-resource',
		name: excel ? `${name}-excel` : name,
		path: path.replace(/^\//, ''),
		title: excel ? `${title}（Excel 版，带 BOM）` : title,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: excel ? 'utf-8-sig' : 'utf-8',
		dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
		schema: schema(fields)
	};
}

/**
 * The Frictionless Data Package for /data/: every CSV with its Table Schema. Paths are relative to
 * /data/datapackage.json itself.
 */
export function dataPackage(reports: Report[]) {
	const rel = (p: string) => p.replace(/^\/data\//, '');
	const both = (name: string, path: string, excelPath: string, title: string, fields: Fields) => [
		csvResource(name, rel(path), title, fields, false),
		csvResource(name, rel(excelPath), title, fields, true)
	];
	return {
		profile: 'tabular-data-package',
		name: 'nianbao',
		title: '政府信息公开年度报告：统计指标',
		description: '从各机关发布的政府信息公开年度报告中读出的统计表数值（长表）、报告目录和算术核对结果。原表空白为空值，不是 0。',
		licenses: [
			{
				name: 'ODC-PDDL-1.0',
				path: 'https://opendatacommons.org/licenses/pddl/1-0/',
				title: 'Open Data Commons Public Domain Dedication and License 1.0（国家机关公文依《著作权法》第五条不受著作权保护）'
			}
		],
		sources: reports.map((r) => ({ title: r.title, path: urls.reportSource(r.id) })),
		resources: [
			...both('indicators', urls.dataFile('indicators.csv'), urls.dataFile('indicators-excel.csv'), '全部报告的统计指标', INDICATOR_FIELDS),
			...both('reports', urls.dataFile('reports.csv'), urls.dataFile('reports-excel.csv'), '报告目录', REPORT_FIELDS),
			...both('checks', urls.dataFile('checks.csv'), urls.dataFile('checks-excel.csv'), '算术核对结果', CHECK_FIELDS),
			...both('keys', urls.dataFile('keys.csv'), urls.dataFile('keys-excel.csv'), '模板键与可比指标键', KEY_FIELDS),
			...reports.flatMap((r) =>
				both(`report-${r.id.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`, urls.reportData(r.id, 'csv'), urls.reportData(r.id, 'excel'), `${r.title}：统计指标`, INDICATOR_FIELDS)
			)
		]
	};
}
