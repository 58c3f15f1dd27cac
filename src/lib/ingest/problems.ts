/**
 * Every problem a parse can report, worded in one place. A problem is listed on the report's page (the
 * 解析提示 box, in Chinese, for readers) and in its JSON (`code` stable and English, for data users who
 * filter or count them; `detail` the values the sentence was made from). Code that finds a problem calls
 * `problem(code, detail)` and never writes the sentence itself, so the wording stays one table.
 * A code, once published, keeps its meaning: a new kind of problem gets a new code.
 */
import type { Problem } from '../types';
import { UNREAD_CELL } from './tables/cells';

/** Why 表三's values could not be placed by the template's sums (ingest/tables/2019/table3-sums.ts). */
const SUMS_WHY = {
	'label-not-found': (d: { row: string }) => `在上一行之后找不到“${d.row}”行的名称`,
	'label-runs-into-values': () => '某行名称与其数值连在一起',
	'values-broken-by-text': (d: { row: string }) => `“${d.row}”行的数值被文字隔开`,
	'group-row-has-values': (d: { row: string }) => `分组行“${d.row}”带有数值`,
	'too-many-values': (d: { row: string; count: number }) => `“${d.row}”行有 ${d.count} 个数值，多于 7 列`,
	'too-many-ways': () => '合计关系允许的放法过多，无法穷举',
	'no-way-adds-up': () => '没有任何放法能使合计相符',
	'every-value-open': () => '每个数值都有不止一个可放的位置'
} satisfies Record<string, (d: never) => string>;

export type SumsWhy = keyof typeof SUMS_WHY;
/** A reason 表三's sums could not place its values, with the row it names. */
export type Unplaced = { why: SumsWhy; row?: string; count?: number };

/** Why a picture in a report was not read by OCR (ingest/forms/ocr/picture.ts, html/pictures.ts). */
const PICTURE_WHY = {
	'too-many-bytes': (d: { mb: number; limit: number }) => `文件有 ${d.mb} MB，超过 ${d.limit} MB 的上限`,
	'too-many-pixels': (d: { width: number; height: number; limit: number }) => `${d.width}×${d.height} 像素，超过 ${d.limit / 1e6} 百万像素的上限`,
	'not-decoded': (d: { message: string }) => `图片无法解码（${d.message}）`,
	'too-many-pictures': (d: { limit: number }) => `文档中的图片超过 ${d.limit} 张，其后的图片不再识别`,
	'outside-folder': () => '图片路径指向报告所在文件夹之外，不予读取',
	'missing': () => '报告所在文件夹中没有这个图片文件',
	'failed': (d: { message: string }) => `识别时出错（${d.message}）`
} satisfies Record<string, (d: never) => string>;

export type PictureWhy = keyof typeof PICTURE_WHY;
/** Why one picture was not read, with the values its sentence names. */
export type PictureRefusal = { why: PictureWhy; mb?: number; limit?: number; width?: number; height?: number; message?: string };

const splitWord = (splits: number) => (splits ? '不止一种' : '没有一种');
const quoted = (labels: string[]) => labels.map((l) => `“${l}”`).join('、');

