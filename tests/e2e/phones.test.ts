import { expect, test } from './fixtures';

const REPORT = '/reports/hengyang-guotu-2018/';

test.describe('on a 375 px phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test('the 已标出 bar stays one row as tall as its buttons, whatever the query, and the landed row clears it', async ({ page }) => {
		await page.goto(`${REPORT}?hl=${encodeURIComponent('政府信息公开申请')}#t1-r5`);
		const bar = page.locator('.hl-bar');
		await expect(bar).toContainText('所到之处没有');
		await expect(bar).toContainText('衡阳市国土资源局');
		const [barBox, buttonBox] = await Promise.all([bar.boundingBox(), bar.getByRole('button', { name: '清除' }).boundingBox()]);
		expect(barBox!.height).toBeLessThanOrEqual(buttonBox!.height + 8);
		await page.waitForTimeout(200);
		const row = await page.locator('tr#t1-r5 th .label').boundingBox();
		const stuck = await bar.boundingBox();
		expect(row!.y).toBeGreaterThanOrEqual(stuck!.y + stuck!.height);
	});

	test('the indicator page’s year table fits the screen and no heading breaks inside a word', async ({ page }) => {
		await page.goto('/indicators/review.total/');
		const table = page.locator('.year-table');
		expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
		for (const heading of ['报告数', '填报数', '核对不符']) {
			const lines = await table.locator('thead th', { hasText: heading }).evaluate((th) => {
				const range = document.createRange();
				range.selectNodeContents(th);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			});
			expect(lines, heading).toBe(1);
		}
		await expect(table.locator('tbody th [aria-current="true"]')).toContainText('2018');
	});
});
