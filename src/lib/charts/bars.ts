import { scaleLinear } from 'd3-scale';
import type { ChartBar } from './blocks';

export interface BarRow {
	anchor: string;
	label: string;
	/** Baselines in px from the top: the label line, and the bar's top edge. */
	labelY: number;
	barY: number;
	/** Bar length and value-label position as fractions of the chart's width (so the SVG can be fluid). */
	width: number;
	valueX: number;
	text: string;
	isNull: boolean;
}

export interface BarLayout {
	height: number;
	barHeight: number;
	rows: BarRow[];
}

export interface BarOptions {
	labelHeight: number;
	barHeight: number;
	gap: number;
	/** Share of the width the longest bar takes; the rest is room for its value label. */
	span: number;
}

const DEFAULTS: BarOptions = { labelHeight: 20, barHeight: 16, gap: 10, span: 0.82 };
const fmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * Horizontal bars, each under its own label line (long Chinese labels then never squeeze the bars on a
 * phone). Null is not a bar: it is drawn as the words 未填报.
 */
export function layoutBars(bars: ChartBar[], options: Partial<BarOptions> = {}): BarLayout {
	const o = { ...DEFAULTS, ...options };
	const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
	const x = scaleLinear().domain([0, max || 1]).range([0, o.span]);
	const step = o.labelHeight + o.barHeight + o.gap;
	const rows = bars.map((b, i) => {
		const top = i * step;
		const width = b.value === null ? 0 : x(Math.max(0, b.value));
		return {
			anchor: b.anchor,
			label: b.label,
			labelY: top + o.labelHeight - 5,
			barY: top + o.labelHeight,
			width,
			valueX: width,
			text: b.value === null ? '未填报' : fmt.format(b.value),
			isNull: b.value === null
		};
	});
	return { height: Math.max(0, bars.length * step - o.gap), barHeight: o.barHeight, rows };
}
