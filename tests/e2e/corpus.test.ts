import { expect, test } from './fixtures';
import { corpusPort, hasCorpusSite } from '../../playwright.config';

const site = `http://localhost:${corpusPort}`;
test.skip(!hasCorpusSite, 'no corpus site: ../shared/corpus is absent');

const REPORTS = ['hengyang-guotu-2018', 'shanghai-szfbgt-2019', 'hongze-qzf-2023', 'shuyang-fgj-2023', 'hongze-qzf-2024', 'huaian-szf-2024'];

test('the corpus site lists every corpus report', async ({ page }) => {
	await page.goto(`${site}/`);
	const hrefs = await page.locator('.report-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
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
	await page.goto(`${site}/compare/?key=review.total`);
	await expect(page.locator('tbody tr')).toHaveCount(6);
	await expect(page.locator('tbody tr').first()).toContainText('衡阳市国土资源局2018');
	await expect(page.locator('tbody')).toContainText('洪泽区人民政府2023');
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
