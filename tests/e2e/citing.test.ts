import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { corpusPort, fixturePort, hasCorpusSite } from '../../playwright.config';

const REPORT = '/reports/hengyang-guotu-2018/';
/** build-fixture/ is built with SITE_ORIGIN=https://nianbao.example.org. */
const fixture = `http://localhost:${fixturePort}`;

/** Whether the element's centre is itself on top there, not covered by a sticky header, bar, header row or label column. */
async function uncovered(page: Page, selector: string) {
	return page.locator(selector).evaluate((el) => {
		const box = el.getBoundingClientRect();
		const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return !!top && (top === el || el.contains(top));
	});
}

test('the report page cites the report in GB/T 7714 form, with the site origin, and the copy button copies that line', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture });
	await page.goto(`${fixture}/reports/shili-xian-2019/`);
	const cite = page.locator('.report-head details.cite');
	await cite.locator('summary').click();
	const text = cite.locator('.cite-text');
	await expect(text).toHaveText(/^示例县示例办公室\. 示例县示例办公室2019年政府信息公开年度报告\[EB\/OL\]\. \(2020-03-01\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/nianbao\.example\.org\/reports\/shili-xian-2019\/\.$/);
	await cite.getByRole('button', { name: '复制本报告的引用' }).click();
	await expect(cite.getByRole('status')).toHaveText('已复制');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.textContent());
});

test('each section and table has its own 引用, naming the part after the title', async ({ page }) => {
	await page.goto(REPORT);
	const section = page.locator('#s6 > .sec-head details.cite');
	await section.locator('summary').click();
	await expect(section.locator('.cite-text')).toContainText(`：${(await page.locator('#s6-h').innerText()).trim().slice(0, 4)}`);
	await expect(section.locator('.cite-text')).toContainText(/#s6\.$/);
	const table = page.locator('#t1 figcaption details.cite');
	await table.locator('summary').click();
	await expect(table.locator('.cite-text')).toContainText('：附表[EB/OL]');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the citation is in the page, with a placeholder for the reader’s date, and the cell’s anchor still lands', async ({ page }) => {
		await page.goto(`${fixture}/reports/shili-xian-2019/`);
		const cite = page.locator('.report-head details.cite');
		await cite.locator('summary').click();
		await expect(cite.locator('.cite-text')).toHaveText(/\(2020-03-01\)\[引用日期\]\. https:\/\/nianbao\.example\.org\/reports\/shili-xian-2019\/\.$/);
		await expect(cite.getByRole('button')).toHaveCount(0);
		await page.goto(`${REPORT}#t1-r5-c1`);
		await expect(page.locator('td#t1-r5-c1')).toBeInViewport();
		expect(await page.locator('td#t1-r5-c1').evaluate((el) => el.matches(':target'))).toBe(true);
	});
});

for (const width of [375, 1280]) {
	test(`at ${width} px a link to one cell lands on that cell, highlighted, visible and covered by nothing, with its citation beneath`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height: 700 } });
		const page = await context.newPage();
		await page.goto(`${REPORT}?hl=${encodeURIComponent('申请')}#t1-r5-c1`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const cell = page.locator('td#t1-r5-c1');
		await expect(cell).toHaveClass(/is-target/);
		await expect(page.locator('tr#t1-r5')).not.toHaveClass(/is-target/);
		await page.waitForTimeout(200);
		await expect(cell).toBeInViewport({ ratio: 1 });
		expect(await uncovered(page, 'td#t1-r5-c1')).toBe(true);
		expect(await uncovered(page, 'tr#t1-r5 th .label')).toBe(true);
		const cite = page.locator('tr.cell-cite .cite-text');
		await expect(cite).toContainText(`：${await cell.innerText()}`);
		await expect(cite).toContainText(/#t1-r5-c1\.$/);
		await context.close();
	});
}

test('a click on a number selects its cell in place: the address names it and its citation appears', async ({ page }) => {
	await page.goto(REPORT);
	const link = page.locator('td#t1-r1-2-2-c1 a.cell-link');
	await link.scrollIntoViewIfNeeded();
	const before = await page.evaluate(() => window.scrollY);
	await link.click();
	await expect(page).toHaveURL(/#t1-r1-2-2-c1$/);
	await expect(page.locator('td#t1-r1-2-2-c1')).toHaveClass(/is-target/);
	await expect(page.locator('tr.cell-cite')).toHaveCount(1);
	await expect(page.locator('tr.cell-cite .cite-text')).toContainText(/#t1-r1-2-2-c1\.$/);
	expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
	await page.locator('td#t1-r5-c1 a.cell-link').click();
	await expect(page.locator('td.is-target')).toHaveCount(1);
	await expect(page.locator('tr.cell-cite')).toHaveCount(1);
});

test('a report named in the folder’s sources.csv shows its original URL (external, nofollow) and retrieval date, also in its JSON', async ({ page, request }) => {
	await page.goto(`${fixture}/reports/shili-xian-2019/`);
	const source = page.locator('.report-head dl.meta .source');
	await expect(source).toContainText('原文');
	await expect(source).toContainText('获取于 2020-03-05');
	const link = source.getByRole('link', { name: 'https://shili.example.gov.cn/xxgk/ndbg/2019.html' });
	await expect(link).toHaveAttribute('href', 'https://shili.example.gov.cn/xxgk/ndbg/2019.html');
	await expect(link).toHaveAttribute('rel', 'nofollow noopener');
	const json = await (await request.get(`${fixture}/data/reports/shili-xian-2019.json`)).json();
	expect(json.source).toEqual({ url: 'https://shili.example.gov.cn/xxgk/ndbg/2019.html', retrieved: '2020-03-05' });
	const csv = await (await request.get(`${fixture}/data/reports.csv`)).text();
	expect(csv.split('\r\n')[0]).toMatch(/,source_url,retrieved$/);
	expect(csv).toContain(',https://shili.example.gov.cn/xxgk/ndbg/2019.html,2020-03-05\r\n');
	await page.goto(`${fixture}/reports/ceshi-xss-2020/`);
	await expect(page.locator('.report-head dl.meta .source')).toHaveCount(0);
});

for (const width of [375, 1280]) {
	test(`at ${width} px a link to the last column of a wide table scrolls it clear of the label column (洪泽区 2023 表四 行政复议 总计 0, flagged)`, async ({ browser }) => {
		test.skip(!hasCorpusSite, 'no corpus site: ../shared/corpus is absent');
		const context = await browser.newContext({ viewport: { width, height: 700 } });
		const page = await context.newPage();
		await page.goto(`http://localhost:${corpusPort}/reports/hongze-qzf-2023/#t4-r1-c5`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.waitForTimeout(200);
		const cell = page.locator('td#t4-r1-c5');
		await expect(cell).toHaveClass(/is-target/);
		await expect(cell).toBeInViewport({ ratio: 1 });
		expect(await uncovered(page, 'td#t4-r1-c5 a.cell-link')).toBe(true);
		expect(await uncovered(page, 'tr#t4-r1 th .label')).toBe(true);
		await expect(cell.locator('a.cell-link')).toHaveText('0');
		await expect(cell.locator('a.flag')).toBeVisible();
		await expect(page.locator('tr.cell-cite .cite-text')).toContainText('行政复议（总计）：0件');
		await context.close();
	});
}
