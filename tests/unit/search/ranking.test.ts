import { describe, expect, it } from 'vitest';
import { browserEngine, searchAll, seedReport } from '../../helpers/search';

const { engine } = await browserEngine([seedReport()]);
const run = (q: string) => searchAll(engine, q);
const top = async (q: string, n = 1) => (await run(q)).hits.slice(0, n).map((h) => h.anchor);

// Expected best answers chosen by reading the seed: where the report treats the subject.
describe('ranking on the seed', () => {
	it.each([
		['收到申请数', 't1-r3-1'],
		['咨询处理', 's5'],
		['收费', 's7'],
		['工作流程', 's4-1'],
		['举报投诉', 't1-r6'],
		['新闻发布会', 't1-r2-2-1'],
		['遗失注销公告', 's2-1'],
		['简报', 's2-2-2'],
		['12345', 's1-3'],
		['撤销原行政行为', 's6'],
		['接受培训人员', 't1-r9-3']
	])('puts the section that treats “%s” first (%s)', async (q, anchor) => {
		expect(await top(q)).toEqual([anchor]);
	});

	it.each([
		['行政复议', ['s6', 't1-r4']],
		['培训', ['s9', 't1-r9-3']],
		['经费', ['s8', 't1-r8-4']]
	])('puts the main places of “%s” in the first three', async (q, anchors) => {
		expect(await top(q, 3)).toEqual(expect.arrayContaining(anchors));
	});

	it('ranks a title match above a mention in passing', async () => {
		const hits = (await run('机构建设')).hits.map((h) => h.anchor);
		expect(hits.indexOf('s8')).toBeLessThan(hits.indexOf('preamble'));
	});

	it('requires every word of the query (AND) and says when it falls back to OR', async () => {
		const and = await run('行政 诉讼');
		expect(and.mode).toBe('and');
		expect(and.hits.every((h) => h.exact)).toBe(true);
		const or = await run('行政复议 火星');
		expect(or.mode).toBe('or');
		expect(or.hits.map((h) => h.anchor)).toContain('s6');
	});

	it('finds nothing for text that is not there, and treats a blank query as empty', async () => {
		expect((await run('火星探测')).hits).toEqual([]);
		expect((await run('  ')).mode).toBe('empty');
	});
});
