import { squeezeSpaces } from '../../text/normalize';

/**
 * A table's caption: the short line just above it that names a table ("2010年政府信息公开情况统计表",
 * "附表：政府信息公开工作情况统计表"), not a sentence nor a pointer to it ("详见下表"). A table without one is titled by its section.
 */
export function tableCaption(line: string | null): string | null {
	const text = line ? squeezeSpaces(line).replace(/[:：]$/, '') : '';
	if (!text || text.length > 40 || /[。,，;；]|见|如下/.test(text) || !/(^附表|表)$|^附表/.test(text)) return null;
	return text.replace(/^附表\s*[:：]\s*(?=\S)/, '');
}
