import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../../src/lib/ingest/forms/markdown';
import { normalizeText } from '../../../../../src/lib/text/normalize';
import fc from 'fast-check';
import { parseReport } from '../../../../../src/lib/parse';
import { letters, outputPieces } from '../../../../helpers/accounting';

/** Made-up snippets in the shapes converters write; what each line of the report reads as. */
const read = (md: string) => readMarkdown(normalizeText(md));
const texts = (md: string) => read(md).lines.map((l) => l.text).filter(Boolean);
const cells = (md: string) => read(md).lines.filter((l) => l.cells).map((l) => l.cells);

describe('block marks are not report text', () => {
	it('setext: the underline of a heading goes, the heading stays; a --- alone is a break', () => {
		expect(texts('示例县测试局\n======\n\n2023年政府信息公开工作年度报告\n---\n\n正文第一段。\n\n---\n\n一、总体情况\n')).toEqual([
			'示例县测试局',
			'2023年政府信息公开工作年度报告',
			'正文第一段。',
			'一、总体情况'
		]);
	});

	it('list and quote marks before outline numbers, escaped numbering, entities', () => {
		expect(texts('- 一\\、总体情况\n\n1. （一）主动公开\n\n> > 1\\.本年新收\n\n* **二、主动公开政府信息情况**\n\n全年&nbsp;公开&amp;更新&#20013;')).toEqual([
			'一、总体情况',
			'(一)主动公开',
			'1.本年新收',
			'二、主动公开政府信息情况',
			'全年 公开&更新中'
		]);
	});

	it('a list number before a part title of the template is the part’s number; before other text it stays', () => {
		expect(texts('1. 总体情况\n\n1. 主动公开政府信息情况\n\n2. 加强培训\n\n3. 政府信息公开行政复议,行政诉讼情况。本年度无。\n\n1. 主动公开')).toEqual([
			'一、总体情况',
			'二、主动公开政府信息情况',
			'2. 加强培训',
			'四、政府信息公开行政复议,行政诉讼情况。本年度无。',
			'1. 主动公开'
		]);
	});

	it('images, comments, footnote marks and link targets go; link text and footnote text stay', () => {
		expect(texts('![印章](img/1.png)本局<!-- x -->公开[目录](http://a.example/ml)[^2]。\n\n[^2]: 见附件。')).toEqual(['本局公开目录。', '见附件。']);
	});
});

describe('pages', () => {
	it('drops page numbers and running headers next to page breaks, and lists them; the same text elsewhere stays', () => {
		const md = ['示例县测试局年度报告', '', '一、总体情况', '', '3', '', '正文。', '', '第 1 页', '', '<div style="page-break-after:always"></div>', '', '示例县测试局年度报告', '', '正文二。', '', '— 2 —', '\f', '示例县测试局年度报告', '', '正文三。'].join('\n');
		const { lines, dropped } = read(md);
		expect(lines.map((l) => l.text).filter(Boolean)).toEqual(['示例县测试局年度报告', '一、总体情况', '3', '正文。', '正文二。', '正文三。']);
		expect(dropped).toEqual(['第 1 页', '示例县测试局年度报告', '— 2 —', '示例县测试局年度报告']);
	});
});

