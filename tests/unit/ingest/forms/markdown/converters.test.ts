import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';
import type { Report } from '../../../../../src/lib/types';
import { MODEL } from '../../../../fixtures/template2019/model';
import { linesAsMarkdown, MARKDOWN_FORMS, renderMarkdown, type MarkdownForm } from '../../../../fixtures/markdown/forms';
import { renderHtml, renderText } from '../../../../helpers/forms';
import { compareCells } from '../../../../../scripts/golden/compare';
import { readFileSync } from 'node:fs';
import { corpusFile, hasCorpus, seedText, walk } from '../../../../helpers/seed';
import { readHtml } from '../../../../../src/lib/ingest/forms/html';
import { normalizeText } from '../../../../../src/lib/text/normalize';
import { looksLikeMarkdown } from '../../../../../src/lib/ingest/forms/markdown';
import { renderSeed, seedAppendix } from '../../../../helpers/forms2008';
import { seedReport } from '../../../../helpers/search';
import { toHtmlTable } from '../../../../fixtures/markdown/tables';
import { gridTable, multilineTable, pipeTable, simpleTable } from '../../../../fixtures/markdown/writers';
import { outline, rowAnchors } from '../../../../helpers/same-report';

const reference = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt').report;
const seed = seedReport();
const parse = (form: MarkdownForm, model = MODEL) => parseReport(renderMarkdown(model, form), 'shili-2023.md').report;

