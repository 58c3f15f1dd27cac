import { expect, test } from './fixtures';
import { fixturePort } from '../../playwright.config';

const REPORT = '/reports/hengyang-guotu-2018/';

test('each chart has as many bars (or 未填报 marks) as rows in its table view', async ({ page }) => {
	await page.goto(REPORT);
	const charts = page.locator('.report-text figure.chart');
	expect(await charts.count()).toBeGreaterThanOrEqual(8);
	for (const chart of await charts.all()) {
		const marks = await chart.locator('rect.bar, rect.null-box').count();
		const rows = await chart.locator('details.as-table tbody tr').count();
		expect(marks).toBe(rows);
		await expect(chart.locator('desc')).toContainText('条形图');
	}
});

test('null is drawn as 未填报, and each bar links to its table row', async ({ page }) => {
	await page.goto(REPORT);
	const chart = page.locator('#chart-t1-r3');
	await expect(chart.locator('text.null')).toHaveText('未填报');
	await expect(chart.locator('rect.bar')).toHaveCount(2);
	await chart.getByRole('link', { name: '收到申请数：149件' }).click();
	await expect(page).toHaveURL(/#t1-r3-1$/);
	await expect(page.locator('#t1-r3-1')).toBeInViewport();
});

test('"以表格查看" opens the numbers of a chart as a table', async ({ page }) => {
	await page.goto(REPORT);
	const chart = page.locator('#chart-t1-r3-1');
	const table = chart.locator('details.as-table table');
	await expect(table).toBeHidden();
	await chart.getByText('以表格查看').click();
	await expect(table).toBeVisible();
	await expect(table.locator('tbody tr').nth(2)).toContainText('网络申请数139');
});

test('a failing check is shown next to its row and in the checks list', async ({ page }) => {
	await page.goto(REPORT);
	const note = page.locator('#t1-r3-3 + tr.check-note');
	await expect(note).toContainText('核对不符');
	await expect(note).toContainText('各项之和为 152，填报为 149');
	await expect(page.locator('#checks .check.fail')).toHaveCount(1);
	await expect(page.locator('#checks .check.unverifiable')).toContainText('申请办结数');
});

test('every download link answers 200 with the right content type', async ({ page, request }) => {
	const links = new Set<string>();
	for (const path of [REPORT, '/data/', '/compare/']) {
		await page.goto(path);
		for (const href of await page.locator('a[href^="/data/"], a[href$="source.txt"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
			if (href !== '/data/') links.add(href.replace(/#.*$/, ''));
	}
	// report page: 3 data files + source.txt; /data/: 5 long tables × 3 files, 4 wide and label tables × 2, one year × 3,
	// nianbao.sqlite, metadata.json, datapackage.json.
	expect(links.size).toBe(4 + 15 + 8 + 3 + 3);
	for (const href of links) {
		const res = await request.get(href);
		expect(res.status(), href).toBe(200);
		const type = res.headers()['content-type'];
		if (href.endsWith('.csv')) expect(type, href).toContain('text/csv');
		else if (href.endsWith('.json')) expect(type, href).toContain('application/json');
		else if (href.endsWith('.sqlite')) expect(type, href).toMatch(/application\/(vnd\.sqlite3|octet-stream)/);
		else expect(type, href).toContain('text/plain');
		const body = await res.body();
		expect(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf, href).toBe(href.endsWith('-excel.csv'));
	}
});

test('/data/ says what each file is for, with its size, row count and first rows', async ({ page }) => {
	await page.goto('/data/');
	const long = page.locator('#indicators');
	await expect(long.locator('.purpose')).toHaveText('每个单元格一行，用于分析');
	await expect(long.locator('.counts')).toContainText('58 行');
	await expect(long.locator('.size').first()).toHaveText(/\d+(\.\d)? (B|KB|MB)/);
	await expect(long.locator('table.preview tbody tr')).toHaveCount(3);
	await expect(long.locator('table.preview tbody tr').first()).toContainText('430400-land-resources');
	await expect(page.locator('#wide-2008 .purpose')).toHaveText('每份报告一行，用于 Excel');
	await expect(page.locator('#sqlite .purpose')).toHaveText('整个门户，用于 SQL');
});

test('the report page describes its data as a schema.org Dataset', async ({ page }) => {
	await page.goto(REPORT);
	const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
	expect(ld['@type']).toBe('Dataset');
	expect(ld.creator.name).toBe('衡阳市国土资源局');
	expect(ld.temporalCoverage).toBe('2018');
	expect(ld.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname)).toEqual([
		'/data/reports/hengyang-guotu-2018.csv',
		'/data/reports/hengyang-guotu-2018.json'
	]);
});

test('/compare/ says plainly that comparison needs more reports when there is one', async ({ page }) => {
	await page.goto('/compare/');
	await expect(page.getByRole('note')).toContainText('比较需要更多报告');
	await expect(page.locator('figure.chart rect.bar')).toHaveCount(1);
});

test('/compare/ lines up an indicator across reports, keeps the choice in the URL, and offers its CSV', async ({ page }) => {
	await page.goto(`http://localhost:${fixturePort}/compare/`);
	await expect(page.getByRole('note')).toHaveCount(0);
	await page.getByLabel('指标').selectOption('review.total');
	await expect(page).toHaveURL(/\?key=review.total$/);
	// One year at a time by default (the latest); 全部年度 fetches every year's file of the key.
	await expect(page.locator('tbody tr')).toHaveCount(1);
	await page.getByLabel('年度').selectOption('all');
	await expect(page).toHaveURL(/\?key=review.total&year=all$/);
	await expect(page.locator('tbody tr')).toHaveCount(4);
	await expect(page.locator('tbody tr').first().locator('th')).toHaveText('示例县示例办公室');
	await expect(page.locator('tbody tr').first().locator('td').nth(1)).toHaveText('2019');
	await page.reload();
	await expect(page.getByLabel('指标')).toHaveValue('review.total');
	await expect(page.locator('tbody tr')).toHaveCount(4);
	const href = await page.getByRole('link', { name: '下载所示数据（CSV）' }).getAttribute('href');
	const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
	expect(csv).toBe(
		'\uFEFFkey,report_id,agency_id,agency,year,value,unit,failing_check\r\n' +
			'review.total,shili-xian-2019,x-521fb036,示例县示例办公室,2019,2,件,\r\n' +
			'review.total,ceshi-xss-2020,x-e0d65ccf,测试市测试局,2020,1,件,\r\n' +
			'review.total,shili-zhen-2021,x-302e0e1f,示例镇测试办,2021,4,件,\r\n' +
			'review.total,shili-xiang-2023,x-99a7fab0,示例乡测试站,2023,4,件,\r\n'
	);
});
