import { squeezeSpaces as squeezeCjkSpaces } from './normalize';

export interface Meta {
	title: string | null;
	agency: string | null;
	year: number | null;
	published: string | null;
	/** Indexes of the front lines that the metadata consumed. */
	used: Set<number>;
}

const TITLE = /^(.*?)(\d{4})\s*年度?\s*(.*?)(政府)?信息公开(工作)?(年度)?报告/;
const DATE = /^[(（]?\s*(?:(?:发布|公开|成文)日期\s*[:：]?\s*)?(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?\s*[)）]?$/;

/** The report's title, agency, year and publication date, read from the lines before the first heading. */
export function readMeta(front: string[]): Meta {
	const used = new Set<number>();
	let title: string | null = null;
	let agency: string | null = null;
	let year: number | null = null;
	let published: string | null = null;
	// A title is a line of its own, not a sentence that mentions the report.
	const t = front.findIndex((l) => squeezeCjkSpaces(l).length <= 60 && TITLE.test(squeezeCjkSpaces(l)));
	if (t >= 0) {
		const line = squeezeCjkSpaces(front[t]);
		const m = TITLE.exec(line)!;
		used.add(t);
		year = Number(m[2]);
		agency = m[1].trim() || null;
		const before = t > 0 ? squeezeCjkSpaces(front[t - 1]) : '';
		title = line;
		if (!agency && before && before.length <= 30 && !DATE.test(before) && !/[。,:]/.test(before)) {
			agency = before;
			title = before + line;
			used.add(t - 1);
		}
		// "2019年上海市人民政府办公厅政府信息公开工作年度报告": the agency follows the year.
		agency ??= m[3].trim() || null;
	}
	front.forEach((l, i) => {
		const m = published ? null : DATE.exec(squeezeCjkSpaces(l));
		if (!m) return;
		published = isoDate(m[1], m[2], m[3]);
		if (published) used.add(i);
	});
	return { title, agency, year, published, used };
}

/** A signature date such as "2024年1月20日" near the end, for reports that put the date last. */
export function findClosingDate(lines: string[]): { date: string; index: number } | null {
	for (let i = lines.length - 1; i >= Math.max(0, lines.length - 6); i--) {
		const m = DATE.exec(squeezeCjkSpaces(lines[i]));
		const date = m && isoDate(m[1], m[2], m[3]);
		if (date) return { date, index: i };
	}
	return null;
}

function isoDate(y: string, m: string, d: string): string | null {
	const [Y, M, D] = [Number(y), Number(m), Number(d)];
	if (M < 1 || M > 12 || D < 1 || D > 31) return null;
	return `${Y}-${String(M).padStart(2, '0')}-${String(D).padStart(2, '0')}`;
}
