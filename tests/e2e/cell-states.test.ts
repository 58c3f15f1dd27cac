import { expect, test } from './fixtures';
import { fixturePort } from '../../playwright.config';

/** Made-up reports of tests/fixtures/reports: 表三 not found (shili-zhen-2021), one 表三 row not split (shili-xiang-2023). */
const fixture = `http://localhost:${fixturePort}`;
const ZHEN = `${fixture}/reports/shili-zhen-2021/`;
const XIANG = `${fixture}/reports/shili-xiang-2023/`;

test('a report page says 未读出 for cells the portal could not read and 未填报 only for the document\'s blanks, with counts', async ({ page }) => {
	await page.goto(ZHEN);
	await expect(page.locator('.read-summary')).toContainText('未读出');
	await expect(page.locator('#t3 .read-count')).toHaveText(/^收到和处理政府信息公开申请情况：175 格中读出 0 格，175 格未读出/);
	await expect(page.locator('#t3 td a.unread')).toHaveCount(175);
	await expect(page.locator('#t3 .null')).toHaveCount(0);
	// 规章's 本年制发件数 is a dash in the document: the agency's blank, 未填报.
	const rules = page.locator('#t2-1 tbody tr').filter({ hasText: '规章' });
	await expect(rules.locator('td.num').nth(0)).toHaveText('未填报');
	await expect(rules.locator('td.num').nth(2)).toHaveText('3');
	await expect(page.locator('#t2-6 tbody tr').filter({ hasText: '行政强制' }).locator('td.num')).toHaveText('未读出');
	// The count's link lands on the problem that says why.
	await page.locator('#t3 .read-count a').click();
	await expect(page.locator('.notice li:target')).toHaveAttribute('data-code', 'table3-not-placed');
});

test('a citation of an unread cell says 未读出 and links its reason; a blank cell\'s says 未填报', async ({ page }) => {
	await page.goto(XIANG);
	await expect(page.locator('#t3 .read-count')).toContainText('175 格中读出 168 格，7 格未读出');
	await page.locator('td#t3-r3-3-2-c1 a.cell-link').click();
	const cite = page.locator('tr.cell-cite');
	await expect(cite.locator('.cite-text')).toContainText('2.其他法律行政法规禁止公开（自然人）：未读出');
	await cite.getByRole('link', { name: '查看原因' }).click();
	await expect(page.locator('.notice li:target')).toHaveAttribute('data-code', 'table3-cells-run-together');
	await page.goto(ZHEN);
	await page.locator('#t2-1 tbody tr').filter({ hasText: '规章' }).locator('td.num a.cell-link').first().click();
	await expect(page.locator('tr.cell-cite .cite-text')).toContainText('规章（本年制发件数）：未填报');
});

test('an agency page says 未读出 for a year whose table was not read, never 未填报 or —', async ({ page }) => {
	await page.goto(ZHEN);
	await page.locator('.crumbs a').nth(1).click();
	await expect(page.locator('h1')).toContainText('示例镇测试办');
	const received = page.locator('section[aria-labelledby="trend-h"] tbody tr').filter({ hasText: '收到' }).first();
	await expect(received.locator('td').first()).toHaveText('未读出');
	await received.locator('td a.unread').first().click();
	await expect(page).toHaveURL(/\/reports\/shili-zhen-2021\/#problems$/);
});

test('a read cell links to its source line, which the source page shows highlighted', async ({ page }) => {
	await page.goto(XIANG);
	await page.locator('td#t3-r3-1-c7 a.cell-link').click();
	const link = page.locator('tr.cell-cite a.source-line');
	await expect(link).toHaveText(/^见原文第 \d+ 行$/);
	const line = Number((await link.innerText()).match(/\d+/)![0]);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/reports/shili-xiang-2023/source/#L${line}$`));
	const target = page.locator('.source-lines li:target');
	await expect(target).toHaveAttribute('id', `L${line}`);
	await expect(target).toContainText('(一)予以公开 12 2 0 0 1 0 15');
	await expect(target).toBeInViewport();
	expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('the source page shows received text as text, never as markup', async ({ page }) => {
	await page.goto(`${fixture}/reports/ceshi-xss-2020/source/`);
	await expect(page.locator('.source-lines li').first()).toHaveId('L1');
	expect(await page.locator('.source-lines script, .source-lines img, .source-lines iframe').count()).toBe(0);
});
