import { seedText } from './seed';

/**
 * The seed report (2008 format) with its appendix, scraped one cell per line ("cell |"), re-laid out as
 * other sources print it, for the shape-invariance property of 2008 tables. The cells are taken from the
 * seed's text by position (three per row), not from the parser.
 */
export type Layout2008 =
	| 'tabs-fullwidth'
	| 'markdown'
	| 'html'
	| 'spaces'
	| 'two-columns'
	| 'broken-labels'
	| 'collapsed'
	| 'collapsed-spaces'
	| 'run-together'
	| 'two-columns-run-together';

/** A crawler's plain text: every run of whitespace one space, the body on one line. */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** The 历年累计 column of the two-column variant: three times the annual value (made up, so the sums still hold). */
const cumulative = (cell: string) => (cell === '' || cell === '—' ? cell : String(Number(cell) * 3));

export function seedAppendix(): { before: string[]; header: string[]; rows: string[][] } {
	const lines = seedText().split('\n');
	const start = lines.findIndex((l) => l.startsWith('指 标 |'));
	const end = lines.findIndex((l, i) => i > start && !/\|\s*$/.test(l));
	const cells = lines.slice(start, end < 0 ? undefined : end).map((l) => l.replace(/\s*\|\s*$/, '').trim());
	const rows: string[][] = [];
	for (let i = 3; i + 2 < cells.length + 2; i += 3) rows.push(cells.slice(i, i + 3).concat(['', '', '']).slice(0, 3));
	return { before: lines.slice(0, start), header: cells.slice(0, 3), rows };
}

const fullWidth = (s: string) => s.replace(/[0-9()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function renderSeed(layout: Layout2008): string {
	const { before, rows } = seedAppendix();
	const body = (r: string[]) => [r[0], r[1], r[2]];
	let table: string[];
	switch (layout) {
		case 'tabs-fullwidth':
			table = ['指标\t单位\t数量', ...rows.map((r) => fullWidth(body(r).join('\t')))];
			break;
		case 'markdown':
			table = ['| 指标 | 单位 | 数量 |', '|---|---|---|', ...rows.map((r) => `| ${body(r).join(' | ')} |`)];
			break;
		case 'spaces':
			table = ['指标    单位    数量', ...rows.map((r) => body(r).filter(Boolean).join('    '))];
			break;
		case 'two-columns':
			// The 指标名称 | 计量单位 | 2018年度 | 历年累计 variant: the annual column is the one the seed has.
			table = ['指标名称\t计量单位\t2018年度\t历年累计', ...rows.map((r) => [...body(r), cumulative(r[2])].join('\t'))];
			break;
		case 'broken-labels':
			// Long labels with a note in parentheses wrap inside it: "…(不同渠道" / "和方式公开相同信息计1条)\t条\t3356".
			table = ['指标\t单位\t数量', ...rows.flatMap((r) => {
				const cut = r[0].lastIndexOf('(') + 5;
				return /\([^()]{6,}\)$/.test(r[0]) ? [r[0].slice(0, cut), [r[0].slice(cut), r[1], r[2]].join('\t')] : [body(r).join('\t')];
			})];
			break;
		case 'collapsed':
			// The scraped seed (one cell per line, each ending in "|") with its whitespace collapsed.
			return collapse(seedText());
		case 'collapsed-spaces':
			return collapse([...before, '指标 单位 数量', ...rows.map((r) => body(r).join(' ')), '扫一扫在手机打开当前页'].join('\n'));
		case 'run-together':
			// Tags stripped from <td> cells with nothing between them: "(一)收到申请数件149".
			return collapse([...before, '指标单位数量' + rows.map((r) => body(r).join('')).join('') + '扫一扫在手机打开当前页'].join('\n'));
		case 'two-columns-run-together':
			return collapse([...before, '指标名称计量单位2018年度历年累计' + rows.map((r) => [...body(r), cumulative(r[2])].join('')).join('') + '扫一扫在手机打开当前页'].join('\n'));
		case 'html':
			return `<html><body><div class="article">${before.map((l) => `<p>${l}</p>`).join('')}<table><tr><td>指标</td><td>单位</td><td>数量</td></tr>${rows.map((r) => `<tr>${body(r).map((c) => `<td><p><span>${c || '&nbsp;'}</span></p></td>`).join('')}</tr>`).join('')}</table><p>扫一扫在手机打开当前页</p></div></body></html>`;
	}
	return [...before, ...table, '扫一扫在手机打开当前页'].join('\n');
}