describe('the made-up 2019 report as each document converter writes Markdown gives the same report', () => {
	it.each(MARKDOWN_FORMS)('%s', (form) => {
		const report = parse(form);
		const cells = compareCells(report, MODEL.golden);
		expect(cells).toHaveLength(200);
		for (const c of cells) expect(c.actual, c.where).toBe(c.expected);
		expect(report.problems).toEqual([]);
		expect(outline(report)).toEqual(outline(reference));
		expect(rowAnchors(report)).toEqual(rowAnchors(reference));
		expect(report).toMatchObject({ agency: MODEL.agency, year: 2023, format: '2019', template: '2021' });
		// 表二's items keep the 2021 template's columns: a span's slots are not read as more columns.
		expect(report.tables.find((t) => t.anchor === 't2-5')!.columns).toEqual(['本年处理决定数量']);
		expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
		expect(report.sections.find((s) => s.anchor === 's4')!.text).toContain('表四所列复议案件均已审结');
		// No markup reaches the report's text.
		const shown = walk(report.sections).flatMap((s) => [s.title, s.text]).join('\n');
		expect(shown).not.toMatch(/[#*<>|\\]|!\[|\[\^|---|===|&nbsp;/);
	});

	it('is recognised as Markdown by its content alone, whatever converter wrote it', () => {
		for (const form of MARKDOWN_FORMS) expect(looksLikeMarkdown(renderMarkdown(MODEL, form)), form).toBe(true);
	});

	it('does not take a plain-text report or an HTML page for Markdown', () => {
		for (const layout of ['spaces', 'pipes', 'pipes-open', 'tabs', 'cell-per-line', 'collapsed', 'collapsed-pipes'] as const) {
			expect(looksLikeMarkdown(renderText(MODEL, layout)), layout).toBe(false);
		}
		expect(looksLikeMarkdown(renderHtml(MODEL))).toBe(false);
		for (const layout of ['tabs-fullwidth', 'spaces', 'two-columns', 'broken-labels', 'collapsed', 'collapsed-spaces', 'run-together', 'html'] as const) {
			expect(looksLikeMarkdown(renderSeed(layout)), layout).toBe(false);
		}
		// The scraped seed: one cell per line, each ending in "|".
		expect(looksLikeMarkdown(seedText())).toBe(false);
	});
});

describe('a web clipper’s Markdown: the title only in YAML front matter', () => {
	it('gives the same report, the title and agency from the front matter', () => {
		const body = renderMarkdown(MODEL, 'gfm-trailing-bar').split('\n').filter((l) => !/^# /.test(l));
		const md = ['---', `title: "${MODEL.agency}${MODEL.title}"`, 'source: "https://www.example.gov.cn/art/2024/1/20/art_1.html"', 'created: 2024-01-21', '---', ...body].join('\n');
		const { report } = parseReport(md, 'clip.md');
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(report).toMatchObject({ agency: MODEL.agency, year: 2023, title: `${MODEL.agency}${MODEL.title}` });
		expect(outline(report)).toEqual(outline(reference));
		expect(report.dropped).toContain('source: "https://www.example.gov.cn/art/2024/1/20/art_1.html"');
	});
});

describe('a converter that wrote plain text (markitdown on a PDF) into a .md file', () => {
	it.each(['spaces', 'tabs', 'cell-per-line', 'pipes-open'] as const)('reads as the text does (%s)', (layout) => {
		const text = renderText(MODEL, layout);
		const asText = parseReport(text, 'shili-2023.txt').report;
		const asMd = parseReport(text, 'shili-2023.md').report;
		// The same tables, their source text but for spaces at line ends.
		const trimmed = (r: Report) => r.tables.map((t) => ({ ...t, source: t.source.replace(/[ \t]+$/gm, '') }));
		expect(trimmed(asMd)).toEqual(trimmed(asText));
		expect(asMd.sections).toEqual(asText.sections);
		expect(asMd.problems).toEqual([]);
	});
});

describe('blank cells in converted tables', () => {
	// A made-up variant of the model with blank cells: 规章's 本年制发件数, and (三)3's whole row.
	const t3 = MODEL.golden.t3.map((r, i) => (i === 6 ? [null, null, null, null, null, null, null] : r));
	const model = { ...MODEL, golden: { ...MODEL.golden, t2: { ...MODEL.golden.t2, 规章: [null, 0, 3] }, t3 } };

	it.each(MARKDOWN_FORMS)('stay null, never 0, and keep the cells after them in place (%s)', (form) => {
		const report = parse(form, model);
		for (const c of compareCells(report, model.golden)) expect(c.actual, c.where).toBe(c.expected);
	});
});

describe('what converters put around the text', () => {
	const report = parse('noisy');

	it('drops page numbers and the running header between pages, and lists them', () => {
		expect(report.dropped).toEqual(expect.arrayContaining(['- 1 -', '- 6 -', '示例市测试局政府信息公开工作年度报告']));
		expect(report.dropped.filter((d) => d === '示例市测试局政府信息公开工作年度报告')).toHaveLength(6);
	});

	it('keeps a link’s text, a footnote’s text and a quoted paragraph; drops images, comments and marks', () => {
		const text = report.sections.map((s) => s.text).join('\n') + walk(report.sections).map((s) => s.text).join('\n');
		expect(text).toContain('全年主动公开各类政府信息1200条,及时更新政府信息公开目录。');
		expect(text).toContain('含政府网站、政务新媒体发布的信息。');
		expect(text).toContain('一是政策解读形式较为单一');
		expect(text).not.toMatch(/http|base64|page|end/);
	});
});

describe('the seed’s 2008 appendix as converters write a table in Markdown gives the same rows, keys and checks', () => {
	const { before, header, rows: cells } = seedAppendix();
	const matrix = [header, ...cells];
	const seedRows = (r: Report) => r.tables.flatMap((t) => t.rows.map((row) => ({ anchor: row.anchor, label: row.label, unit: row.unit, value: row.values[0], key: row.keys?.[0] ?? null })));
	const tables: [string, string[]][] = [
		['an HTML table (MinerU)', [toHtmlTable(matrix.map((r) => r.map((text) => ({ text }))), true)]],
		['a pipe table without outer bars', pipeTable(matrix, 'none')],
		['a pipe table with a trailing bar only', pipeTable(matrix, 'trailing')],
		['a pandoc grid table, labels wrapped', gridTable(matrix.map((r) => r.map((text) => ({ text }))), [24, 4, 6], 1)],
		['a pandoc simple table', simpleTable(matrix)],
		['a pandoc simple table, columns one space apart', simpleTable(matrix, 1)],
		['a pandoc multiline table', multilineTable(matrix, 20)]
	];
	it.each(tables)('%s', (_, table) => {
		const { report } = parseReport([...before, '', ...table, '', '扫一扫在手机打开当前页'].join('\n'), 'x.md');
		expect(report.problems).toEqual([]);
		expect(walk(report.sections).map((s) => s.anchor)).toEqual(walk(seed.sections).map((s) => s.anchor));
		expect(seedRows(report)).toEqual(seedRows(seed));
		expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(seed.checks.map((c) => `${c.id}:${c.status}`));
	});
});

describe.skipIf(!hasCorpus)('the corpus’s real 2019 pages, their tables written as Markdown, give the cells the page gives', () => {
	const shapes: [string, (rows: string[][]) => string[]][] = [
		['pipe tables', (rows) => pipeTable(rows, 'both')],
		['HTML tables on one line', (rows) => [toHtmlTable(rows.map((r) => r.map((text) => ({ text }))), true)]]
	];
	it.each(['shuyang-fgj-2023', 'shanghai-szfbgt-2019'].flatMap((name) => shapes.map(([shape, table]) => [name, shape, table] as const)))('%s as %s', (name, _, table) => {
		const html = readFileSync(corpusFile(`${name}.html`), 'utf8');
		const page = parseReport(html, `${name}.html`).report;
		const { lines, hints } = readHtml(normalizeText(html));
		const { report } = parseReport(linesAsMarkdown(hints.title ?? page.title, lines, table), `${name}.md`);
		expect(report.tables.map((t) => t.rows.map((r) => r.values))).toEqual(page.tables.map((t) => t.rows.map((r) => r.values)));
		expect(report.problems).toEqual([]);
		expect(outline(report)).toEqual(outline(page));
		expect(report).toMatchObject({ agency: page.agency, year: page.year });
	});
});

describe('a .md file', () => {
	it('whose text a crawler collapsed onto one line reads as the collapsed text does', () => {
		const report = parseReport(renderText(MODEL, 'collapsed'), 'x.md').report;
		for (const c of compareCells(report, MODEL.golden)) expect(c.actual, c.where).toBe(c.expected);
		expect(outline(report)).toEqual(outline(reference));
	});


	it('opened by a converter with a <div> wrapper is Markdown; a whole HTML page saved as .md is a page', () => {
		const wrapped = `<div align="center">${MODEL.agency}</div>\n\n${renderMarkdown(MODEL, 'gfm-trailing-bar')}`;
		expect(compareCells(parseReport(wrapped, 'x.md').report, MODEL.golden).every((c) => c.actual === c.expected)).toBe(true);
		const page = parseReport(renderHtml(MODEL), 'x.md').report;
		expect(page.published).toBe('2024-01-20');
		expect(page.dropped.join('\n')).toContain('网站标识码');
	});
});