describe('pipe tables', () => {
	it('without outer bars, with a trailing bar only, an escaped bar inside a cell, <br> inside a label', () => {
		expect(cells('指标 | 单位 | 数量\n---|:---:|---:\n其中：网站<br>公开 | 条 | 12\n行政复议\\|诉讼 | 件 | 3 |')).toEqual([
			['指标', '单位', '数量'],
			['其中:网站公开', '条', '12'],
			['行政复议|诉讼', '件', '3']
		]);
	});

	it('a merged cell’s slots are taken out under a header that leaves them empty; a blank under a named column stays', () => {
		const md = ['| 信息内容 | 本年处理决定数量 | | |', '|---|---|---|---|', '| 行政许可 | 12 | | |', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 规章 | | 0 | 3 |'].join('\n');
		expect(cells(md)).toEqual([['信息内容', '本年处理决定数量'], ['行政许可', '12'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '', '0', '3']]);
	});

	it('a merged cell written in every slot (docling) is one cell; equal values under different columns stay two', () => {
		const md = ['| 信息内容 | 本年处理决定数量 | 本年处理决定数量 |', '|---|---|---|', '| 行政许可 | 12 | 12 |', '| 信息内容 | 本年制发件数 | 本年废止件数 |', '| 规章 | 0 | 0 |'].join('\n');
		expect(cells(md)).toEqual([['信息内容', '本年处理决定数量'], ['行政许可', '12'], ['信息内容', '本年制发件数', '本年废止件数'], ['规章', '0', '0']]);
	});

	it('rows a converter merged (every cell the same number of <br> lines) are split; a wrapped label beside single values is one row', () => {
		const md = ['| 指标 | 单位 | 数量 |', '|---|---|---|', '| 网站公开<br>公报公开 | 条<br>条 | 12<br>- |', '| 其中：通过政府网站<br>公开的信息 | 条 | 30 |', '| 答复数<br>复议数 | 件 | 1<br>2 |'].join('\n');
		expect(cells(md)).toEqual([
			['指标', '单位', '数量'],
			['网站公开', '条', '12'],
			['公报公开', '条', '-'],
			['其中:通过政府网站公开的信息', '条', '30'],
			['答复数复议数', '件', '1 2']
		]);
	});

	it('without a header, an empty cell is a blank value', () => {
		expect(cells('| | | |\n|---|---|---|\n| 规章 | | 3 |')).toEqual([['规章', '', '3']]);
	});
});

describe('pandoc tables', () => {
	it('a grid table: a cell wrapped over lines is joined, a row span belongs to its first row, a column span is one cell', () => {
		const md = [
			'+--------+--------+------+',
			'| 三、本 | (一)予 | 12   |',
			'| 年度办 | 以公开 |      |',
			'| 理结果 +--------+------+',
			'|        | (二)部 | 4    |',
			'|        | 分公开 |      |',
			'+--------+--------+------+',
			'| (七)总计        | 16   |',
			'+=================+======+'
		].join('\n');
		expect(cells(md)).toEqual([['三、本年度办理结果', '(一)予以公开', '12'], ['(二)部分公开', '4'], ['(七)总计', '16']]);
	});

	it('a simple table without a header, numbers right-aligned under their dashes', () => {
		expect(cells(['', '----------  ----  -----', '主动公开    条      425', '依申请      件       12', '----------  ----  -----', ''].join('\n'))).toEqual([
			['主动公开', '条', '425'],
			['依申请', '件', '12']
		]);
	});
});

describe('what else converters write around the text', () => {
	it('pandoc: attributes, bracketed spans, a caption, fenced divs; a code fence; a hard break', () => {
		expect(texts('# 一、总体情况 {#overview}\n\n::: {custom-style="正文"}\n[全年]{.underline}公开。\\\n:::\n\n```\n二、主动公开政府信息情况\n```\n\n: 表三 收到和处理情况')).toEqual([
			'一、总体情况',
			'全年公开。',
			'二、主动公开政府信息情况',
			'表三 收到和处理情况'
		]);
	});

	it('a footnote mark as a superscript number does not join the number before it', () => {
		expect(cells('| 指标 | 数量 |\n|---|---|\n| 主动公开<sup>1</sup> | 425<sup>2</sup> |\n| 依申请^3^ | 12 |')).toEqual([
			['指标', '数量'],
			['主动公开', '425'],
			['依申请', '12']
		]);
	});

	it('MinerU: numbers it took for formulas ($1 2 0 0$) are numbers again; a price in text is left alone', () => {
		expect(texts('全年主动公开 $1 2 0 0$ 条，增长 $12.5\\%$，费用$5元$。')).toEqual(['全年主动公开 1200 条,增长 12.5%,费用$5元$。']);
		expect(cells('| 指标 | 数量 |\n|---|---|\n| 主动公开 | $4 2 5$ |')).toEqual([['指标', '数量'], ['主动公开', '425']]);
	});

	it('marker: a page anchor between the list mark and the outline number', () => {
		expect(texts('1. <span id="page-2-0"></span>(一)主动公开')).toEqual(['(一)主动公开']);
	});
});

describe('metadata converters put before the text', () => {
	it('YAML front matter: the title is the first line, the date a 发布日期 line, the rest listed as dropped', () => {
		const { lines, dropped } = read('---\ntitle: "示例县测试局2023年政府信息公开工作年度报告"\nsource: http://a.example/1.html\ndate: 2024-01-20T08:00:00+08:00\ntags: [年报]\n---\n\n一、总体情况\n');
		expect(lines.map((l) => l.text).filter(Boolean)).toEqual(['示例县测试局2023年政府信息公开工作年度报告', '发布日期: 2024-01-20', '一、总体情况']);
		expect(dropped).toEqual(['source: http://a.example/1.html', 'tags: [年报]']);
	});

	it('a reader’s header (Title, URL Source, Published Time, Markdown Content)', () => {
		// Its field lines stay lines; the front matter reader (ingest/report/meta.ts) reads them as it reads a crawler's.
		const md = 'Title: 示例县测试局2023年政府信息公开工作年度报告\n\nURL Source: http://a.example/1.html\n\nPublished Time: 2024-01-20\n\nMarkdown Content:\n一、总体情况\n正文。\n二、其他\n无。';
		const { report } = parseReport(md, 'x.md');
		expect([report.title, report.agency, report.year, report.published]).toEqual(['示例县测试局2023年政府信息公开工作年度报告', '示例县测试局', 2023, '2024-01-20']);
		expect(outputPieces(report).join('\n')).toContain('http://a.example/1.html');
	});

	it('a --- at the top that closes nothing is a break, not front matter', () => {
		expect(texts('---\n\n一、总体情况\n\n正文。')).toEqual(['一、总体情况', '正文。']);
	});
});

describe('nothing a converter wrapped is lost', () => {
	/** Each shape wraps made-up words in a converter's markup; the words must come out somewhere in the report. */
	const SHAPES: ((a: string, b: string) => string)[] = [
		(a) => `## ${a}`,
		(a, b) => `**${a}**${b}`,
		(a) => `> > ${a}`,
		(a) => `- ${a}`,
		(a, b) => `[${a}](http://x.example/a)${b}`,
		(a) => `![图](a.png)${a}<!-- c -->`,
		(a) => `${a}\n---`,
		(a) => `${a}\n=====`,
		(a, b) => `| ${a} | 1 |\n|---|---|\n| ${b} | 2 |`,
		(a, b) => `${a} | ${b}\n---|---\n${b} | 3`,
		(a, b) => `<table><tr><td rowspan="2">${a}</td><td>4</td></tr><tr><td>${b}</td></tr></table>`,
		(a, b) => `+------+------+\n| ${a} | 5    |\n+======+======+\n| ${b} | 6    |\n+------+------+`,
		(a, b) => `${a}  件\n------  ----\n${b}  7`,
		(a, b) => `\n------  ----\n${a}  8\n${b}  9\n------  ----`,
		(a, b) => `\n--------------\n${a} 数量\n------ -------\n${b} 10\n\n${a}\n--------------`,
		(a, b) => `${a}[^1]\n\n[^1]: ${b}`,
		() => '<div style="page-break-after:always"></div>',
		() => '---'
	];
	const word = fc.string({ unit: fc.constantFrom(...'公开信息申请办理情况政府年度工作'), minLength: 2, maxLength: 6 });

	it('parses, and every word of every shape is in the report (its sections, tables or dropped lines)', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(SHAPES.length - 1), word, word), { maxLength: 12 }), (parts) => {
				const body = parts.map(([k, a, b]) => SHAPES[k](a, b)).join('\n\n');
				const md = `示例县测试局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n${body}\n\n二、主动公开政府信息情况\n`;
				const { report } = parseReport(md, 'fuzz.md');
				const hay = outputPieces(report).map(letters).join('\u0000');
				for (const [k, a, b] of parts) for (const w of [a, b].filter((w) => SHAPES[k](a, b).includes(w))) expect(hay).toContain(letters(w));
			}),
			{ seed: 20231120, numRuns: 200 }
		);
	});
});

describe('a page pandoc converted whole, raw HTML left in its Markdown', () => {
	it('puts a tag pandoc wrapped over lines back together, so the heading it holds stays a line of its own', () => {
		const md = '<span style="font-family: 微软雅黑;">全文如下。</span><span\nstyle="font-family: 微软雅黑;"></span>\n\n<span\nstyle="font-family: 微软雅黑;">二、主动公开政府信息情况</span><span\nstyle="font-family: 微软雅黑;"></span>';
		expect(texts(md)).toEqual(['全文如下。', '二、主动公开政府信息情况']);
	});

	it('tells a table row of equal numbers from a header written twice by the cells\' text, not their markup', () => {
		const cell = (t: string) => `<span style="font-family: 微软雅黑;">${t}</span><span style="font-family: 微软雅黑;"></span>`;
		const row = (cells: string[]) => `| ${cells.map((c) => (c ? cell(c) : '')).join(' | ')} |`;
		const md = [
			'|   |   |   |   |   |',
			'|---|---|---|---|---|',
			row(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
			row(['0', '0', '0', '1', '1'])
		].join('\n');
		expect(read(md).lines.map((l) => l.cells)).toEqual([
			['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
			['0', '0', '0', '1', '1']
		]);
	});
});

