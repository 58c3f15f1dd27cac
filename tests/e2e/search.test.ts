import { expect, test } from './fixtures';
import { fixturePort } from '../../playwright.config';

const fixture = `http://localhost:${fixturePort}`;

test('typing in the header lists matching sections with the words marked', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('combobox', { name: '搜索报告全文' }).fill('不动产登记');
	const options = page.getByRole('option');
	await expect(options.first()).toBeVisible();
	await expect(options.first().locator('mark')).toHaveText('不动产登记');
	await expect(options).toHaveCount(2);
});

test('choosing a suggestion with the keyboard lands on the section with the term marked', async ({ page }) => {
	await page.goto('/');
	const box = page.getByRole('combobox', { name: '搜索报告全文' });
	await box.fill('不动产登记');
	await expect(page.getByRole('option').first()).toBeVisible();
	await box.press('ArrowDown');
	await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/reports\/hengyang-guotu-2018\/\?hl=.+#s4-2$/);
	await expect(page.locator('#s4-2')).toBeInViewport();
	await expect(page.locator('#s4-2')).toHaveClass(/is-target/);
	const marked = await page.evaluate(() => [...(CSS.highlights.get('nianbao-hl') ?? [])].map((r) => (r as Range).toString()));
	// Every occurrence in the whole report is marked and counted; the current one is in the landed section.
	expect(new Set(marked)).toEqual(new Set(['不动产登记']));
	await expect(page.getByRole('status').filter({ hasText: '已标出' })).toContainText(new RegExp(`第 \\d+/${marked.length} 处`));
});

test('Enter on the box opens the search page for the query', async ({ page }) => {
	await page.goto('/reports/hengyang-guotu-2018/');
	const box = page.getByRole('combobox', { name: '搜索报告全文' });
	await box.fill('复议');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=%E5%A4%8D%E8%AE%AE$/);
	await expect(page.locator('.hit').first()).toBeVisible();
});

test('/search?q=复议 shows results on a fresh load, with report, path, marked snippet and link', async ({ page }) => {
	await page.goto('/search/?q=复议');
	await expect(page.getByRole('status')).toContainText('找到 1 份报告');
	await expect(page.locator('.result-head')).toHaveText([/衡阳市国土资源局 · 2018 年度\s*3 处/]);
	const first = page.locator('.hit').first();
	await expect(first.locator('mark').first()).toHaveText('复议');
	const href = await first.locator('a').first().getAttribute('href');
	expect(href).toMatch(/^\/reports\/hengyang-guotu-2018\/\?hl=%E5%A4%8D%E8%AE%AE#s6$/);
	await page.reload();
	await expect(page.locator('.hit')).toHaveCount(3);
});

test('the search page has a helpful state for an empty query, no results, and the OR fallback', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.getByRole('status')).toContainText('输入词语');
	await page.goto('/search/?q=火星探测');
	await expect(page.getByRole('status')).toContainText('没有找到包含“火星探测”的报告');
	await page.goto(`/search/?q=${encodeURIComponent('行政复议 火星')}`);
	await expect(page.getByRole('status')).toContainText('没有同时包含全部词语的报告');
});

test('資訊公開, the Taiwan wording, finds the sections that say 信息公开, marked, and says it searched both', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('資訊公開')}`);
	await expect(page.getByRole('status')).toContainText('找到');
	await expect(page.getByRole('status')).toContainText('同时查找了“信息公开”');
	await expect(page.locator('.hit mark').first()).toHaveText('信息公开');
	const href = await page.locator('.hit a').first().getAttribute('href');
	expect(decodeURIComponent(href!)).toContain('hl=资讯公开 信息公开');
});

test('a query found nowhere whole suggests the nearest indexed term, and the suggestion runs that search', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('行政服役')}`);
	const hint = page.locator('.did-you-mean');
	await expect(hint).toHaveText('您是不是要找：行政复议');
	await hint.getByRole('link', { name: '行政复议' }).click();
	await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('行政复议')}`);
	await expect(page.getByRole('status')).toContainText('找到');
	await expect(page.locator('.did-you-mean')).toHaveCount(0);
});

test('the header box suggests the nearest indexed term for a slip, and its link runs that search', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('combobox', { name: '搜索报告全文' }).fill('行政服役');
	const hint = page.locator('.suggest .did-you-mean');
	await expect(hint).toHaveText('您是不是要找：行政复议');
	await hint.getByRole('link', { name: '行政复议' }).click();
	await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('行政复议')}`);
	await expect(page.locator('.hit').first()).toBeVisible();
});

