import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const REPORT = '/reports/hengyang-guotu-2018/';

/** Cells of report tables whose text is cut by their own box or by the table's scrolling box. */
async function clippedCells(page: Page) {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const box of document.querySelectorAll('.data-table .scroll')) {
			const table = box.querySelector('table')!;
			if (table.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX === 'visible') out.push('box does not scroll');
			for (const cell of box.querySelectorAll('th, td'))
				if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${cell.closest('tr')?.id}: ${(cell.textContent ?? '').trim().slice(0, 20)}`);
		}
		return out;
	});
}

for (const width of [375, 768, 1280, 1920]) {
	test(`at ${width} px no table cell is clipped, and from 1280 px the report table fits without scrolling`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height: 800 } });
		const page = await context.newPage();
		await page.goto(REPORT);
		expect(await clippedCells(page)).toEqual([]);
		if (width >= 1280) {
			const overflow = await page.locator('.data-table .scroll').first().evaluate((el) => el.scrollWidth - el.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
}

test.describe('on a 375 px phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test('landing on a row shows its label and its number together, the unit folded into the label', async ({ page }) => {
		await page.goto(`${REPORT}#t1-r5`);
		const row = page.locator('tr#t1-r5');
		await expect(row.locator('th .label')).toBeInViewport();
		await expect(row.locator('td.num').first()).toBeInViewport();
		await expect(row.locator('td.num').first()).toHaveText('17');
		await expect(row.locator('.unit-inline')).toBeVisible();
		await expect(row.locator('td.unit')).toBeHidden();
	});

	test('the label column and the header row stay put while the table scrolls', async ({ page }) => {
		await page.goto(REPORT);
		const box = page.locator('.data-table .scroll').first();
		await box.evaluate((el) => el.scrollBy(0, 400));
		const [head, box0] = await Promise.all([
			page.locator('.data-table thead th').first().boundingBox(),
			box.boundingBox()
		]);
		expect(Math.abs(head!.y - box0!.y)).toBeLessThanOrEqual(2);
	});
});

test('the 已标出 bar names the report, counts matches in the whole report and steps through them', async ({ page }) => {
	await page.goto(`${REPORT}?hl=${encodeURIComponent('行政复议')}#s6`);
	const bar = page.locator('.hl-bar');
	await expect(bar).toContainText('衡阳市国土资源局 2018 年度报告');
	const total = await page.evaluate(() => {
		const text = document.querySelector('.report-text')!.textContent ?? '';
		return text.split('行政复议').length - 1;
	});
	expect(total).toBeGreaterThan(1);
	await expect(bar).toContainText(new RegExp(`第 \\d+/${total} 处`));
	const before = (await bar.textContent())!.match(/第 (\d+)\//)![1];
	await bar.getByRole('button', { name: '下一处' }).click();
	await expect(bar).toContainText(`第 ${Number(before) + 1}/${total} 处`);
	await bar.getByRole('button', { name: '上一处' }).click();
	await expect(bar).toContainText(`第 ${before}/${total} 处`);
});

for (const width of [375, 1280]) {
	test(`at ${width} px the landed section clears the sticky header and the 已标出 bar`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height: 700 } });
		const page = await context.newPage();
		await page.goto(`${REPORT}?hl=${encodeURIComponent('复议')}#s6`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator('.hl-bar')).toBeVisible();
		await page.waitForTimeout(200);
		const bar = await page.locator('.hl-bar').boundingBox();
		const heading = await page.locator('#s6-h').boundingBox();
		expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
		expect(heading!.y).toBeLessThan(700);
		await context.close();
	});
}

test('a malformed hash or ?hl= never throws', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${REPORT}#%E0%A4%A`);
	await page.goto(`${REPORT}?hl=%E0%A4%A#s6`);
	await page.goto(`${REPORT}?hl=%ED%A0%80#%ZZ`);
	await page.evaluate(() => (location.hash = '#%E0%A4%A'));
	await page.waitForTimeout(100);
	expect(errors).toEqual([]);
	await expect(page.locator('h1')).toBeVisible();
});

test('the check summary sits at the top of the report and a failing number carries its flag', async ({ page }) => {
	await page.goto(REPORT);
	const summary = page.locator('.report-head .check-summary');
	await expect(summary).toContainText(/模板规定的 \d+ 项加总关系中，\d+ 项可以核对/);
	await expect(summary).toContainText('1 项不符');
	const cell = page.locator('tr#t1-r3-3 td.num').first();
	await expect(cell).toHaveClass(/flag-fail/);
	await expect(cell.locator('a.flag')).toHaveAttribute('href', /^#check-/);
	const href = (await cell.locator('a.flag').getAttribute('href'))!;
	await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveClass(/fail/);
});

test('a missing page answers 404 in Chinese with a search box', async ({ page }) => {
	const res = await page.goto('/no-such-page/deeper/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
	await expect(page.locator('main form[role="search"] input[name="q"]')).toBeVisible();
	// Styles load at any depth (absolute asset paths).
	expect(await page.evaluate(() => getComputedStyle(document.querySelector('header.site')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});
