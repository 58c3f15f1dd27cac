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

/** Today in China (UTC+8), the build's calendar, and the days either side: a build date must be one of them. */
const buildDays = () => [-1, 0, 1].map((d) => new Date(Date.now() + 8 * 3600_000 + d * 86400_000).toISOString().slice(0, 10));

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the citation is in the page, accessed on the day the site was built, at its absolute address, and the cell’s anchor still lands', async ({ page }) => {
		await page.goto(`${fixture}/reports/shili-xian-2019/`);
		const cite = page.locator('.report-head details.cite');
		await cite.locator('summary').click();
		const text = (await cite.locator('.cite-text').textContent())!;
		const date = /\(2020-03-01\)\[(\d{4}-\d{2}-\d{2})\]\. https:\/\/nianbao\.example\.org\/reports\/shili-xian-2019\/\.$/.exec(text)?.[1];
		expect(date, text).toBeTruthy();
		expect(buildDays()).toContain(date);
		expect(text).not.toContain('引用日期');
		await expect(cite.getByRole('button')).toHaveCount(0);
		await page.goto(`${REPORT}#t1-r5-c1`);
		await expect(page.locator('td#t1-r5-c1')).toBeInViewport();
		expect(await page.locator('td#t1-r5-c1').evaluate((el) => el.matches(':target'))).toBe(true);
	});

	test('every value cell has a citation of its own, opened from the cell the address names and shown at the foot of the screen, with the build date and the absolute address', async ({ page }) => {
		await page.goto(`${fixture}/reports/shili-xian-2019/`);
		const links = page.locator('a.cell-link');
		const cells = await links.count();
		expect(cells).toBeGreaterThan(0);
		await expect(page.locator('.cell-cites > .cite-static')).toHaveCount(cells);
		await expect(page.locator('.cite-static:visible, a.cite-jump:visible')).toHaveCount(0);
		const head = (await page.locator('.report-head details.cite .cite-text').textContent())!;
		const date = /\[(\d{4}-\d{2}-\d{2})\]/.exec(head)![1];
		for (const i of [0, cells - 1]) {
			const link = links.nth(i);
			const value = (await link.innerText()).trim();
			await link.click();
			const cell = page.locator('td:target');
			const id = (await cell.getAttribute('id'))!;
			// The cell's own text is still its value: the 引用 link's word is drawn by CSS.
			expect((await cell.textContent())!.trim()).toBe(value);
			await cell.getByRole('link', { name: '引用此格' }).click();
			await expect(page).toHaveURL(new RegExp(`#cite-${id}$`));
			const line = page.locator('.cite-static:target');
			await expect(line).toBeVisible();
			await expect(line).toBeInViewport();
			await expect(line.locator('.cite-line')).toHaveText(new RegExp(`^示例县示例办公室\\. 示例县示例办公室2019年政府信息公开年度报告：.*：${value}[^\\d\\[]*\\[EB/OL\\]\\. \\(2020-03-01\\)\\[${date}\\]\\. https://nianbao\\.example\\.org/reports/shili-xian-2019/#${id}\\.$`));
			await expect(page.locator('.cite-static:visible')).toHaveCount(1);
			await line.getByRole('link', { name: '回到此格' }).click();
			await expect(page.locator(`td#${id}`)).toBeInViewport();
			await expect(page.locator('.cite-static:visible')).toHaveCount(0);
		}
	});

	test('without SITE_ORIGIN the citation says its address is relative', async ({ page }) => {
		await page.goto(`${REPORT}#cite-t1-r5-c1`);
		await expect(page.locator('#cite-t1-r5-c1')).toBeVisible();
		await expect(page.locator('#cite-t1-r5-c1 .cite-line')).toHaveText(/\]\. \/reports\/hengyang-guotu-2018\/#t1-r5-c1（相对地址，须在前面加上本站网址）\.$/);
		const cite = page.locator('.report-head details.cite');
		await cite.locator('summary').click();
		await expect(cite.locator('.cite-text')).toHaveText(/\[\d{4}-\d{2}-\d{2}\]\. \/reports\/hengyang-guotu-2018\/（相对地址，须在前面加上本站网址）\.$/);
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

test('with JavaScript a cell’s static citation address (#cite-…) shows the cell, selected, with its citation row', async ({ page }) => {
	await page.goto(`${REPORT}#cite-t1-r5-c1`);
	await expect(page.locator('td#t1-r5-c1')).toHaveClass(/is-target/);
	await expect(page.locator('tr.cell-cite .cite-text')).toContainText(/#t1-r5-c1\.$/);
	await expect(page.locator('.cite-static:visible, a.cite-jump:visible, #missing-part')).toHaveCount(0);
});

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
