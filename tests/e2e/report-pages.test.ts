import { expect, test } from './fixtures';

const REPORT = '/reports/hengyang-guotu-2018/';

test('the home page lists the report and its link opens it', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const link = page.getByRole('link', { name: /衡阳市国土资源局\s*2018 年度/ });
	await expect(page.locator('.report-list li')).toContainText('2019-02-26');
	await link.click();
	await expect(page).toHaveURL(REPORT);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('衡阳市国土资源局2018年政府信息公开年度报告');
});

test('arriving at #s4-2 shows that section, visibly marked', async ({ page }) => {
	await page.goto(`${REPORT}#s4-2`);
	const section = page.locator('#s4-2');
	await expect(section).toBeInViewport();
	await expect(section.locator('h4, h3').first()).toContainText('办理情况');
	const marked = await section.evaluate((el) => getComputedStyle(el).backgroundColor);
	const plain = await page.locator('#s4-1').evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(marked).not.toBe(plain);
});

test('every #anchor link on the report page resolves to an element', async ({ page }) => {
	await page.goto(REPORT);
	const hrefs = await page.locator('a[href*="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(80);
	const missing = await page.evaluate(
		(ids) => ids.filter((id) => !document.getElementById(decodeURIComponent(id))),
		hrefs.map((h) => h.slice(h.indexOf('#') + 1))
	);
	expect(missing).toEqual([]);
});

test('the appendix is a real table whose rows carry their anchors', async ({ page }) => {
	await page.goto(`${REPORT}#t1-r3-2`);
	const r = page.locator('tr#t1-r3-2');
	await expect(r).toBeInViewport();
	await expect(r.locator('th')).toContainText('(二)申请办结数');
	await expect(r.locator('td.num')).toHaveText('未填报');
	await expect(page.locator('tr#t1-r3-1 td.num')).toHaveText('149');
	await expect(page.locator('.data-table tbody tr:not(.check-note)')).toHaveCount(65);
});

test('the link control copies the absolute URL of its section', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(REPORT);
	await page.getByRole('link', { name: '复制链接：2、办理情况' }).click();
	await expect(page.locator('#s4-2 .copied').first()).toHaveText('已复制');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${REPORT}#s4-2`);
	await expect(page.locator('#s4-2')).toHaveClass(/is-target/);
});

test('the report reads fully with JavaScript off', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${REPORT}#s6`);
	await expect(page.locator('#s6')).toContainText('2017年度,我局共收到行政复议申请3件');
	await expect(page.locator('tr#t1-r5 td.num')).toHaveText('17');
	await context.close();
});

test('on a 375 px phone nothing scrolls sideways', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
	const page = await context.newPage();
	for (const path of ['/', REPORT]) {
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	}
	await context.close();
});

test('the raw text is published beside the report', async ({ request }) => {
	const res = await request.get(`${REPORT}source.txt`);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toContain('text/plain');
	const text = await res.text();
	expect(text.startsWith('衡阳市国土资源局\n2018年政府信息公开年度报告')).toBe(true);
	expect(text).toContain('扫一扫在手机打开当前页');
});
