import type { Dataset } from './datasets';

/** The tables of nianbao.sqlite that mirror a published table, and what each is for. */
const TABLES: Record<string, string> = { agencies: 'agencies', reports: 'reports', cells: 'indicators', checks: 'checks', keys: 'keys' };

const columns = (dataset: Dataset) => Object.fromEntries(dataset.fields.map(([name, , description, title]) => [name, title ? `${title}：${description}` : description]));

/** metadata.json for `datasette nianbao.sqlite --metadata metadata.json`: titles, descriptions and column labels. */
export function datasetteMetadata(datasets: Dataset[]) {
	const byName = new Map(datasets.map((d) => [d.name, d]));
	const tables = Object.fromEntries(
		Object.entries(TABLES).map(([table, name]) => {
			const d = byName.get(name)!;
			return [table, { title: d.title, description: `${d.purpose}。${d.description}`, columns: columns(d) }];
		})
	);
	return {
		title: '政府信息公开年度报告',
		description: '从政府信息公开年度报告中读出的统计数值、报告目录、机关与章节全文。原表空白为空值，不是 0。',
		license: 'ODC-PDDL-1.0',
		license_url: 'https://opendatacommons.org/licenses/pddl/1-0/',
		databases: {
			nianbao: {
				tables: {
					...tables,
					sections: {
						title: '章节',
						description: '每份报告的每个章节一行（含各级小节），parent_anchor 为上级章节。',
						columns: { report_id: '报告编号', anchor: '章节锚点，/reports/<report_id>/#<anchor>', parent_anchor: '上级章节的锚点', position: '在报告中的顺序', number: '章节编号', title: '标题', text: '正文' }
					},
					sections_fts: {
						title: '章节全文索引',
						description: "FTS5，以字的二元组和单字为词（与站内搜索相同）。查“行政复议”：WHERE sections_fts MATCH '行政 政复 复议'，rowid 对应 sections.id。",
						hidden: true
					}
				},
				queries: {
					review_corrected_by_year: {
						title: '各机关各年度行政复议“纠正”数',
						sql: "SELECT a.id AS agency_id, a.name, c.year, c.value FROM cells c JOIN agencies a ON a.id = c.agency_id WHERE c.key = 'review.corrected' ORDER BY a.id, c.year"
					}
				}
			}
		}
	};
}
