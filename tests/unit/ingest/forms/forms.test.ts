import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/parse';
import { MODEL } from '../../../fixtures/template2019/model';
import { renderText } from '../../../helpers/forms';
import { compareCells } from '../../../../scripts/golden/compare';
import { blank } from '../../../../scripts/golden/types';

const t3Row = (label: string) => (r: { label: string }) => r.label.includes(label);

describe('Markdown conversions', () => {
	it('reads 表三 split by a converter into small tables with generic headers (数据1…) and "-" placeholders as blanks', () => {
		const golden = { ...MODEL.golden, t3: MODEL.golden.t3.map((r, i) => (i === 6 ? blank() : r)) };
		const lines = renderText({ ...MODEL, golden }, 'markdown').split('\n');
		let dataRows = 0;
		const split = lines.flatMap((l) => {
			if (!/^\| (\d\.|\([一二三四五六七]\)|[一二三四]、)/.test(l) || !/\| \d+ \|/.test(l + ' |')) return [l];
			return ++dataRows % 6 === 0 ? ['', '| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |', '|---|---|---|---|---|---|---|---|', l] : [l];
		});
		expect(split.join('\n')).toContain('| - | - | - | - | - | - | - |');
		const { report } = parseReport(split.join('\n'), 'x.md');
		expect(report.problems).toEqual([]);
		for (const c of compareCells(report, golden)) expect(c.actual, c.where).toBe(c.expected);
		const t3 = report.tables.find((t) => t.anchor === 't3')!;
		expect(t3.rows.find(t3Row('危及'))!.values).toEqual([null, null, null, null, null, null, null]);
	});

	it('takes # marks off headings, also where a converter put them on inline items such as "### 三是…"', () => {
		const md = renderText(MODEL, 'markdown');
		expect(md).toContain('### 一是政策解读');
		const { report } = parseReport(md, 'x.md');
		expect(report.sections.map((s) => s.title)).toEqual(['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项']);
		expect(report.sections[4].text).toContain('一是政策解读形式较为单一');
		expect(JSON.stringify(report.sections)).not.toMatch(/#|\*\*/);
	});
});

describe('cells run together (a crawler that stripped the tags)', () => {
	const withRow = (label: string, digits: string) => renderText(MODEL, 'spaces').replace(new RegExp(`^(${label}.*?)( \\d+)+$`, 'm'), `$1${digits}`);

	it('recovers a row where exactly one split of the digits makes the row add up', () => {
		const { report } = parseReport(withRow('1\\.本机关不掌握相关政府信息', '81100111'), 'x.txt');
		expect(report.problems).toEqual([]);
		expect(report.tables.find((t) => t.anchor === 't3')!.rows.find(t3Row('不掌握'))!.values).toEqual([8, 1, 1, 0, 0, 1, 11]);
	});

	it('leaves the row blank and says so where two splits add up, or none', () => {
		for (const [digits, splits] of [['101000011', 2], ['1000009', 0]] as const) {
			const { report } = parseReport(withRow('1\\.本机关不掌握相关政府信息', digits), 'x.txt');
			expect(report.tables.find((t) => t.anchor === 't3')!.rows.find(t3Row('不掌握'))!.values).toEqual([null, null, null, null, null, null, null]);
			expect(report.problems.map((p) => [p.code, p.detail])).toEqual([['table3-cells-run-together', { text: `1.本机关不掌握相关政府信息${digits}`, splits }]]);
		}
	});
});

describe('nothing lost', () => {
	it('lists every problem in the report itself, so its JSON carries them', () => {
		const text = renderText(MODEL, 'spaces').replace(/^2 1 0 1 4 1 0 0 0 1 0 1 0 0 1$/m, '2 1 0 1 4 1 0 0 0 1');
		const { report } = parseReport(text, 'x.txt');
		expect(report.problems).toEqual([
			{ code: 'table4-not-found', message: '表四：找不到一行 15 个数值，无法可靠放置，未读取', detail: {} },
			{ code: 'tables-not-read', message: '表四：未能读出，模板中的各格均标为“未读出”（原因见上方其他提示）', detail: { tables: ['表四'] } }
		]);
		// 表四 stands as the template prints it, every cell unread.
		const t4 = report.tables.find((t) => t.anchor === 't4')!;
		expect(t4.rows.flatMap((r) => r.states ?? [])).toEqual(Array(15).fill('unread'));
		// The unplaced numbers and the sentence after them stay as the part's text.
		expect(report.sections[3].text).toContain('2 1 0 1 4 1 0 0 0 1');
		expect(report.sections[3].text).toContain('表四所列复议案件均已审结');
	});
});
