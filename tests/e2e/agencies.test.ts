import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixturePort } from '../../playwright.config';

/**
 * The agency directory on build-fixture/, whose made-up reports include a 综合实验区's bureau (shiyan-pingtan-2019),
 * a title misspelling its district by one character (shiyan-huangyan-2018, 黄严区 for 台州市黄岩区) and agencies
 * with no real place (示例县示例办公室, 测试市测试局, 示例乡示例站).
 */
const fixture = `http://localhost:${fixturePort}`;

interface AgencyRecord {
	id: string;
	name: string;
	division_code: string | null;
	placement: string;
	placement_note: string | null;
}
const agenciesOf = async (page: Page): Promise<AgencyRecord[]> => (await page.request.get(`${fixture}/data/agencies.json`)).json();

/** Every agency name the directory shows, province page by province page. */
async function directoryNames(page: Page): Promise<string[]> {
	await page.goto(`${fixture}/agencies/`);
	const regions = await page.locator('table.regions tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	const names: string[] = [];
	for (const href of regions) {
		await page.goto(`${fixture}${href}`);
		names.push(...(await page.locator('.agency-rows li > a').allTextContents()));
	}
	return names;
}

test('the header links to the directory, and /agencies/ and its region pages list every agency of the build once', async ({ page }) => {
	test.slow(); // four pages, each waited for until its scripts run
	await page.goto(`${fixture}/`);
	await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机关' }).click();
	await expect(page).toHaveURL(`${fixture}/agencies/`);
	await expect(page.locator('table.regions tbody th')).toHaveText(['浙江省', '福建省', '未定地区']);
	const agencies = await agenciesOf(page);
	expect(agencies.length).toBe(7);
	expect((await directoryNames(page)).sort()).toEqual(agencies.map((a) => a.name).sort());
});

test('a province page groups its agencies city → county, each with its reports, years and placement', async ({ page }) => {
	await page.goto(`${fixture}/agencies/350000/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('福建省的机关（1 个）');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('福州市');
	await expect(page.getByRole('heading', { level: 3 })).toHaveText('平潭县');
	const row = page.locator('#r-350128 ~ .agency-rows li');
	await expect(row).toContainText('平潭综合实验区经济发展局');
	await expect(row).toContainText('1 份 · 2019');
	await expect(row.locator('.tag')).toHaveText('推定');
	await page.goto(`${fixture}/agencies/unplaced/`);
	await expect(page.locator('.agency-rows li > a')).toHaveText(['示例县示例办公室', '示例乡示例站', '测试市测试局', '示例镇测试办', '示例乡测试站'].sort((a, b) => a.localeCompare(b, 'zh')));
});

test('the filters fold traditional characters: 臺州 finds 台州市黄岩区人民政府 on /agencies/ and on its province page', async ({ page }) => {
	await page.goto(`${fixture}/agencies/`);
	await page.getByLabel('查找机关').fill('臺州');
	await expect(page.getByRole('list', { name: '查找结果' }).getByRole('link')).toHaveText(['台州市黄岩区人民政府']);
	await expect(page.getByRole('status')).toHaveText('找到 1 个机关');
	// The corrected spelling is kept as an alias, so the name the report wrote finds it too.
	await page.getByLabel('查找机关').fill('黄严');
	await expect(page.getByRole('list', { name: '查找结果' }).getByRole('link')).toHaveText(['台州市黄岩区人民政府']);

	await page.goto(`${fixture}/agencies/330000/`);
	const filter = page.getByLabel('筛选机关');
	await filter.fill('黃巖區');
	await expect(page.getByRole('link', { name: '台州市黄岩区人民政府' })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('显示 1 / 1 个机关');
	await filter.fill('平潭');
	await expect(page.getByRole('link', { name: '台州市黄岩区人民政府' })).toBeHidden();
	await expect(page.getByRole('heading', { name: '台州市' })).toBeHidden();
	await expect(page.getByRole('status')).toHaveText('没有名称含这些字的机关');
});

test('an agency page says a derived placement is derived, and a corrected one what the report wrote', async ({ page }) => {
	await page.goto(`${fixture}/agencies/350000/`);
	await page.getByRole('link', { name: '平潭综合实验区经济发展局' }).click();
	await expect(page.getByRole('note')).toContainText('所在地区为推定：平潭综合实验区不是行政区划，按所在的平潭县归入');
	await expect(page.locator('dl.meta')).toContainText('350128（推定）');
	await expect(page.locator('.crumbs')).toHaveText(/机关名录\s*›\s*福建省\s*›\s*福州市\s*›\s*平潭县/);

	await page.goto(`${fixture}/agencies/330000/`);
	await page.getByRole('link', { name: '台州市黄岩区人民政府' }).click();
	await expect(page.getByRole('note')).toContainText('报告写作“黄严区”，按“黄岩区”归入');
	await expect(page.locator('dl.meta')).toContainText('331003（校正）');
	await expect(page.locator('dl.meta')).toContainText('台州市黄严区人民政府');
});

test('the downloads and the directory’s data twins carry the division code and how it was placed', async ({ page, request }) => {
	const byName = new Map((await agenciesOf(page)).map((a) => [a.name, a]));
	expect(byName.get('平潭综合实验区经济发展局')).toMatchObject({ division_code: '350128', placement: 'derived' });
	expect(byName.get('台州市黄岩区人民政府')).toMatchObject({ division_code: '331003', placement: 'corrected', placement_note: expect.stringContaining('报告写作“黄严区”，按“黄岩区”归入') });
	expect(byName.get('示例县示例办公室')).toMatchObject({ division_code: null, placement: 'unplaced' });
	const reports = await (await request.get(`${fixture}/data/reports.csv`)).text();
	expect(reports).toMatch(/\r?\nshiyan-huangyan-2018,[^\n]*,331003,corrected,2018,/);
	expect(reports).toMatch(/\r?\nshiyan-pingtan-2019,[^\n]*,350128,derived,2019,/);
	const index = await (await request.get(`${fixture}/agencies/index.json`)).json();
	expect(index).toMatchObject({ agencies: 7, reports: 7, regions: [{ code: '330000' }, { code: '350000' }, { code: 'unplaced', agencies: 5 }] });
	const fujian = await (await request.get(`${fixture}/agencies/350000.json`)).json();
	expect(fujian.tree.children[0].children[0].agencies[0]).toMatchObject({ name: '平潭综合实验区经济发展局', placement: 'derived' });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the directory is a full list with no filter box', async ({ page }) => {
		test.slow();
		const agencies = await agenciesOf(page);
		expect((await directoryNames(page)).sort()).toEqual(agencies.map((a) => a.name).sort());
		await expect(page.getByLabel('筛选机关')).toHaveCount(0);
		await page.goto(`${fixture}/agencies/`);
		await expect(page.getByLabel('查找机关')).toHaveCount(0);
	});
});
