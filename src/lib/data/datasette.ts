import type { Dataset } from './datasets';

/** The tables of nianbao.sqlite that mirror a published table, and what each is for. */
const TABLES: Record<string, string> = { agencies: 'agencies', reports: 'reports', cells: 'indicators', checks: 'checks', keys: 'keys' };

const columns = (dataset: Dataset) => Object.fromEntries(dataset.fields.map(([name, , description, title]) => [name, title ? `${title}：${description}` : description]));

/**
 * How to query sections_fts (see server/search-fts.ts): the index holds every substring of one to four
 * characters and the segmenter's longer words, in simplified characters.
 */
const FTS_GUIDANCE =
	"FTS5 全文索引，rowid 对应 sections.id，不需要中文分词插件。索引收录正文和标题（简体）中每一段一到四个字的字串，以及分词得到的更长的词，" +
	"所以一到四个字的词直接查：WHERE sections_fts MATCH '行政复议'、MATCH '复议'。多个词用空格分开，表示同时包含：MATCH '行政复议 纠正'。" +
	"五个字以上的词拆成首尾相接的四字片段：MATCH '依申请公 申请公开'（同时包含两段），要求原文连续出现再加 AND s.text LIKE '%依申请公开%'；常见长词（如 政府信息公开）也可直接查。" +
	"繁体字请先转为简体。示例：SELECT s.report_id, s.anchor, s.title FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid WHERE sections_fts MATCH '行政复议'";

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
						description: '每份报告的每个章节一行（含各级小节），parent_anchor 为上级章节。搜索框查的是 sections_fts：输入一到四个字的词（如 行政复议、复议），多个词用空格分开。',
						columns: { report_id: '报告编号', anchor: '章节锚点，/reports/<report_id>/#<anchor>', parent_anchor: '上级章节的锚点', position: '在报告中的顺序', number: '章节编号', title: '标题', text: '正文' },
						// Datasette's search box on this table queries the contentless index by rowid (= sections.id).
						fts_table: 'sections_fts',
						fts_pk: 'id'
					},
					sections_fts: {
						title: '章节全文索引',
						description: FTS_GUIDANCE,
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
