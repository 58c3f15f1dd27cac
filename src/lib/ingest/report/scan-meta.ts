import type { Section } from '../../types';
import { squeezeSpaces } from '../../text/normalize';
import { BODY_END } from './meta';

/**
 * What a scanned report says of itself where OCR lost its title (a seal printed black over it, black and
 * white at 150 dpi: 073年夏认人和公开工作年度天-报告). A text report without a title is refused (a blank
 * template, another document); a scan's text, tables and year are still there to keep:
 * - its year, as the report's statistics period names it (统计期限自2023年1月1日起至2023年12月31日止), or as
 *   the first part opens (2023年，示例市测试局认真贯彻…, as the template's 总体情况 begins); never after the
 *   year it was signed (a 2028 read from 2023 is not taken);
 * - its agency, a name standing alone above the title's line or as the signature over the closing date.
 * Only a scan with a template's table is taken for a report so (a scanned plan, 2023年政务公开工作要点, has none).
 */
export interface ScanMeta {
	year: number;
	/** Where the year was read: the statistics period or the first part's opening words. */
	from: 'period' | 'opening';
	agency: string | null;
}

/** The statistics period: 统计期限(为)自2023年1月1日(起)至(2023年)12月31日. */
const PERIOD = /统计(?:期限|时限|时间|区间)[^\d。]{0,6}(\d{4})\s*年\s*1\s*月\s*1\s*日/;
/**
 * A paragraph that opens with its year, as the template's first part does (2023年，… / 2023年度…; OCR may
 * lose the comma), not with a date: a 月 within three characters of 年 is one whose day OCR lost (the
 * signing date under the title, (2024年1月20日), read 2024年月20日) gave a 2023 report the year 2024.
 */
const OPENING = /^(\d{4})\s*年度?(?![^,，。]{0,3}月)/;
/** The first year of the 2008 regulation's reports; nothing earlier is a report year. */
const FIRST_YEAR = 2008;

/**
 * The year and agency of a scan whose title was not read, from its `front` lines (above the first part),
 * its `sections` and its last `lines` (the signature over `closing`, the signed date); null when the text
 * names no year plainly.
 */
export function scanMeta(front: string[], sections: Section[], lines: string[], closing: { date: string; index: number } | null): ScanMeta | null {
	const latest = closing ? Number(closing.date.slice(0, 4)) : new Date().getFullYear();
	const plausible = (y: number) => y >= FIRST_YEAR && y <= latest;
	const first = sections[0]?.number === '一、' ? sections[0] : null;
	const opening = first ? [first.text, ...first.children.map((c) => c.text)] : [];
	const paragraphs = [...front, ...opening.flatMap((t) => t.split('\n'))].map(squeezeSpaces);
	const period = paragraphs.map((p) => PERIOD.exec(p)).find((m) => m && plausible(Number(m[1])));
	const opens = paragraphs.map((p) => OPENING.exec(p)).find((m) => m && plausible(Number(m[1])));
	const found = period ?? opens;
	if (!found) return null;
	return { year: Number(found[1]), from: period ? 'period' : 'opening', agency: nameAboveTitle(front) ?? signature(lines, closing) };
}

/** A line that is an agency's name alone: short, ending as names of bodies end, no sentence or date in it. */
const isName = (line: string | undefined): line is string => !!line && line.length >= 3 && line.length <= 30 && BODY_END.test(line) && !/[。,，:：;；\d]/.test(line);

/** The line above the first line that looks like a title (it names a 报告), if it is a name alone. */
function nameAboveTitle(front: string[]): string | null {
	const lines = front.map(squeezeSpaces);
	const t = lines.findIndex((l) => /报告|年度/.test(l) && l.length <= 40);
	return t > 0 && isName(lines[t - 1]) ? lines[t - 1] : null;
}

/** The agency signing above the closing date (示例市测试局 / 2024年1月20日), if that line is a name alone. */
function signature(lines: string[], closing: { date: string; index: number } | null): string | null {
	const above = closing && closing.index > 0 ? squeezeSpaces(lines[closing.index - 1]) : undefined;
	return isName(above) ? above : null;
}
