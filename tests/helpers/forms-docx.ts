import {
	AlignmentType,
	Document,
	FootnoteReferenceRun,
	Footer,
	Header,
	HeadingLevel,
	LevelFormat,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun
} from 'docx';
import { TABLE3, T4_COLUMNS } from '../../src/lib/templates/template2019';
import { tableBlocks, type Model } from './forms';

/**
 * The model as Word documents are really written (docx package): the 2021 template's tables with their
 * merged cells (三、本年度办理结果 and the group labels merged down their rows, header cells merged
 * across), headings as Word heading styles, as bold paragraphs, or numbered by Word's list definitions
 * (the "一、" is in numbering.xml, not in the text), a footnote, a page header and footer, and the
 * whole body inside a one-cell layout table.
 */
export interface DocxShape {
	headings: 'styles' | 'bold' | 'numbering';
	/** The body inside a one-cell table (a layout table, as some templates and CMS exports have). */
	nested?: boolean;
}

const OUTLINE = 'outline';

/** 一、 (一) as Word's numbering writes them: Chinese counting, "%1、" and "（%2）". */
const numbering = {
	config: [
		{
			reference: OUTLINE,
			levels: [
				{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
				{ level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT }
			]
		}
	]
};

const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...span });
const show = (v: number | null | string) => (v === null ? '' : String(v));

/** 表三 with the template's merged cells: 10 grid columns (group, subgroup, item, seven values). */
function table3(m: Model): Table {
	const header = [
		new TableRow({ children: [cell('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', { columnSpan: 3, rowSpan: 3 }), cell('申请人情况', { columnSpan: 7 })] }),
		new TableRow({ children: [cell('自然人', { rowSpan: 2 }), cell('法人或其他组织', { columnSpan: 5 }), cell('总计', { rowSpan: 2 })] }),
		new TableRow({ children: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)) })
	];
	const values = TABLE3.template2021.filter((r) => !r.header);
	const rows = values.map((r, i) => {
		const first = (label: string) => values.findIndex((v) => v.path.includes(label)) === i;
		const span = (label: string) => values.filter((v) => v.path.includes(label)).length;
		const lead = r.path.filter(first).map((p) => cell(p, { rowSpan: span(p) }));
		const width = 3 - r.path.length;
		return new TableRow({ children: [...lead, cell(r.label, width > 1 ? { columnSpan: width } : {}), ...m.golden.t3[i].map((v) => cell(show(v)))] });
	});
	return new Table({ rows: [...header, ...rows] });
}

/** 表四 with its three header rows merged across. */
function table4(m: Model): Table {
	return new Table({
		rows: [
			new TableRow({ children: [cell('行政复议', { columnSpan: 5, rowSpan: 2 }), cell('行政诉讼', { columnSpan: 10 })] }),
			new TableRow({ children: [cell('未经复议直接起诉', { columnSpan: 5 }), cell('复议后起诉', { columnSpan: 5 })] }),
			new TableRow({ children: [...T4_COLUMNS, ...T4_COLUMNS, ...T4_COLUMNS].map((t) => cell(t)) }),
			new TableRow({ children: m.golden.t4.map((v) => cell(show(v))) })
		]
	});
}

export async function renderShapedDocx(m: Model, shape: DocxShape): Promise<Uint8Array> {
	const heading = (number: string, title: string, level: 0 | 1): Paragraph => {
		if (shape.headings === 'bold') return new Paragraph({ children: [new TextRun({ text: `${number}${title}`, bold: true })] });
		const style = level === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
		if (shape.headings === 'styles') return new Paragraph({ text: `${number}${title}`, heading: style });
		return new Paragraph({ text: title, heading: style, numbering: { reference: OUTLINE, level } });
	};
	const body: (Paragraph | Table)[] = [new Paragraph({ text: m.agency, alignment: AlignmentType.CENTER }), new Paragraph({ text: m.title, alignment: AlignmentType.CENTER }), new Paragraph(m.date)];
	const blocks = tableBlocks(m);
	m.parts.forEach((p, k) => {
		body.push(heading(p.number, p.title, 0));
		// The first paragraph carries a footnote: its mark is not part of the sentence.
		body.push(...p.text.map((t, j) => new Paragraph({ children: [new TextRun(t), ...(k === 0 && j === 0 ? [new FootnoteReferenceRun(1)] : [])] })));
		for (const s of p.subs ?? []) body.push(heading(s.number, s.title, 1), ...s.text.map((t) => new Paragraph(t)));
		if (p.table === 't2')
			for (const b of blocks.t2) {
				body.push(new Paragraph(b.heading!));
				body.push(new Table({ rows: [new TableRow({ children: b.header.map((h) => cell(h)) }), ...b.rows.map((r) => new TableRow({ children: [cell(r.label), ...r.cells.map((c) => cell(show(c)))] }))] }));
			}
		if (p.table === 't3') body.push(table3(m));
		if (p.table === 't4') body.push(table4(m), new Paragraph('表四所列复议案件均已审结。'));
	});
	const children = shape.nested ? [new Table({ rows: [new TableRow({ children: [new TableCell({ children: body })] })] })] : body;
	const doc = new Document({
		numbering,
		footnotes: { 1: { children: [new Paragraph('数据截至2023年12月31日。')] } },
		sections: [
			{
				headers: { default: new Header({ children: [new Paragraph(`${m.agency}${m.title}`)] }) },
				footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
				children
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The seed's 2008 appendix as a Word table the way offices merge it: a run of rows with the same unit
 * shares one unit cell merged down them (vMerge), a group row with no unit or value is one cell across
 * the table (gridSpan).
 */
export async function renderSeedDocx(before: string[], header: string[], rows: string[][]): Promise<Uint8Array> {
	const table: TableRow[] = [new TableRow({ children: header.map((h) => cell(h)) })];
	rows.forEach(([label, unit, value], i) => {
		if (!unit || unit === '—') return table.push(new TableRow({ children: [cell(label, { columnSpan: 3 })] }));
		let span = 1;
		while (rows[i + span]?.[1] === unit) span++;
		const first = rows[i - 1]?.[1] !== unit;
		table.push(new TableRow({ children: first ? [cell(label), cell(unit, span > 1 ? { rowSpan: span } : {}), cell(value)] : [cell(label), cell(value)] }));
	});
	const doc = new Document({ sections: [{ children: [...before.map((t) => new Paragraph(t)), new Table({ rows: table })] }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}
