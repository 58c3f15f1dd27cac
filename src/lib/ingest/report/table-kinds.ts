import type { TableKind } from '../tables/2019/tables';
import type { Heading } from './outline';
import { withoutSpaces } from '../../text/normalize';

/** In a 2019-format report, the parts that hold 表二, 表三 and 表四 rather than prose. */
export function tableKind(title: string): TableKind | null {
	const t = withoutSpaces(title);
	if (/主动公开政府信息情况/.test(t)) return 't2';
	if (/收到和处理政府信息公开申请情况/.test(t)) return 't3';
	if (/行政复议.*行政诉讼/.test(t)) return 't4';
	return null;
}

/**
 * A line that names one of the template's tables where the report's own outline does not give it a
 * part: a caption ("表三：收到和处理政府信息公开申请情况", "附表二 …") or a part title numbered otherwise
 * than the outline goes ("二、收到和处理…" after 二、主动公开…). The table is found there all the same.
 */
const CAPTION_KIND: Record<string, TableKind> = { 二: 't2', 三: 't3', 四: 't4', '2': 't2', '3': 't3', '4': 't4' };
export function namedTableKind(text: string, heading: Heading | null): TableKind | null {
	// A caption's number stands apart from its title ("表三：…", "表三 …", "表三" alone): "表三所列…" is a sentence.
	const caption = /^附?表\s*([二三四234])(?:\s*[:：、.]|\s|$)\s*(.*)$/.exec(text.trim());
	if (caption) {
		const rest = withoutSpaces(caption[2]);
		return tableKind(rest) ?? (rest === '' || /^[^。，,；;]{0,20}(统计表|情况)$/.test(rest) ? CAPTION_KIND[caption[1]] : null);
	}
	return heading?.level === 1 && withoutSpaces(text).length <= 40 ? tableKind(heading.rest) : null;
}
