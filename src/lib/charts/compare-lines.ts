import { scaleLinear } from 'd3-scale';
import type { SeriesPoint } from '../data/series';

/** One chosen agency's values of one indicator (or rate), as fetched: any order, any years. */
export interface AgencySeries {
	id: string;
	name: string;
	points: SeriesPoint[];
}

/** A value on an agency's line: null is a cell left blank (未填报), drawn as a gap, never as 0. */
export interface LinePoint {
	year: number;
	value: number | null;
	unit: string | null;
	report: string;
	anchor: string;
	/** The failing check that disputes this number (#check-<id> on its report), if any. */
	failing?: string;
	/** The portal could not read this cell: not drawn at all (neither a value nor a blank), named 未读出 in the table twin. */
	unread?: true;
}

export interface AgencyLine {
	id: string;
	name: string;
	points: LinePoint[];
}

/**
 * One line per agency, in the order chosen, its points earliest year first and within [from, to] when
 * given. A point whose report names no year cannot sit on a year axis: it is left out here (and counted by
 * `undatedCount`) rather than placed at a guessed year.
 */
export function agencyLines(series: AgencySeries[], from: number | null = null, to: number | null = null): AgencyLine[] {
	return series.map((s) => ({
		id: s.id,
		name: s.name,
		points: s.points
			.filter((p): p is SeriesPoint & { year: number } => p.year !== null && (from === null || p.year >= from) && (to === null || p.year <= to))
			.sort((a, b) => a.year - b.year || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0))
			.map((p) => ({ year: p.year, value: p.value, unit: p.unit, report: p.report, anchor: p.anchor, ...(p.failing ? { failing: p.failing } : {}), ...(p.unread ? { unread: true as const } : {}) }))
	}));
}

export const undatedCount = (series: AgencySeries[]): number => series.reduce((n, s) => n + s.points.filter((p) => p.year === null).length, 0);

/** Every year any line has a point in, ascending: the columns of the table twin and the x axis's ticks. */
export const lineYears = (lines: AgencyLine[]): number[] => [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);

/**
 * Runs of points a line joins: consecutive years, both filled in. A blank cell (未填报) or a year without a
 * report breaks the line, so a reader never sees a slope the reports do not state.
 */
export function lineRuns(points: LinePoint[]): LinePoint[][] {
	const runs: LinePoint[][] = [];
	let run: LinePoint[] = [];
	for (const p of points) {
		const last = run[run.length - 1];
		if (p.value === null || !last || p.year !== last.year + 1) {
			if (run.length) runs.push(run);
			run = [];
		}
		if (p.value !== null) run.push(p);
	}
	if (run.length) runs.push(run);
	return runs;
}

export interface LineLayoutOptions {
	width: number;
	height: number;
	/** Room for the y axis's labels on the left, the year labels below, and the topmost tick's label. */
	left: number;
	right: number;
	top: number;
	bottom: number;
	/** The least room one year label needs; years are thinned to fit narrower charts. */
	yearGap: number;
}

export interface PlacedPoint extends LinePoint {
	x: number;
	y: number;
	text: string;
}

export interface LineLayout {
	width: number;
	height: number;
	/** The plot area's edges in px. */
	plot: { left: number; right: number; top: number; bottom: number };
	xTicks: { year: number; x: number }[];
	yTicks: { value: number; y: number; text: string }[];
	lines: { id: string; name: string; paths: string[]; marks: PlacedPoint[]; blanks: PlacedPoint[] }[];
}

const DEFAULTS: LineLayoutOptions = { width: 640, height: 320, left: 56, right: 16, top: 16, bottom: 36, yearGap: 44 };
const fmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
export const formatValue = (v: number): string => fmt.format(v);

/**
 * Places the lines in a width × height chart: years on a linear x axis (so a gap of five years looks like
 * five), values on a y axis from 0 shared by every line. Filled points become marks and joined paths; blank
 * cells become `blanks`, drawn on the axis as 未填报 and never joined.
 */
export function layoutLines(lines: AgencyLine[], options: Partial<LineLayoutOptions> = {}): LineLayout {
	const o = { ...DEFAULTS, ...options };
	const plot = { left: o.left, right: Math.max(o.left + 1, o.width - o.right), top: o.top, bottom: Math.max(o.top + 1, o.height - o.bottom) };
	const years = lineYears(lines);
	const first = years[0] ?? 0;
	const last = years[years.length - 1] ?? 0;
	// One year (or none) has no extent: centre it.
	const x = scaleLinear()
		.domain(first === last ? [first - 1, first + 1] : [first, last])
		.range([plot.left + 12, plot.right - 12]);
	const values = lines.flatMap((l) => l.points.flatMap((p) => (p.value === null ? [] : [p.value])));
	const y = scaleLinear()
		.domain([values.reduce((a, b) => Math.min(a, b), 0), values.reduce((a, b) => Math.max(a, b), 0) || 1])
		.nice()
		.range([plot.bottom, plot.top]);
	const room = Math.max(1, Math.floor((plot.right - plot.left) / o.yearGap));
	const every = Math.max(1, Math.ceil(years.length / room));
	const xTicks = years.filter((_, i) => i % every === 0 || i === years.length - 1).map((year) => ({ year, x: x(year) }));
	const yTicks = y.ticks(5).map((value) => ({ value, y: y(value), text: formatValue(value) }));
	const place = (p: LinePoint): PlacedPoint => ({ ...p, x: x(p.year), y: p.value === null ? plot.bottom : y(p.value), text: p.value === null ? '未填报' : formatValue(p.value) });
	return {
		width: o.width,
		height: o.height,
		plot,
		xTicks,
		yTicks,
		lines: lines.map((l) => ({
			id: l.id,
			name: l.name,
			paths: lineRuns(l.points)
				.filter((run) => run.length > 1)
				.map((run) => run.map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.value!).toFixed(1)}`).join('')),
			marks: l.points.filter((p) => p.value !== null).map(place),
			blanks: l.points.filter((p) => p.value === null && !p.unread).map(place)
		}))
	};
}

/** The table twin and the CSV: one row per agency and year shown, blank cells as null. */
export function lineRows(lines: AgencyLine[], key: string): Record<string, string | number | null>[] {
	return lines.flatMap((l) =>
		l.points.map((p) => ({ key, agency_id: l.id, agency: l.name, year: p.year, report_id: p.report, value: p.value, unit: p.unit, failing_check: p.failing ?? null }))
	);
}
export const LINE_COLUMNS = ['key', 'agency_id', 'agency', 'year', 'report_id', 'value', 'unit', 'failing_check'];