test('without JavaScript the search page says search needs it and links to the reports', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/search/?q=复议');
	await expect(page.getByText('搜索在浏览器中运行，需要启用 JavaScript')).toBeVisible();
	await expect(page.getByRole('link', { name: '全部报告' }).first()).toBeVisible();
	await context.close();
});

test('report text and queries containing markup are shown as text and run nothing', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		d.dismiss();
	});
	await page.goto(`${fixture}/reports/ceshi-xss-2020/`);
	await expect(page.locator('#s1')).toContainText('<script>window.__xss = 1</script>');
	await expect(page.locator('#s1')).toContainText('<img src=x onerror="window.__xss = 2">');
	await expect(page.locator('#s1 img, #s1 script')).toHaveCount(0);

	const query = '<img src=x onerror="window.__xss = 3">';
	await page.goto(`${fixture}/search/?q=${encodeURIComponent(query)}`);
	await expect(page.locator('#search-page-q')).toHaveValue(query);
	await expect(page.locator('.hit').first()).toContainText('onerror');
	await expect(page.locator('.hits img')).toHaveCount(0);

	await page.getByRole('combobox', { name: '搜索报告全文' }).fill('<script>window.__xss = 4</script>');
	await expect(page.getByRole('option').first()).toContainText('<script>window.__xss');
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('filters by report, agency and year show counts and live in the URL', async ({ page }) => {
	await page.goto(`${fixture}/search/?q=${encodeURIComponent('行政复议')}`);
	const year = page.getByRole('group', { name: '年度' });
	await expect(year.getByRole('button', { name: /2019/ })).toContainText('2');
	await year.getByRole('button', { name: /2019/ }).click();
	await expect(page).toHaveURL(/year=2019/);
	await expect(page.locator('.result-head')).toHaveText([/示例县示例办公室 · 2019 年度\s*2 处/]);
	await page.reload();
	await expect(page.locator('.hit')).toHaveCount(2);
	await expect(year.getByRole('button', { name: /2019/ })).toHaveAttribute('aria-pressed', 'true');
});

test('results are reports, each once with its sections and rows beneath', async ({ page }) => {
	await page.goto(`${fixture}/search/?q=${encodeURIComponent('行政复议')}`);
	const status = page.getByRole('status');
	await expect(status).toContainText(/找到 \d+ 份报告/);
	const found = Number(/找到 (\d+) 份报告/.exec((await status.textContent())!)![1]);
	expect(found).toBeGreaterThan(1);
	const heads = page.locator('.result-head');
	await expect(heads).toHaveCount(Math.min(found, 10));
	const labels = await heads.allTextContents();
	expect(new Set(labels).size).toBe(labels.length);
	expect(labels.length).toBeGreaterThan(1);
	for (const result of await page.locator('.result').all()) await expect(result.locator('.hit').first()).toBeVisible();
});

test('a suggestion for a table row shows the row’s table and headings', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('combobox', { name: '搜索报告全文' }).fill('被依法纠错数');
	const options = page.getByRole('option');
	await expect(options.first()).toBeVisible();
	const paths = await options.locator('.path').allTextContents();
	expect(paths.length).toBeGreaterThan(1);
	expect(new Set(paths).size).toBe(paths.length);
	expect(paths.every((p) => /行政(复议|诉讼)/.test(p))).toBe(true);
});

test('the suggestion box says the index is loading until it has arrived', async ({ page }) => {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route(/\/search-data\/manifest-/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await page.getByRole('combobox', { name: '搜索报告全文' }).fill('复议');
	await expect(page.locator('.suggest').getByRole('status')).toHaveText('正在载入搜索索引…');
	release();
	await expect(page.getByRole('option').first()).toBeVisible();
	await expect(page.locator('.suggest').getByRole('status')).toHaveCount(0);
});

test('a lone surrogate or a malformed ?q= never throws, in the box or on the search page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const box = page.getByRole('combobox', { name: '搜索报告全文' });
	await box.evaluate((el: HTMLInputElement) => {
		el.value = '\uD800复议\uDC00';
		el.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await expect(page.getByRole('option').first()).toBeVisible();
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=%EF%BF%BD/);
	await expect(page.locator('.hit').first()).toBeVisible();
	for (const raw of ['%ED%A0%80', '%E0%A4%A', '%', '%FF%FE复议'])
		{
			await page.goto(`/search/?q=${raw}`);
			await expect(page.getByRole('status')).toBeVisible();
		}
	expect(errors).toEqual([]);
});

test('a query in traditional characters finds and marks the simplified text', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('復議')}`);
	await expect(page.getByRole('status')).toContainText('找到 1 份报告');
	await expect(page.locator('.result-head')).toHaveText([/3 处/]);
	await expect(page.locator('.hit').first().locator('mark').first()).toHaveText('复议');
});
