import type { SeriesPoint } from '../data/series';

/** Shares the templates define a whole for: the part's key, the whole's key, and what the share is called. */
export const RATES: { key: string; per: string; name: string }[] = [
	{ key: 'review.corrected', per: 'review.total', name: '行政复议纠错率（纠正 ÷ 复议总数）' },
	{ key: 'litigation.corrected', per: 'litigation.total', name: '行政诉讼纠错率（纠正 ÷ 诉讼总数）' },
	{ key: 'applications.outcome.granted', per: 'applications.answered', name: '予以公开率（予以公开 ÷ 办理结果总数）' },
	{ key: 'applications.completed.on_time', per: 'applications.completed', name: '按时办结率（按时办结 ÷ 办结数）' }
];

/**
 * part ÷ whole per report, as a percentage with one decimal. No whole, a blank or a whole of 0 gives null
 * (未填报 / not computable), never 0.
 */
export function rateSeries(parts: SeriesPoint[], wholes: SeriesPoint[]): SeriesPoint[] {
	const whole = new Map(wholes.map((p) => [p.report, p]));
	return parts.map((p) => {
		const w = whole.get(p.report)?.value ?? null;
		const value = p.value === null || w === null || w === 0 ? null : Math.round((p.value / w) * 1000) / 10;
		// A rate of a cell not read is not read either: never a blank the agency left.
		const unread = value === null && (p.unread || whole.get(p.report)?.unread);
		return { ...p, value, unit: '%', ...(unread ? { unread: true as const } : {}) };
	});
}
