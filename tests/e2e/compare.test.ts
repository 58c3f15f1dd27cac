import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { corpusPort, fixturePort, hasCorpusSite } from '../../playwright.config';

const fixture = `http://localhost:${fixturePort}`;
const corpus = `http://localhost:${corpusPort}`;

const csvOf = async (page: Page) => {
	const href = await page.getByRole('link', { name: '下载所示数据（CSV）' }).getAttribute('href');
	return decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
};

async function addAgency(page: Page, query: string, name: string) {
	await page.getByLabel('添加机关').fill(query);
	await page.getByRole('button', { name: new RegExp(`^加入：${name}`) }).click();
}

test('agencies chosen by typing part of their name draw one line each, kept in a shareable URL, with a table twin and its CSV', async ({ page }) => {
	await page.goto(`${fixture}/compare/?key=review.total`);
	await addAgency(page, '示例', '示例县示例办公室');
	await expect(page).toHaveURL(/agency=x-521fb036$/);
	// Focus returns to the box, so a keyboard user can add the next agency straight away.
	await expect(page.getByLabel('添加机关')).toBeFocused();
	await addAgency(page, '测试市', '测试市测试局');
	await expect(page).toHaveURL(/\?key=review.total&agency=x-521fb036,x-e0d65ccf$/);
	const chart = page.locator('figure.compare-lines');
	await expect(chart.locator('.legend a')).toHaveText(['示例县示例办公室', '测试市测试局']);
	await expect(chart.locator('svg[role=img] text.tick', { hasText: /^20\d\d$/ })).toHaveText(['2019', '2020']);
	const rows = page.locator('.compare-lines-table tbody tr');
	await expect(rows).toHaveCount(2);
	// Agencies × years: a year without the agency's report is a dash, not 0.
	await expect(rows.nth(0).locator('td')).toHaveText(['2', '—']);
	await expect(rows.nth(1).locator('td')).toHaveText(['—', '1']);
	expect(await csvOf(page)).toBe(
		'\uFEFFkey,agency_id,agency,year,report_id,value,unit,failing_check\r\n' +
			'review.total,x-521fb036,示例县示例办公室,2019,shili-xian-2019,2,件,\r\n' +
			'review.total,x-e0d65ccf,测试市测试局,2020,ceshi-xss-2020,1,件,\r\n'
	);
	await page.reload();
	await expect(page.locator('.compare-lines-table tbody tr')).toHaveCount(2);
	await page.getByRole('button', { name: '移除 示例县示例办公室' }).click();
	await expect(page).toHaveURL(/\?key=review.total&agency=x-e0d65ccf$/);
	await expect(page.locator('.compare-lines-table tbody tr')).toHaveCount(1);
});

test('a blank cell reads 未填报 on the line’s table and is a hollow mark on the axis, not a 0', async ({ page }) => {
	await page.goto(`${fixture}/compare/?key=applications.channel.online&agency=x-521fb036`);
	await expect(page.locator('.compare-lines-table tbody td')).toHaveText('未填报');
	await expect(page.locator('figure.compare-lines svg[role=img] title')).toHaveText('示例县示例办公室 2019 年：未填报');
	expect(await csvOf(page)).toContain('applications.channel.online,x-521fb036,示例县示例办公室,2019,shili-xian-2019,,件,\r\n');
});

test('an agency id no report belongs to says so', async ({ page }) => {
	await page.goto(`${fixture}/compare/?key=review.total&agency=nope`);
	await expect(page.getByRole('alert')).toContainText('没有这个机关：nope');
});

