import { expect, test } from './fixtures';
import { corpusPort, hasCorpusSite } from '../../playwright.config';

const site = `http://localhost:${corpusPort}`;
test.skip(!hasCorpusSite, 'no corpus site: ../shared/corpus is absent');

const REPORTS = ['hengyang-guotu-2018', 'shanghai-szfbgt-2019', 'hongze-qzf-2023', 'shuyang-fgj-2023', 'hongze-qzf-2024', 'huaian-szf-2024'];

test('the corpus site lists every corpus report', async ({ page }) => {
	await page.goto(`${site}/`);
	const hrefs = await page.locator('.report-list li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.sort()).toEqual(REPORTS.map((id) => `/reports/${id}/`).sort());
});

for (const id of REPORTS.filter((r) => r !== 'hengyang-guotu-2018')) {
	test(`${id} shows its six parts, 表三 and 表四, charts and checks`, async ({ page }) => {
		await page.goto(`${site}/reports/${id}/`);
		for (const s of ['s1', 's2', 's3', 's4', 's5', 's6']) await expect(page.locator(`#${s}`)).toHaveCount(1);
		await expect(page.locator('#t3 tbody tr:not(.check-note)')).toHaveCount(id === 'huaian-szf-2024' || id === 'shuyang-fgj-2023' ? 30 : 27);
		await expect(page.locator('#t4 tbody tr:not(.check-note)')).toHaveCount(3);
		expect(await page.locator('figure.chart').count()).toBeGreaterThan(3);
		await expect(page.locator('#checks')).toBeVisible();
	});
}

test('a source fault is flagged beside its row: 洪泽区 2023 表四 行政复议 总计 0', async ({ page }) => {
	await page.goto(`${site}/reports/hongze-qzf-2023/#t4-r1`);
	await expect(page.locator('#t4-r1 + tr.check-note')).toContainText('各项之和为 11，填报为 0');
});

test('the original PDF and the extracted text are published beside the report', async ({ request }) => {
	const pdf = await request.get(`${site}/reports/huaian-szf-2024/source.pdf`);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
	const txt = await request.get(`${site}/reports/huaian-szf-2024/source.txt`);
	expect(await txt.text()).toContain('淮安市人民政府');
	expect((await request.get(`${site}/reports/huaian-szf-2024/also.txt`)).status()).toBe(200);
	// A received HTML page is republished as text, never as a page of the portal.
	expect((await request.get(`${site}/reports/shuyang-fgj-2023/source.html`)).status()).toBe(404);
	const html = await request.get(`${site}/reports/shuyang-fgj-2023/source.html.txt`);
	expect(html.headers()['content-type']).toBe('text/plain; charset=utf-8');
	expect(html.headers()['content-security-policy']).toContain('sandbox');
	expect(await html.text()).toContain('<script');
});

test('a 2018 and a 2023 report line up on one chart in /compare/', async ({ page }) => {
	await page.goto(`${site}/compare/?key=review.total&year=all`);
	await expect(page.locator('tbody tr')).toHaveCount(6);
	await expect(page.locator('tbody tr').first().locator('th')).toHaveText('衡阳市国土资源局');
	await expect(page.locator('tbody tr').first().locator('td').nth(1)).toHaveText('2018');
	await expect(page.locator('tbody tr', { hasText: '洪泽区人民政府' }).first()).toContainText('2023');
});

test('洪泽区人民政府 (2023) and 淮安市洪泽区人民政府 (2024) are one agency, followed across years', async ({ page }) => {
	await page.goto(`${site}/reports/hongze-qzf-2023/`);
	await page.locator('.report-head .crumbs a').nth(1).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('淮安市洪泽区人民政府');
	await expect(page.locator('.report-list li')).toHaveCount(2);
	const received = page.locator('tbody tr', { hasText: '收到（新收）政府信息公开申请数' });
	await expect(received.locator('td.num')).toHaveText(['21', '95']);
	// 表四 总计 0 fails its check in 2023: the flag travels to the agency's time series.
	await expect(page.locator('tbody tr', { hasText: '行政复议数量' }).locator('td.num').first()).toHaveClass(/flag-fail/);
});

test('at 375 px, landing on #t4-r1 shows the row label and a number of that row', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
	const page = await context.newPage();
	await page.goto(`${site}/reports/hongze-qzf-2023/#t4-r1`);
	await expect(page.locator('#t4-r1 th .label')).toBeInViewport();
	await expect(page.locator('#t4-r1 td.num').first()).toBeInViewport();
	await context.close();
});

for (const width of [1280, 1440, 1920]) {
	test(`at ${width} px 表三 fits its box: 总计 reads 21, not 2`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${site}/reports/hongze-qzf-2023/`);
		const box = page.locator('#t3 .scroll');
		expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
		const cell = page.locator('#t3-r1 td.num').last();
		await expect(cell).toHaveText('21');
		const [c, b] = [await cell.boundingBox(), await box.boundingBox()];
		expect(c!.x + c!.width).toBeLessThanOrEqual(b!.x + b!.width);
		await context.close();
	});
}

test('the outcome chart of 表三 draws every group that makes up 总计', async ({ page }) => {
	await page.goto(`${site}/reports/hongze-qzf-2023/`);
	const chart = page.locator('#chart-t3-r3');
	await expect(chart.locator('.chart-total')).toContainText('总计 21');
	await expect(chart.locator('text.label')).toContainText(['予以公开', '部分公开', '不予公开（各项之和）', '无法提供（各项之和）', '不予处理（各项之和）', '其他处理']);
	await page.locator('#t3 + section.charts select').selectOption({ label: '自然人' });
	await expect(chart.locator('figcaption')).toContainText('自然人');
});

test.describe('on a 375 px phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });
	for (const id of REPORTS) {
		test(`${id}: nothing sticks out sideways (outside scrolling boxes)`, async ({ page }) => {
			await page.goto(`${site}/reports/${id}/`);
			const out = await page.evaluate(() =>
				[...document.querySelectorAll('main *')]
					.filter((e) => !e.closest('.scroll, .toc') && e.getBoundingClientRect().right > 376)
					.map((e) => `${e.tagName} ${(e.textContent ?? '').slice(0, 30)}`)
			);
			expect(out).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		});
	}
});
