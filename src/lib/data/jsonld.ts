import type { Report } from '../types';
import * as urls from '../urls';

/** schema.org Dataset for a report page, so search engines and catalogues find its data. */
export function datasetLd(report: Report, origin: string) {
	const abs = (p: string) => urls.absolute(p, origin);
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: `${report.title}：统计指标`,
		description: `${report.agency ?? ''}${report.year ?? ''}年度政府信息公开年度报告中的统计表数值（长表 CSV 与 JSON），原表空白为空值。`,
		url: abs(urls.report(report.id)),
		inLanguage: 'zh-CN',
		creator: { '@type': 'GovernmentOrganization', name: report.agency ?? report.title },
		...(report.year ? { temporalCoverage: String(report.year) } : {}),
		...(report.published ? { datePublished: report.published } : {}),
		// The agency's own publication, where the sources sidecar names it.
		...(report.source ? { isBasedOn: report.source.url } : {}),
		isAccessibleForFree: true,
		license: 'https://opendatacommons.org/licenses/pddl/1-0/',
		distribution: [
			{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: abs(urls.reportData(report.id, 'csv')) },
			{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: abs(urls.reportData(report.id, 'json')) }
		]
	};
}
