import { KEY_BY_NAME } from '../indicators/keys';
import { TEMPLATE_CELLS } from '../indicators/template-keys';

/** The columns of keys.csv: every template key with its definition and its cross-template key. */
export const KEY_FIELDS = [
	['template_key', 'string', '模板键：模板中一个单元格的固定名字（行键，多列表格再接“.”和列键）'],
	['row_key', 'string', '行键'],
	['column_key', 'string', '列键；只有一个数值列的表格为空'],
	['format', 'string', '所依条例：2008 或 2019'],
	['variants', 'string', '2019 年条例：印有此单元格的模板版本（2019 为试行模板，2021 为 2021 年模板），以空格分隔'],
	['table', 'string', '所在统计表'],
	['path', 'string', '上级行，以 “ › ” 连接'],
	['label', 'string', '模板中的行名'],
	['column', 'string', '模板中的列名'],
	['unit', 'string', '计量单位'],
	['definition', 'string', '定义：在模板中的位置'],
	['key', 'string', '跨模板可比的指标键（定义一致时）；无对应时为空'],
	['key_name', 'string', '可比指标的名称'],
	['note', 'string', '与另一模板定义不同之处']
] as const;

export function keyRecords() {
	return TEMPLATE_CELLS.map((c) => ({
		template_key: c.key,
		row_key: c.row,
		column_key: c.column,
		format: c.template,
		variants: c.variants.join(' ') || null,
		table: c.table,
		path: c.path.join(' › ') || null,
		label: c.label,
		column: c.columnLabel,
		unit: c.unit,
		definition: c.definition,
		key: c.canonical,
		key_name: c.canonical ? (KEY_BY_NAME.get(c.canonical)?.name ?? null) : null,
		note: c.note
	}));
}
