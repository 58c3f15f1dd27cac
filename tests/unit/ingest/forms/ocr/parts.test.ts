import { describe, expect, it } from 'vitest';
import { findGrids } from '../../../../../src/lib/ingest/forms/ocr/grid';
import { greyOfPnm, inkOf, type Grey } from '../../../../../src/lib/ingest/forms/ocr/image';
import { skewOf, turned } from '../../../../../src/lib/ingest/forms/ocr/skew';
import { labelsInOrder, templateHeading, templateLabel } from '../../../../../src/lib/ingest/forms/ocr/labels';
import { tableRows, valueCells } from '../../../../../src/lib/ingest/forms/ocr/rows';
import { UNREAD_CELL } from '../../../../../src/lib/ingest/tables/cells';
import { markOcrTables, verifyOcr } from '../../../../../src/lib/ingest/forms/ocr/verify';
import { withoutStrayMarks } from '../../../../../src/lib/ingest/forms/ocr';
import { DigitShapes, shapeDistance } from '../../../../../src/lib/ingest/forms/ocr/glyphs';
import { parseFile, parseReport } from '../../../../../src/lib/parse';
import { enrich } from '../../../../../src/lib/indicators/assign';
import { renderText } from '../../../../helpers/forms';
import { MODEL } from '../../../../fixtures/template2019/model';
import { paperPdf, scanPdf } from '../../../../helpers/forms-scan';
import { modelPaper } from '../../../../helpers/model-paper';

/** A white page with black boxes drawn on it. */
function page(width: number, height: number, boxes: [number, number, number, number][]): Grey {
	const data = new Uint8Array(width * height).fill(255);
	for (const [x, y, w, h] of boxes) for (let r = y; r < y + h; r++) data.fill(0, r * width + x, r * width + x + w);
	return { width, height, data };
}

