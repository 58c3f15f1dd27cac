import { scaleLinear } from 'd3-scale';
import type { ChartBar } from './blocks';

export interface BarRow {
	anchor: string;
	/** The label as drawn: cut to fit a phone-wide chart (the full label is in `label`). */
	shortLabel: string;
	href: string;
	/** Top of the row in px. */
	top: number;
	label: string;
	/** Baselines in px from the top: the label line, and the bar's top edge. */
	labelY: number;
	barY: number;
	/** Bar length and value-label position as fractions of the chart's width (so the SVG can be fluid). */
	width: number;
	valueX: number;
	text: string;
	isNull: boolean;
	/** Null because the portal could not read it (text 未读出), not the agency's blank (未填报). */
	isUnread: boolean;
}

export interface BarLayout {
	height: number;
	/** Height of one row including its gap: the clickable area of a bar. */
	step: number;
	barHeight: number;
	rows: BarRow[];
}

export interface BarOptions {
	labelHeight: number;
	barHeight: number;
	gap: number;
	/** Share of the width the longest bar takes; the rest is room for its value label. */
	span: number;
	/** The value a full-length bar stands for: shared by charts that are compared (else this chart's largest). */
	max?: number;
}

// A row (label, bar and gap) is 48 px tall: the whole row is the link, a comfortable tap target.
const DEFAULTS: BarOptions = { labelHeight: 22, barHeight: 18, gap: 8, span: 0.82 };
/** At 13 px a label of 22 CJK characters fits the narrowest chart (a 375 px phone). */
const MAX_LABEL = 22;
const fmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * Horizontal bars, each under its own label line (long Chinese labels then never squeeze the bars on a
 * phone). Null is not a bar: it is drawn as the words 未填报, or 未读出 where the portal could not read it.
 */
export function layoutBars(bars: ChartBar[], options: Partial<BarOptions> = {}): BarLayout {
	const o = { ...DEFAULTS, ...options };
	const max = bars.reduce((m, b) => Math.max(m, b.value ?? 0), Math.max(0, o.max ?? 0));
	const x = scaleLinear().domain([0, max || 1]).range([0, o.span]);
	const step = o.labelHeight + o.barHeight + o.gap;
	const rows = bars.map((b, i) => {
		const top = i * step;
		const width = b.value === null ? 0 : x(Math.max(0, b.value));
		return {
			anchor: b.anchor,
			shortLabel: [...b.label].length > MAX_LABEL ? [...b.label].slice(0, MAX_LABEL - 1).join('') + '…' : b.label,
			href: b.href ?? `#${b.anchor}`,
			top,
			label: b.label,
			labelY: top + o.labelHeight - 5,
			barY: top + o.labelHeight,
			width,
			valueX: width,
			text: b.value === null ? (b.unread ? '未读出' : '未填报') : fmt.format(b.value),
			isNull: b.value === null,
			isUnread: b.value === null && !!b.unread
		};
	});
	return { height: Math.max(0, bars.length * step - o.gap), step, barHeight: o.barHeight, rows };
}