test('the type-ahead fetches only the files of the characters typed, never a list of every agency', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto(`${fixture}/compare/?key=review.total`);
	await page.getByLabel('添加机关').fill('测试');
	await expect(page.getByRole('button', { name: /^加入：测试市测试局/ })).toBeVisible();
	expect(fetched.filter((p) => p.startsWith('/compare/')).sort()).toEqual(['/compare/agencies/6d4b.json', '/compare/agencies/8bd5.json']);
	await page.getByLabel('添加机关').fill('北京');
	await expect(page.getByRole('status').filter({ hasText: '没有名称含这些字的机关' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/compare/?key=… says the choice in the address is not seen, and links to the indicator’s own prerendered page', async ({ page }) => {
		await page.goto(`${fixture}/compare/?key=review.total`);
		// Playwright's text matching skips <noscript>, so the note is read by its text content.
		const note = page.locator('noscript .notice');
		await expect(note).toBeVisible();
		expect(await note.textContent()).toContain('静态网站看不到网址中 ?key= 等选择');
		await note.locator('summary').click();
		await note.locator('a[href="/compare/review.total/"]').click();
		await expect(page).toHaveURL(`${fixture}/compare/review.total/`);
		// The latest year of the fixture site: the made-up 示例乡测试站 2023 (its 表四 行政复议 总计 is 4).
		await expect(page.locator('p.status')).toContainText('2023 年度');
		await expect(page.locator('.series-table tbody tr')).toHaveCount(1);
		await expect(page.locator('.series-table tbody tr th')).toHaveText('示例乡测试站');
		await expect(page.locator('.series-table tbody td.num')).toHaveText('4');
	});
});

test.describe('on the corpus site', () => {
	test.skip(!hasCorpusSite, 'no corpus site: ../shared/corpus is absent');
	const HONGZE = '320813-government';
	const HUAIAN = '320800-government';

	test('洪泽区 2023 and 2024 are one line, joined, beside 淮安市 2024', async ({ page }) => {
		await page.goto(`${corpus}/compare/?key=applications.received&agency=${HONGZE},${HUAIAN}`);
		const rows = page.locator('.compare-lines-table tbody tr');
		await expect(rows.locator('th')).toHaveText(['淮安市洪泽区人民政府', '淮安市人民政府']);
		await expect(page.locator('.compare-lines-table thead th')).toHaveText(['机关', '2023', '2024']);
		await expect(rows.nth(0).locator('td')).toHaveText(['21', '95']);
		// Two consecutive filled years make one joined path; a single year is a mark alone.
		await expect(page.locator('figure.compare-lines g.line').nth(0).locator('path[fill=none]')).toHaveCount(1);
		await expect(page.locator('figure.compare-lines g.line').nth(1).locator('path[fill=none]')).toHaveCount(0);
	});

	test('a number that fails its check keeps its ⚠ on the line and in the table', async ({ page }) => {
		await page.goto(`${corpus}/compare/?key=review.total&agency=${HONGZE}`);
		const cell = page.locator('.compare-lines-table tbody td').first();
		await expect(cell).toHaveClass(/flag-fail/);
		await expect(cell.getByRole('link', { name: /核对不符/ })).toHaveAttribute('href', /\/reports\/hongze-qzf-2023\/#check-/);
		await expect(page.locator('figure.compare-lines text.flag')).toHaveCount(1);
		expect(await csvOf(page)).toMatch(/review\.total,320813-government,淮安市洪泽区人民政府,2023,hongze-qzf-2023,0,件,\S+\r\n/);
	});

	test('a rate draws the share per year', async ({ page }) => {
		await page.goto(`${corpus}/compare/?key=applications.outcome.granted&per=applications.answered&agency=${HONGZE}`);
		await expect(page.locator('figure.compare-lines figcaption')).toContainText('予以公开率');
		await expect(page.locator('.compare-lines-table tbody td')).toHaveCount(2);
		await expect(page.locator('.compare-lines-table tbody td').first()).toHaveText(/^\d+(\.\d)?$/);
	});

	test('axe finds no serious or critical violations on the lines view', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`${corpus}/compare/?key=applications.received&agency=${HONGZE},${HUAIAN}`);
		await expect(page.locator('.compare-lines-table tbody tr')).toHaveCount(2);
		await page.getByLabel('添加机关').fill('洪泽');
		await expect(page.getByRole('button', { name: /已加入：淮安市洪泽区人民政府/ })).toBeDisabled();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	});

	test('at 375 px the lines view does not scroll sideways', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
		const page = await context.newPage();
		await page.goto(`${corpus}/compare/?key=applications.received&agency=${HONGZE},${HUAIAN}`);
		await expect(page.locator('.compare-lines-table tbody tr')).toHaveCount(2);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await context.close();
	});
});