describe('reading pictures: the parts OCR relies on', () => {
	it('finds a ruled table\'s rows and cells by its lines, a row with merged cells cut only where its own lines run', () => {
		// Three horizontal rules, 600 px wide, on a 1000 px page; the first row has 3 cells, the second 2 (its middle line missing).
		const g = page(800, 1000, [
			[100, 50, 600, 3], [100, 150, 600, 3], [100, 250, 600, 3],
			[100, 50, 3, 203], [697, 50, 3, 203], [300, 50, 3, 103], [500, 50, 3, 203]
		]);
		const grids = findGrids(inkOf(g));
		expect(grids).toHaveLength(1);
		expect(grids[0].rows.map((r) => r.length)).toEqual([3, 2]);
		expect(grids[0].rows[1][0].x).toBeLessThan(110);
		expect(grids[0].rows[1][0].x + grids[0].rows[1][0].width).toBeGreaterThan(490);
	});

	it('takes two rulings a few pixels apart (one line scanned thick or blurred) for one line: the table goes on below them', () => {
		const g = page(800, 1000, [
			[100, 50, 600, 3], [100, 150, 600, 3], [100, 250, 600, 3], [100, 262, 600, 3], [100, 350, 600, 3],
			[100, 50, 3, 303], [697, 50, 3, 303], [400, 50, 3, 303]
		]);
		const grids = findGrids(inkOf(g));
		expect(grids).toHaveLength(1);
		expect(grids[0].rows.map((r) => r.length)).toEqual([2, 2, 2]);
	});

	it('measures a page turned a degree and a half, or fed crooked by seven or nine, and turns it back straight', () => {
		const lines = page(1000, 800, Array.from({ length: 12 }, (_, i) => [100, 60 + i * 55, 800, 6] as [number, number, number, number]));
		for (const by of [1.5, 7, -9]) {
			const skewed = turned(lines, by);
			const angle = skewOf(inkOf(skewed));
			expect(Math.abs(Math.abs(angle) - Math.abs(by)), `turned ${by}°`).toBeLessThanOrEqual(0.25);
			expect(skewOf(inkOf(turned(skewed, angle))), `turned ${by}°`).toBe(0);
		}
	});

	it('takes a red seal out of a colour page and keeps the black print under it', () => {
		// P6: a black pixel, a red one, a dark red one (print under the seal), a white one.
		const head = new TextEncoder().encode('P6\n4 1\n255\n');
		const ppm = new Uint8Array([...head, 0, 0, 0, 220, 30, 30, 60, 10, 10, 255, 255, 255]);
		expect([...greyOfPnm(ppm).data].map((v) => v < 128)).toEqual([true, false, true, false]);
	});

	it('matches an OCR\'d row label to the template\'s (a misread character or two), and keeps an agency\'s own label as read', () => {
		expect(templateLabel('7.属于行政执法案耸')).toBe('7.属于行政执法案卷');
		expect(templateLabel('2.其他法律行政法规禁止公幵')).toBe('2.其他法律行政法规禁止公开');
		// 表二's labels too: 罚 read as 加.
		expect(templateLabel('行政处加')).toBe('行政处罚');
		// A round bracket read square or curly.
		expect(templateLabel('{四]无法提殿')).toBe('(四)无法提供');
		expect(templateLabel('本单位自定义的统计项目')).toBe('本单位自定义的统计项目');
	});

	it('gives a row label misread past the tolerance the template\'s label its neighbours pin, and keeps an agency\'s own row as read', () => {
		const read = ['(一)予以公开', '个有人公开(分处理的只计这一傅形不计惧他全开', '(三)不予公开', '1.属于国家秘密'];
		expect(labelsInOrder(read)).toEqual(['(一)予以公开', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '(三)不予公开', '1.属于国家秘密']);
		// Two misread rows between two matched ones the template has two rows apart.
		expect(labelsInOrder(['1.属于国家秘密', '2.其他法律行政法规禁止公幵幵幵', '3.危及三安仝一稳走', '4.保护第三方合法权益'])).toEqual(['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益']);
		// An extra row the template does not have between them: the count does not fit, the row stays as read.
		const own = ['(一)予以公开', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '其中:本单位自定义', '(三)不予公开'];
		expect(labelsInOrder(own)).toEqual(own);
		// A reading nothing like the template's label in that place stays as read.
		expect(labelsInOrder(['(一)予以公开', '本年度我局未发生此类情形说明', '(三)不予公开'])[1]).toBe('本年度我局未发生此类情形说明');
		// A label wrapped over two lines in its cell, one line lost (a black-and-white scan): a stretch of its
		// label, a character off, is pinned by its neighbours; a reading of a few characters is not.
		const wrapped = ['(六)其他处理', '人人天下省理由省不补正、行政机关不再处理其政府公开申请', '2行政机关趟再处理其政府信息公开申请', '3,其他上', '(七)总计'];
		expect(labelsInOrder(wrapped).slice(1, 4)).toEqual(['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']);
		expect(labelsInOrder(['(六)其他处理', '人人天下省理由省不补正、行政机关不再处理其政府公开申请', '2行政', '3,其他上', '(七)总计'])[2]).toBe('2行政');
		// A label of which OCR read its outline number alone (3 for 3.其他) is that row where its neighbours pin it; another number is not.
		const lastRows = (read: string) => labelsInOrder(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', read, '(七)总计'])[1];
		expect(lastRows('3')).toBe('3.其他');
		expect(lastRows('4')).toBe('4');
		// A 2008 part's row whose 、 and title OCR garbled (四夏各 at 150 dpi) is that part where its neighbours pin it; another part's number is not.
		const partRow = (read: string) => labelsInOrder(['8.告知通过其他途径办理数', read, '(一)维持具体行政行为数'])[1];
		expect(partRow('四夏各')).toBe('四、行政复议数量');
		expect(partRow('五夏各')).toBe('五夏各');
		expect(partRow('四十各')).toBe('四十各');
	});

	it('pins a misread label at a table\'s first or last row by its one neighbour: the table runs on from or onto another page', () => {
		// 表三 continued at the top of a page: (七)总计 read as (总计 above 四、结转下年度继续办理.
		expect(labelsInOrder(['(总计', '四、结转下年度继续办理'])).toEqual(['(七)总计', '四、结转下年度继续办理']);
		// Latin letters OCR made of a broken stroke are no part of a label: (tb总计 is (七)总计 too.
		expect(labelsInOrder(['(tb总计', '四、结转下年度继续办理'])).toEqual(['(七)总计', '四、结转下年度继续办理']);
		// At a page's foot, the one row after the last matched one, when as near its template label as a label alone must be.
		expect(labelsInOrder(['1.属于国家秘密', '2.其他法律行政法规禁止公幵'])).toEqual(['1.属于国家秘密', '2.其他法律行政法规禁止公开']);
		expect(labelsInOrder(['1.属于国家秘密', '2.其他法律行政法规禁止公幵', '3.危及三安仝一稳走'])[2]).toBe('3.危及三安仝一稳走');
		// An agency's own row at an edge is not the template's neighbour, however alike (客户端 is not 微信).
		expect(labelsInOrder(['2.政府网站公开政府信息数', '3.政务微博公开政府信息数', '4.政务客户端公开信息数'])[2]).toBe('4.政务客户端公开信息数');
		// Where templates differ on the row an edge row would be (2021's 3.其他, the trial's (六)其他处理), none pins it.
		expect(labelsInOrder(['(六)其他', '(七)总计'])[0]).toBe('(六)其他');
		// A header row above the first matched row, or an agency's own row below the last, is nothing like the template's label there.
		const edges = ['申请人情况', '(一)予以公开', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '其中:本单位自定义'];
		expect(labelsInOrder(edges)).toEqual(edges);
	});

	it('takes a cell for a value by its row: a 0 read as Chinese among numbers is a value, a unit column stays units, a label is never a value', () => {
		const t3 = [['1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1'], ['2.其他法律行政法规禁止公开', '0', '0', '吓人', '人', '0', '0', '0']];
		expect(valueCells(t3)[1]).toEqual([false, true, true, true, true, true, true, true]);
		// A 2008 table: 指标 | 单位 | 数量; its units are words, even where one reads like a misread 0 would.
		// 表四, a header over one row of values: a 1 the page pass read as 人 (a unit) is still a value, under its header 结果纠正.
		const t4header = ['结果纵持', '结果纠正', '其他结果', '尚未审结', '总计'];
		expect(valueCells([t4header, ['2', '人', '0', '1', '4']])[1]).toEqual([true, true, true, true, true]);
		const appendix = [['指标', '单位', '数量'], ['(一)收到申请数', '件', '149'], ['1.当面申请数', '件', '10'], ['2.传真申请数', '人', '0'], ['3.网络申请数', '|', '139']];
		expect(valueCells(appendix)).toEqual([[false, false, false], [false, false, true], [false, false, true], [false, false, true], [false, false, true]]);
		// A header row of words holds no value; an empty cell (no ink) none either.
		expect(valueCells([['申请人情况', '自然人', '商业企业'], ['一、本年新收', null, '3']])).toEqual([[false, false, false], [false, false, true]]);
		// 表四: a header over one row of values and no label column; its first cells, in which nothing read a
		// number, are values still (unread, never a blank or the row's label).
		const t4 = [['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ['', '', '0', '1', '4']];
		expect(valueCells(t4, (i, k) => i === 1 && k >= 2)[1]).toEqual([true, true, true, true, true]);
		// Two rows of 表三 whose first label OCR garbled past words ((tb): the other row's label still marks a label column.
		const garbled = [['(tb', '40', '5', '1', '0', '2', '1', '49'], ['四、结转下年度继续办理', '3', '1', '0', '0', '0', '0', '4']];
		expect(valueCells(garbled).map((r) => r[0])).toEqual([false, false]);
	});

	it('tells value columns by the rows of numbers, not by a header\'s rows: 表四\'s three over its one row of values, its names garbled', () => {
		// The names read too garbled to name a template column (结奥准持), a fragment of one (持) read as a digit by a digit pass.
		const t4 = [
			['行政复议', '行政诉讼'],
			['结果维持', null, null, null, null, '未经复议直接起诉', '复议后起诉'],
			['持', '正', '果', '结', '总计', '结奥准持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维扶', '结果纠正', '其他结时', '尚未审结', '审计人'],
			['2', '|', '0', '1', '4', null, '0', '0', '0', '1', '全', '1', '0', '0', '1']
		];
		const digitRead = (i: number, k: number) => (i === 2 && k === 0) || (i === 3 && t4[i][k] !== null);
		expect(valueCells(t4, digitRead)[3]).toEqual(t4[3].map((t) => t !== null));
	});

	it('takes a unit read between two numbers for a misread value (a 0 as 人), a unit between a label and its value for a unit', () => {
		// Its header's name garbled past naming the column (商止企).
		const t3 = [['申请人情况', '自然人', '商止企', '科研机构', '总计'], ['(七)总计', '40', '人', '1', '41']];
		expect(valueCells(t3)[1]).toEqual([false, true, true, true, true]);
		const appendix = [['(一)收到申请数', '人', '149'], ['1.当面申请数', '件', '10']];
		expect(valueCells(appendix)).toEqual([[false, false, true], [false, false, true]]);
	});

	it('takes a reading without the point its cell\'s ink holds (1.5 read as 15 by both passes, surely) on no confidence and no shapes', () => {
		const box = (x: number) => ({ x, y: 10, width: 50, height: 30 });
		const sure = [{ text: '15', conf: 96 }, { text: '15', conf: 97 }];
		const cell = (point: number | null) => [[null, { reads: sure, page: '15', shapes: ['s1', 's5'], point }]];
		const read = (point: number | null) => tableRows([[box(0), box(60)]], [['行政事业性收费', '15']], cell(point), new DigitShapes(), 100, 1, 1).readings[0];
		expect(read(1)).toMatchObject({ text: '15', conf: 0 });
		expect(read(1).shapes).toBeUndefined();
		expect(read(null)).toMatchObject({ text: '15', conf: 96, shapes: ['s1', 's5'] });
	});

	it('gives a value cell nothing read as a number as UNREAD_CELL, kept in its place, shown □ in the row\'s text', () => {
		const box = (x: number) => ({ x, y: 10, width: 50, height: 30 });
		const found = [[null, { reads: [], page: null, shapes: null, point: null }, { reads: [{ text: '1', conf: 96 }, { text: '1', conf: 97 }], page: '1', shapes: null, point: null }]];
		const { lines, readings } = tableRows([[box(0), box(60), box(120)]], [['1.属于国家秘密', '', '1']], found, new DigitShapes(), 100, 1, 1);
		expect(lines[0].cells).toEqual(['1.属于国家秘密', UNREAD_CELL, '1']);
		expect(lines[0].text).toBe('1.属于国家秘密 □ 1');
		expect(readings.map((r) => [r.fromEnd, r.text])).toEqual([[2, UNREAD_CELL], [1, '1']]);
	});

	it('gives an OCR\'d part heading with a misread character the template\'s title, and leaves a run-in heading or other text as read', () => {
		const cases: [string, string][] = [
			['三、收到和处理政府信息公开申请情;', '三、收到和处理政府信息公开申请情况'],
			['四、政府信息公开行政复议、行政诉讼倩况', '四、政府信息公开行政复议、行政诉讼情况'],
			['一、总体情况 2023年,我局认真贯彻', '一、总体情况 2023年,我局认真贯彻'],
			['收到和处理政府信息公开申请情;', '收到和处理政府信息公开申请情;'],
			// A speck before the number read as a quote mark: the heading is still a part's (any template's).
			['”一、概述', '一、概述'],
			['，三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况'],
			['.(一)主动公开', '(一)主动公开'],
			['“(二)依申请公开', '(二)依申请公开'],
			// 一 read as a dash, the same stroke; a line of dashes is prose.
			['—、总体情况', '一、总体情况'],
			['-、概述', '一、概述'],
			['——加强组织领导', '——加强组织领导'],
			// The 、 lost: the rest is still a part's title; a line of prose starting with a numeral is not.
			['四政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况'],
			// A long title read with two characters wrong (a sixth of its length) is still its part's.
			['三、疏到和处理政府信息公公开申请情况', '三、收到和处理政府信息公开申请情况'],
			['六、其他需要报告的工作', '六、其他需要报告的工作'],
			// Under its own number a fifth of the title may be off (a 100 dpi scan); under another number, not.
			['三、收到和和处理政府代种公开申请情况', '三、收到和处理政府信息公开申请情况'],
			['二、收到和和处理政府代种公开申请情况', '二、收到和和处理政府代种公开申请情况'],
			// The number lost before its 、: the title names its part, when it is the title (a sixth off at most).
			['、总体情况', '一、总体情况'],
			['、主动公开政府借息情况', '二、主动公开政府信息情况'],
			['、总体计划', '、总体计划'],
			['人人人、总体情况', '一、总体情况'],
			// A speck read as a character before the number: the rest must be that number's own title.
			['了五、存在的主要问题及改进情况', '五、存在的主要问题及改进情况'],
			['.了五、存在的主要问题及改进情况', '五、存在的主要问题及改进情况'],
			['了四、存在的主要问题及改进情况', '了四、存在的主要问题及改进情况'],
			['第五、存在的问题较多', '第五、存在的问题较多'],
			['加强、总体情况良好', '加强、总体情况良好'],
			['、全面推进政务公开工作', '、全面推进政务公开工作'],
			// Characters lost and garbled (a black-and-white scan): a stretch of the title under its own number is its part;
			// the same words under another part's number, or running on as prose, are not.
			['四政有开行政复议行政诉', '四、政府信息公开行政复议、行政诉讼情况'],
			['三是主动公开政府信息', '三是主动公开政府信息'],
			['二、主动公开政府信息情况良好,全年公开', '二、主动公开政府信息情况良好,全年公开'],
			['四是政府信息公开行政复议', '四是政府信息公开行政复议'],
			['三是收到和处理政府信息公开申请情况', '三是收到和处理政府信息公开申请情况'],
			['一是政策解读形式较为单一', '一是政策解读形式较为单一'],
			// 表二's block titles, their brackets misread; the same words inside a sentence are prose.
			['第二十条第{五)项', '第二十条第(五)项'],
			// An opening bracket read as a title mark before a numeral its round bracket closes; a title stays a title.
			['《二)依申请公开', '(二)依申请公开'],
			['《条例》第二十条', '《条例》第二十条'],
			['”第二十条第(一j项', '第二十条第(一)项'],
			['”第第二十条第(一j项', '第二十条第(一)项'],
			['第二十条第(八1项', '第二十条第(八)项'],
			['第二十条第(一)项本', '第二十条第(一)项'],
			// A stray character beside the numeral still names the block; a second numeral makes it no block's.
			['第二十条第(和六)项', '第二十条第(六)项'],
			['第二十条第(一六)项', '第二十条第(一六)项'],
			// A speck read as a dash inside it, or its bracket and 项 lost at the line's end (a 120 dpi scan).
			['第-二十条第(八)项', '第二十条第(八)项'],
			['第-二十条第(六', '第二十条第(六)项'],
			['依据第二十条第(六', '依据第二十条第(六'],
			['依据第二十条第(一)项规定公开', '依据第二十条第(一)项规定公开']
		];
		for (const [read, heading] of cases) expect(templateHeading(read), read).toBe(heading);
	});

	it('leaves out marks no Chinese text prints beside a character (\\ | ` ~ ^), and keeps them between numbers or Latin letters', () => {
		expect(withoutStrayMarks('2023年政府信息公\\开工作年度报告')).toBe('2023年政府信息公开工作年度报告');
		expect(withoutStrayMarks('一、总体情况|')).toBe('一、总体情况');
		expect(withoutStrayMarks('|(一)予以公开')).toBe('(一)予以公开');
		for (const kept of ['0 | 0', '10|', 'a|b', 'A~B']) expect(withoutStrayMarks(kept)).toBe(kept);
	});

	it('publishes an OCR\'d value only where a sum confirms it against misreading or both digit passes read it with high confidence; names every other one with its reading', () => {
		const { report } = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt');
		for (const t of report.tables) t.ocr = true;
		const t3 = report.tables.find((t) => t.anchor === 't3')!;
		const r1 = t3.rows.find((r) => r.anchor === 't3-r1')!;
		// Every value as OCR would read it from a picture of this text: 表二's (no sum checks them) read with high confidence.
		const readings = report.tables.flatMap((t) =>
			t.rows.filter((r) => !r.header).map((r) => r.values.map((v, k) => ({ page: 1, label: t.anchor === 't4' ? '' : r.label, fromEnd: r.values.length - k, text: String(v), conf: t.anchor.startsWith('t2') ? 96 : 60 })))
		);
		// 一、本年新收's 40 misread as 46: its row total and its column's balance no longer add up.
		r1.values[0] = 46;
		readings[report.tables.filter((t) => t.anchor.startsWith('t2')).reduce((n, t) => n + t.rows.filter((r) => !r.header).length, 0)][0].text = '46';
		enrich(report);
		const problems = verifyOcr(report, readings.flat());
		// 46 breaks its row's total and its column's balance. The row's other cells are in no other sum but
		// 一 + 二 = (七)总计 + 四, which holds with 新收 and 总计 alike: the same misreading in both would hold it too.
		expect(problems[0]).toMatchObject({ code: 'ocr-unverified', detail: { row: r1.label, column: '自然人', text: '46' } });
		expect(r1.values).toEqual(Array(7).fill(null));
		expect(problems.filter((p) => p.detail.row === r1.label).map((p) => p.detail.text)).toEqual(['46', '5', '1', '0', '2', '1', '49']);
		// 表三's other rows stand by their sums, 表二's by their confidence.
		expect(t3.rows.filter((r) => r !== r1 && !r.header).every((r) => r.values.every((v) => v !== null))).toBe(true);
		expect(report.tables.find((t) => t.anchor === 't2-5')!.rows[0].values).toEqual([1234]);
		// 表四's 1 + 0 + 0 + 0 = 1 holds whatever both 1s are read as: its 0s stand, its 1s do not; 2 + 1 + 0 + 1 = 4 confirms all.
		expect(report.tables.find((t) => t.anchor === 't4')!.rows.map((r) => r.values)).toEqual([[2, 1, 0, 1, 4], [null, 0, 0, 0, null], [0, null, 0, 0, null]]);
		expect(problems).toHaveLength(7 + 4);
		// A value that is not its own cell's reading (a row placed where another belongs) is never confirmed.
		const r2 = t3.rows.find((r) => r.anchor === 't3-r2')!;
		const swapped = readings.flat().map((r) => (r.label === r2.label ? { ...r, text: r.fromEnd === 7 ? '5' : r.text } : r));
		expect(verifyOcr(report, swapped).map((p) => [p.detail.row, p.detail.column])).toContainEqual([r2.label, '自然人']);
	});

	it('pairs a row placed by its place, its label garbled past matching, with its own readings, and its sums confirm them', () => {
		const { report } = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt');
		for (const t of report.tables) t.ocr = true;
		const t3 = report.tables.find((t) => t.anchor === 't3')!;
		const granted = t3.rows.find((r) => r.label.startsWith('(一)'))!;
		// The grid's (一)予以公开 read as 亿冯以公开: its readings carry that label; 表四's carry none.
		const label = (t: string, r: string) => (t === 't4' ? '' : r === granted.label ? '亿冯以公开' : r);
		const readings = report.tables.flatMap((t) =>
			t.rows.filter((r) => !r.header).flatMap((r) => r.values.map((v, k) => ({ page: 1, label: label(t.anchor, r.label), fromEnd: r.values.length - k, text: String(v), conf: 60 })))
		);
		enrich(report);
		const problems = verifyOcr(report, readings);
		expect(problems.filter((p) => p.detail.row === granted.label)).toEqual([]);
		expect(granted.values).toEqual(MODEL.golden.t3[2]);
		expect(report.tables.find((t) => t.anchor === 't4')!.rows[0].values).toEqual([2, 1, 0, 1, 4]);
	});

	it('publishes no fraction in 表三 or 表四, whatever its confidence (they count cases: a speck read as a point), and a fee\'s fraction as read', () => {
		const { report } = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt');
		for (const t of report.tables) t.ocr = true;
		const readings = report.tables.flatMap((t) =>
			t.rows.filter((r) => !r.header).flatMap((r) => r.values.map((v, k) => ({ page: 1, label: t.anchor === 't4' ? '' : r.label, fromEnd: r.values.length - k, text: String(v), conf: 96 })))
		);
		// (一)予以公开's 12 read as 1.2, surely; the fee's 12.5 as printed.
		const t3 = report.tables.find((t) => t.anchor === 't3')!;
		const granted = t3.rows.find((r) => r.label.startsWith('(一)'))!;
		granted.values[0] = 1.2;
		readings.find((r) => r.label === granted.label && r.fromEnd === 7)!.text = '1.2';
		enrich(report);
		const problems = verifyOcr(report, readings);
		expect(granted.values[0]).toBeNull();
		expect(problems.map((p) => [p.detail.row, p.detail.text])).toContainEqual([granted.label, '1.2']);
		expect(report.tables.find((t) => t.anchor === 't2-8')!.rows[0].values).toEqual([12.5]);
	});

	it('marks a table whose numbers OCR read as prose (no rulings, no cells) as read by OCR, and publishes none of them: they have no reading of their own', () => {
		const { report } = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt');
		const t4 = report.tables.find((t) => t.anchor === 't4')!;
		const line = t4.source.split('\n').find((l) => /^[\d ]+$/.test(l))!;
		expect(line).toBe('2 1 0 1 4 1 0 0 0 1 0 1 0 0 1');
		// The page pass read 表四's row as a line of prose; a heading it also read names no table's numbers.
		markOcrTables(report, ['四、政府信息公开行政复议、行政诉讼情况', line]);
		expect(report.tables.filter((t) => t.ocr).map((t) => t.anchor)).toEqual(['t4']);
		enrich(report);
		const problems = verifyOcr(report, []);
		expect(t4.rows.flatMap((r) => r.states)).toEqual(Array(15).fill('unread'));
		expect(problems.filter((p) => p.detail.table === t4.title)).toHaveLength(15);
	});

	it('publishes a value no sum confirms where each digit has the shape of that digit as sums confirmed it, and never one read by its shapes alone', () => {
		const { report } = parseReport(renderText(MODEL, 'spaces'), 'shili-2023.txt');
		for (const t of report.tables) t.ocr = true;
		// A made-up shape per digit: a band of ink three rows high from its own row, its own width, far from every other digit's.
		const band = (d: number) => Array.from({ length: 96 }, (_, i) => (Math.floor(i / 8) >= d && Math.floor(i / 8) < d + 3 ? 'f' : '0')).join('') + d.toString(16);
		for (let a = 0; a < 10; a++) for (let b = a + 1; b < 10; b++) expect(shapeDistance(band(a), band(b))).toBeGreaterThan(0.12);
		const shapesOf = (text: string) => (/^\d+$/.test(text) ? [...text].map((d) => band(Number(d))) : undefined);
		// 表三's values read as low as a sum alone confirms; 表四's as one row of 15 without a label, as OCR reads it.
		const readings = report.tables.flatMap((t) =>
			t.anchor === 't4'
				? t.rows.flatMap((r) => r.values).map((v, k) => ({ page: 2, label: '', fromEnd: 15 - k, text: String(v), conf: 60, shapes: shapesOf(String(v)) }))
				: t.rows.filter((r) => !r.header).flatMap((r) => r.values.map((v, k) => ({ page: 1, label: r.label, fromEnd: r.values.length - k, text: String(v), conf: 60, shapes: shapesOf(String(v)) })))
		);
		// A row no reading gives (every value null) must not take 表四's readings.
		const fee = report.tables.find((t) => t.anchor === 't2-8')!.rows[0];
		fee.label = '行政事业性收费(未读出)';
		fee.values = [null];
		const permit = readings.find((r) => r.label === '行政许可')!;
		const punish = readings.find((r) => r.label === '行政处罚')!;
		const force = readings.find((r) => r.label === '行政强制')!;
		// A 表三 row whose label OCR garbled takes the readings no row's label claims, in order: its own, not 表四's (which have no label).
		const partly = report.tables.find((t) => t.anchor === 't3')!.rows.find((r) => r.label.startsWith('(二)'))!;
		for (const r of readings) if (r.label === partly.label) r.label = '人全代人人生各不，拓个全';
		// 1234 whose last digit looks like the document's 9s; 8 read by its shapes alone.
		permit.shapes = [1, 2, 3, 9].map(band);
		Object.assign(force, { byShape: true });
		// A 表四 cell OCR read no number in: the fee row (no value) must not take that reading and shift 表四's pairing.
		const t4 = report.tables.find((t) => t.anchor === 't4')!;
		[t4.rows[2].values[3], t4.rows[2].states![3]] = [null, 'unread'];
		readings.find((r) => r.page === 2 && r.fromEnd === 2)!.text = UNREAD_CELL;
		enrich(report);
		const problems = verifyOcr(report, readings);
		// 表二's 0, 0, 3 and 2, 41 stand by their digits' shapes; 6 and 7 are in no confirmed number, so 6 and 567 are unread.
		expect([...new Set(problems.map((p) => p.detail.row))].sort()).toEqual(['行政处罚', '行政强制', '行政规范性文件', '行政许可', t4.rows[2].label].sort());
		expect(partly.values).toEqual(MODEL.golden.t3[3]);
		const t21 = report.tables.find((t) => t.anchor === 't2-1')!;
		expect(t21.rows.map((r) => r.values)).toEqual([[0, 0, 3], [null, 2, 41]]);
		expect(punish.text).toBe('567');
		expect(t4.rows.map((r) => r.values)).toEqual([[2, 1, 0, 1, 4], [1, 0, 0, 0, 1], [0, 1, 0, null, 1]]);
	});

	it('without Tesseract, a scanned PDF fails with one line naming the file and what to install', async () => {
		const scan = await scanPdf(await paperPdf([{ text: '2023年政府信息公开工作年度报告' }]), { dpi: 100 });
		process.env.NIANBAO_TESSERACT = '/nonexistent/tesseract';
		try {
			await expect(parseFile(scan, 'reports/scan.pdf')).rejects.toThrow(/^nianbao: reports\/scan\.pdf: ocr: tesseract is not installed \(apt-get install tesseract-ocr tesseract-ocr-chi-sim[^\n]*$/);
		} finally {
			delete process.env.NIANBAO_TESSERACT;
		}
	});
});