const WORDING = {
	'bytes-not-utf8': (d: { count: number; offsets: number[]; more: number }) =>
		`文件中有 ${d.count} 个字节不是有效的 UTF-8（字节偏移 ${d.offsets.join('、')}${d.more ? ` 等，另有 ${d.more} 处` : ''}），已按替换字符 U+FFFD 读出`,
	'docx-conversion': (d: { message: string }) => `DOCX 文档转换时出错（${d.message}）`,
	'text-by-ocr': (d: { pictures: number }) => `本报告有 ${d.pictures} 页（或图片）是扫描图像，其文字由识别读出，可能有个别错字，请以原件为准；表中数值只公布经合计关系或高置信度确认者（标“识别”）`,
	'hidden-text-layer': (d: { pages: number }) =>
		`本报告有 ${d.pages} 页是加了隐藏文字层的扫描图像：隐藏文字是其他软件的识别结果，未经核对，本站未采用，这些页由本站重新识别`,
	'title-not-read': (d: { year: number; from: 'period' | 'opening'; agency: string | null }) =>
		`扫描件的标题未能识别：年份 ${d.year} 取自${d.from === 'period' ? '报告所列的统计期限' : '第一部分开头的年份'}${d.agency ? `，机关名称“${d.agency}”取自标题上方或落款` : ''}，页面标题据此拟出，并非原文`,
	'outline-not-read': (d: { found: number }) => `扫描件识别出的文字中只找到 ${d.found} 个编号部分（一、二、……），各部分未能分开：文字照识别结果全部保留（第一个编号部分之前的在报告开头）`,
	'part-not-found': (d: { table: string; part: string }) => `${d.table}：找不到标题为“${d.part}”的部分，该表未读取（其文字仍保留在报告中）`,
	'table-no-header': (d: { table: string }) => `表格“${d.table}”：第一行之前没有表头（指标 | 单位 | 数量），未读取`,
	'table-last-row-incomplete': (d: { table: string; cells: number; width: number }) =>
		`表格“${d.table}”：${d.cells} 个单元格排不满每行 ${d.width} 格，最后一行不完整`,
	'cell-not-a-number': (d: { table: string; row: string; text: string }) => `表格“${d.table}”的“${d.row}”行：“${d.text}”不是数字，该格标为未读出`,
	'row-cells-run-together': (d: { table: string; row: string; text: string; values: number }) =>
		`表格“${d.table}”的“${d.row}”行：单元格连在一起（“${d.text}”），${d.values} 个数值无法分开，标为未读出`,
	'appendix-stray-text': (d: { row: string; text: string }) => `附表“${d.row}”行：其后的“${d.text}”不属于模板中的任何一行，作为表后文字保留`,
	'appendix-cells-run-together': (d: { row: string; text: string; values: number }) =>
		`附表“${d.row}”行：${d.values} 个数值连在一起（“${d.text}”），模板的合计关系不能唯一确定切分，标为未读出`,
	'table2-values-before-item': (d: { text: string; item: string }) => `表二：“${d.text}”与第二十条第（${d.item}）项在同一行且位于其前，未作为表格行读取`,
	'table2-item-not-read': (d: { text: string }) => `表二：“${d.text}”是第二十条某项的标题，但读不出是哪一项，其下各行的名称也不能确定，其下数值未读取`,
	'table2-row-width': (d: { table: string; row: string; values: number; columns: number }) =>
		`表二“${d.table}”：“${d.row}”行有 ${d.values} 个数值，表头有 ${d.columns} 列，未读取`,
	'table3-cells-run-together': (d: { text: string; splits: number }) => `表三：“${d.text}”的单元格连在一起，${splitWord(d.splits)}切分能使总计等于各列之和，标为未读出`,
	'table3-row-out-of-order': (d: { label: string }) => `表三：名为“${d.label}”的一行数值与模板的行序不符，未放入`,
	'table3-row-missing': (d: { row: string }) => `表三：找不到“${d.row}”行的数值，标为未读出`,
	'table3-not-placed': (d: { found: number; rows: number; rowsTrial: number } & Unplaced) =>
		`表三：找到 ${d.found} 行 7 个数值，模板有 ${d.rows} 行（或 ${d.rowsTrial} 行）；按模板的合计关系也无法可靠放置这些数值（${SUMS_WHY[d.why](d as never)}），未读取`,
	'table3-left-open': (d: { found: number; rows: number; rowsTrial: number; open: string[] }) =>
		`表三：找到 ${d.found} 行 7 个数值，模板有 ${d.rows} 行（或 ${d.rowsTrial} 行）；已按模板的合计关系放置，下列行中合计关系允许多种放法的格标为未读出：${quoted(d.open)}`,
	'table4-cells-run-together': (d: { splits: number }) => `表四：单元格连在一起，${splitWord(d.splits)}切分能使各行相加相符，未读取`,
	'table4-not-found': () => '表四：找不到一行 15 个数值，无法可靠放置，未读取',
	'table4-out-of-order': (d: { failing: number }) =>
		`表四：15 个数值被表头文字隔开（按阅读顺序从版式文档抽出的文字常见此情形），其中 ${d.failing} 组的“总计”不等于前四项之和，无法确认数值的顺序，未读取`,
	'docx-numbering-unread': (d: { numbered: number; read: number }) =>
		`DOCX 文档中 ${d.numbered} 个段落带自动编号，只读出其中 ${d.read} 个的编号，编号（如“一、”）未写入正文，大纲可能不全`,
	'table-not-read': (d: { first: string; from: number; to: number }) =>
		`第 ${d.from}–${d.to} 行读起来是一张表（首行“${d.first}”），但没有一种表格读法能放置它，未读取；这些行按原样保留在所在部分的正文中`,
	'forms-disagree': (d: { table: string; row: string; column: string; chosen: number; readings: { value: number; files: string[] }[] }) =>
		`表格“${d.table}”的“${d.row}”行${d.column ? `“${d.column}”列` : ''}：同一报告的几个文件读数不同（${d.readings.map((r) => `${r.files.join('、')}：${r.value}`).join('；')}），采用 ${d.chosen}（模板合计关系相符者优先，其次多数文件一致者）`,
	'ocr-unverified': (d: { table: string; row: string; column: string; text: string }) =>
		`表格“${d.table}”的“${d.row}”行${d.column ? `“${d.column}”列` : ''}：${d.text === UNREAD_CELL ? '识别未能读出数字' : `识别读作“${d.text}”，未经合计关系或高置信度确认`}，标为未读出`,
	'table2-cells-run-together': (d: { row: string; text: string; columns: number; splits: number }) =>
		`表二“${d.row}”行：${d.columns} 列的数值连在一起（“${d.text}”），${splitWord(d.splits)}切分可用，标为未读出`,
	'cells-split-capped': (d: { table: string; text: string; steps: number }) =>
		`${d.table}：单元格连在一起（“${d.text}”），可能的切分过多，试过 ${d.steps} 个数后停止，标为未读出`,
	'picture-repeats-text': (d: { picture: string }) => `图片“${d.picture}”所识别的文字与正文重复（如报告的盖章扫描件），未再读入报告`,
	'picture-not-read': (d: { picture: string } & PictureRefusal) => `图片“${d.picture}”未识别：${PICTURE_WHY[d.why](d as never)}；图中的文字与表格未读入报告`,
	'tables-not-read': (d: { tables: string[] }) => `${d.tables.join('、')}：未能读出，模板中的各格均标为“未读出”（原因见上方其他提示）`,
	'rows-not-read': (d: { rows: string[] }) => `下列行未能读出，其各格标为“未读出”：${d.rows.join('、')}`
} satisfies Record<string, (d: never) => string>;

export type ProblemCode = keyof typeof WORDING;
type DetailOf<C extends ProblemCode> = Parameters<(typeof WORDING)[C]>[0];

/** A problem of a kind the table above words; `detail` is kept in the JSON as given. */
export function problem<C extends ProblemCode>(code: C, ...detail: DetailOf<C> extends undefined ? [] : [DetailOf<C>]): Problem {
	const d = (detail[0] ?? {}) as Record<string, unknown>;
	return { code, message: (WORDING[code] as (d: unknown) => string)(d), detail: d };
}

/** Every code, for documentation and tests. */
export const PROBLEM_CODES = Object.keys(WORDING) as ProblemCode[];
