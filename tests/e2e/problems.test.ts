import { expect, test } from './fixtures';
import { fixturePort } from '../../playwright.config';

/** build-fixture/ holds shili-zhan-2010, a made-up report whose appendix gives "约3" where a number belongs. */
const fixture = `http://localhost:${fixturePort}`;
/** Read on the page in Chinese; in the JSON, a stable English code and what the sentence names, for data users. */
const PROBLEM = {
	code: 'cell-not-a-number',
	message: '表格“附表”的“(一)收到申请数”行：“约3”不是数字，该格标为未读出',
	detail: { table: '附表', row: '(一)收到申请数', text: '约3' }
};

test("a report's problems are listed on its page and in its JSON, and the cell they name is unread, not guessed", async ({ page, request }) => {
	await page.goto(`${fixture}/reports/shili-zhan-2010/`);
	const notice = page.getByRole('note').filter({ hasText: '解析提示' });
	await expect(notice).toContainText('未能可靠读取');
	await expect(notice.getByRole('listitem')).toHaveText([PROBLEM.message]);

	const json = await (await request.get(`${fixture}/data/reports/shili-zhan-2010.json`)).json();
	expect(json.problems).toEqual([PROBLEM]);
	const row = json.tables.flatMap((t: { rows: { label: string; values: unknown[]; states: string[] }[] }) => t.rows).find((r: { label: string }) => r.label === '(一)收到申请数');
	expect(row.values).toEqual([null]);
	// The agency wrote something there: the portal could not read it, so it is 未读出, never 未填报.
	expect(row.states).toEqual(['unread']);
	await expect(page.locator('tr').filter({ hasText: '(一)收到申请数' }).locator('td.num')).toHaveText('未读出');
});

test('a report without problems shows no such notice and says none in its JSON', async ({ page, request }) => {
	await page.goto(`${fixture}/reports/shili-xian-2019/`);
	await expect(page.locator('.report-head h1')).toBeVisible();
	await expect(page.getByRole('note').filter({ hasText: '解析提示' })).toHaveCount(0);
	const json = await (await request.get(`${fixture}/data/reports/shili-xian-2019.json`)).json();
	expect(json.problems).toEqual([]);
});
