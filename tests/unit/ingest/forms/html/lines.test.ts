import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../../src/lib/parse';

const page = (body: string) => `<html><body><div class="TRS_Editor"><p>示例县示例局2010年政府信息公开工作年度报告</p>${body}</div></body></html>`;
const outline = (html: string) => parseReport(html, 'x.html').report.sections.map((s) => [s.title, s.text, s.children.map((c) => [c.title, c.text])]);

describe('HTML lines', () => {
	it('a run-in heading (the bold 一、… or (一)… at the start of a paragraph, its text after it) reads as a heading and its text', () => {
		const runIn = page(`<p><strong>一、概述</strong>2010年，我局认真贯彻条例，工作平稳有序。</p>
<p><b><span>二、主动公开政府信息情况</span></b><span>全年主动公开政府信息<span lang=EN-US>356</span>条。</span></p>
<p><b>（一）公开的主要内容。</b>主要公开土地征收事项。</p>`);
		// A Word list's number in a bold run of its own, the title in the next, is one heading as before.
		const list = page(`<p><b><span>一、<span>&nbsp;&nbsp;</span></span></b><b><span>概述</span></b></p><p>2010年，我局认真贯彻条例，工作平稳有序。</p>
<p>二、主动公开政府信息情况</p><p>全年主动公开政府信息356条。</p><p>（一）公开的主要内容。</p><p>主要公开土地征收事项。</p>`);
		expect(outline(list)).toEqual(outline(runIn));
		const apart = page(`<p>一、概述</p><p>2010年，我局认真贯彻条例，工作平稳有序。</p><p>二、主动公开政府信息情况</p><p>全年主动公开政府信息356条。</p>
<p>（一）公开的主要内容。</p><p>主要公开土地征收事项。</p>`);
		expect(outline(runIn)).toEqual(outline(apart));
		expect(outline(runIn)[0]).toEqual(['概述', '2010年,我局认真贯彻条例,工作平稳有序。', []]);
	});

	it('bold text that is no outline number, or not at the start of a paragraph, stays in its line', () => {
		const { report } = parseReport(page('<p>一、概述</p><p><b>一是</b>机构健全。<b>二、</b>是责任落实。</p><p>二、其他事项</p><p>无。</p>'), 'x.html');
		expect(report.sections[0].text).toBe('一是机构健全。二、是责任落实。');
	});
});
