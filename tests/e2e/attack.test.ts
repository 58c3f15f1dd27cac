import { test as plain } from '@playwright/test';
import { expect, test } from './fixtures';
import { attackPort, hasAttackSite } from '../../playwright.config';

/** The site built from the attack suite's hostile folder (tests/integration/attack-build.test.ts builds it). */
const site = `http://localhost:${attackPort}`;
test.skip(!hasAttackSite, 'no build-attack/: run tests/integration/attack-build.test.ts (npm run test:integration) first');

/** Every request the page makes, and whether any script of the received page ran. */
async function visit(page: import('@playwright/test').Page, path: string) {
	const requests: string[] = [];
	const dialogs: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const res = await page.goto(`${site}${path}`);
	await page.waitForLoadState('networkidle');
	const ran = await page.evaluate(() => ({ pwned: (window as unknown as { pwned?: number }).pwned ?? null, title: document.title }));
	return { res, requests, dialogs, ran };
}

// The plain test: a text file never hydrates, so the fixture's wait for hydration does not apply.
plain('a received HTML page, as republished, is text: none of its scripts run and nothing it names is fetched', async ({ page }) => {
	const { res, requests, dialogs, ran } = await visit(page, '/reports/dup/source.htm.txt');
	expect(res?.headers()['content-type']).toBe('text/plain; charset=utf-8');
	expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
	await expect(page.locator('body')).toContainText('<script>window.parent.pwned = 1');
	expect(ran).toEqual({ pwned: null, title: '' });
	expect(dialogs).toEqual([]);
	expect(requests.filter((u) => !u.startsWith(site))).toEqual([]);
});

test('the received page is not published as HTML under any spelling of its name', async ({ request }) => {
	for (const path of ['/reports/dup/source.htm', '/reports/dup/source%2Ehtm', '/reports/dup//source.htm', '/reports/dup/also.htm']) {
		const res = await request.get(`${site}${path}`);
		expect(res.status(), path).toBe(404);
	}
});

for (const path of ['/', '/reports/dup/', '/reports/script-alert-1-script/', '/reports/hash-name/', '/search/?q=%3Cscript%3E']) {
	test(`${path}: nothing from the hostile folder runs and no request leaves the origin`, async ({ page }) => {
		const { requests, dialogs, ran } = await visit(page, path);
		expect(dialogs).toEqual([]);
		expect(ran.pwned).toBeNull();
		expect(ran.title).not.toBe('pwned');
		expect(requests.filter((u) => !u.startsWith(site))).toEqual([]);
	});
}

test('the report page links every form by the name it is published under', async ({ page }) => {
	await page.goto(`${site}/reports/dup/`);
	const hrefs = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	for (const name of ['source.txt', 'source.htm.txt', 'also.txt', 'also-2.txt']) expect(hrefs).toContain(`/reports/dup/${name}`);
	for (const href of hrefs) expect((await page.request.get(`${site}${href}`)).status(), href!).toBe(200);
});

test('reports named like the site\'s own files, or not in UTF-8, get pages of their own, and /reports/ stays the catalogue', async ({ page }) => {
	const ids = ['index.html-2', '__data.json-2', '2023年报告'];
	for (const id of ids) {
		const res = await page.goto(`${site}/reports/${encodeURIComponent(id)}/`);
		expect(res?.status(), id).toBe(200);
		await expect(page.locator('h1'), id).toContainText('2018');
	}
	await page.goto(`${site}/reports/`);
	await expect(page.locator('h1')).toContainText('全部报告');
	const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	for (const id of ids) expect(hrefs).toContain(`/reports/${encodeURIComponent(id)}/`);
});
