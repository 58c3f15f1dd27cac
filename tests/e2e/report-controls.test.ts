import { expect, test } from './fixtures';
import { corpusPort, hasCorpusSite } from '../../playwright.config';

const REPORT = '/reports/hengyang-guotu-2018/';

for (const width of [375, 1280]) {
	test(`at ${width} px a link to a part the report does not have says so, in view, with the report’s contents`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height: 700 } });
		const page = await context.newPage();
		await page.goto(`${REPORT}#s99`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const notice = page.locator('#missing-part');
		await expect(notice).toContainText('本报告没有这一节');
		await expect(notice).toContainText('#s99');
		await page.waitForTimeout(200);
		await expect(notice.locator('#missing-part-h')).toBeInViewport();
		// The contents: a link to every part, as the 目录 lists them.
		const toc = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(toc.length).toBeGreaterThan(5);
		expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(toc);
		await context.close();
	});
}

test('the notice follows the address: a link from it lands on the part and the notice goes; another missing anchor brings it back', async ({ page }) => {
	await page.goto(`${REPORT}#s99`);
	const notice = page.locator('#missing-part');
	await expect(notice).toBeVisible();
	await notice.locator('a[href="#s6"]').click();
	await expect(notice).toHaveCount(0);
	await expect(page.locator('#s6')).toHaveClass(/is-target/);
	await page.waitForTimeout(200);
	await expect(page.locator('#s6-h')).toBeInViewport();
	await page.evaluate(() => (location.hash = '#t9-r1'));
	await expect(notice).toContainText('#t9-r1');
	await expect(page.locator('.is-target')).toHaveCount(0);
	await page.goto(`${REPORT}#t1-r5-c1`);
	await expect(page.locator('#missing-part')).toHaveCount(0);
});

for (const width of [320, 375]) {
	test(`at ${width} px the 已标出 bar shows its whole count (第 n/m 处); a long query is cut instead`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height: 640 } });
		const page = await context.newPage();
		await page.goto(`${REPORT}?hl=${encodeURIComponent('行政复议 政府信息公开 主动公开 依申请公开')}`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const bar = page.locator('.hl-bar');
		await bar.getByRole('button', { name: '下一处' }).click();
		await bar.getByRole('button', { name: '下一处' }).click();
		const count = bar.locator('.hl-n');
		await expect(count).toHaveText(/^：第 2\/\d+ 处$/);
		// Not cut: the count's text fits its box, and the box is inside the bar, left of the buttons.
		expect(await count.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
		const [box, barBox, prev] = await Promise.all([count.boundingBox(), bar.boundingBox(), bar.getByRole('button', { name: '上一处' }).boundingBox()]);
		expect(box!.x).toBeGreaterThanOrEqual(barBox!.x);
		expect(box!.x + box!.width).toBeLessThanOrEqual(prev!.x + 0.5);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await context.close();
	});
}

test('on a report page the chart’s 显示列 shows the column its charts draw, and a choice redraws them (淮安市洪泽区 2023 表三)', async ({ page }) => {
	test.skip(!hasCorpusSite, 'no corpus site: ../shared/corpus is absent');
	await page.goto(`http://localhost:${corpusPort}/reports/hongze-qzf-2023/`);
	const select = page.getByRole('combobox', { name: '图表显示的列' }).first();
	await expect(select).toBeVisible();
	const charts = select.locator('xpath=ancestor::section[contains(@class, "charts")]');
	const shown = async () => select.evaluate((el: HTMLSelectElement) => (el.selectedIndex >= 0 ? el.options[el.selectedIndex].text : ''));
	expect(await shown()).toBe('总计');
	await expect(charts.locator('.chart-col').first()).toHaveText('·总计');
	await select.selectOption({ label: '自然人' });
	expect(await shown()).toBe('自然人');
	await expect(charts.locator('.chart-col').first()).toHaveText('·自然人');
});
