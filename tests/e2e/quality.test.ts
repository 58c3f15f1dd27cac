import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';

const REPORT = '/reports/hengyang-guotu-2018/';
const PAGES = ['/', REPORT, '/search/?q=复议', '/data/', '/compare/', '/indicators/', '/indicators/applications.received/'];

async function serious(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const path of PAGES) {
	test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
		// axe walks every node: /indicators/ lists every template key (hundreds of table rows), which takes it
		// about 30 s on a busy 2-core machine. The time is not what this test checks, so it gets room.
		test.setTimeout(120_000);
		await page.goto(path);
		if (path.startsWith('/search')) await expect(page.locator('.hit').first()).toBeVisible();
		expect(await serious(page)).toEqual([]);
	});
}

test('axe finds none with the search suggestions open', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('combobox', { name: '搜索报告全文' }).fill('行政复议');
	await expect(page.getByRole('option').first()).toBeVisible();
	expect(await serious(page)).toEqual([]);
});

test.describe('on a 375×667 phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	for (const path of PAGES) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		});
	}

	test('the table of contents is folded away, and wide tables scroll inside their own box', async ({ page }) => {
		await page.goto(REPORT);
		await expect(page.locator('.toc details')).not.toHaveAttribute('open');
		await expect(page.locator('.toc ol').first()).toBeHidden();
		await page.locator('.toc summary').click();
		await expect(page.locator('.toc ol').first()).toBeVisible();
		const box = page.locator('.data-table .scroll').first();
		const [client, scroll] = await box.evaluate((el) => [el.clientWidth, el.scrollWidth]);
		expect(client).toBeLessThanOrEqual(375);
		expect(scroll).toBeGreaterThanOrEqual(client);
	});

	test('tap targets are at least 44 px tall and wide', async ({ page }) => {
		await page.goto(REPORT);
		await page.locator('.toc summary').click();
		const small = await page
			.locator('header.site a, header.site button, header.site input, .toc summary, .toc a, .link-control, .downloads a, .as-table summary, .crumbs a')
			.evaluateAll((els) =>
				els
					.map((el) => ({ el: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 20), r: el.getBoundingClientRect() }))
					.filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
					.map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`)
			);
		expect(small).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('home, report text, tables and charts read fully', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('link', { name: /衡阳市国土资源局/ })).toBeVisible();
		await page.goto(REPORT);
		await expect(page.locator('#s4-2')).toContainText('当面依申请公开10条');
		// The cell also carries the flag of the check it fails (⚠, a link to the check).
		await expect(page.locator('tr#t1-r3-3 td.num')).toHaveText(/^149\s*⚠$/);
		await expect(page.locator('#chart-t1-r3-1 rect.bar')).toHaveCount(4);
		await expect(page.locator('#chart-t1-r3-1 text.value').nth(2)).toHaveText('139');
		await page.locator('#chart-t1-r3-1 summary').click();
		await expect(page.locator('#chart-t1-r3-1 details table')).toBeVisible();
	});
});

test('keyboard alone: search, choose a result, and reach a chart bar', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
	const box = page.getByRole('combobox', { name: '搜索报告全文' });
	await box.focus();
	// As a Chinese input method commits a word: at once, one query (typed a character at a time on a busy
	// machine, 经's answer could arrive between the arrow and Enter and clear the choice).
	await page.keyboard.insertText('经费');
	await expect(page.getByRole('option').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/reports\/hengyang-guotu-2018\/\?hl=/);
	const bar = page.locator('#chart-t1-r3-1 a').first();
	await bar.focus();
	await expect(bar).toBeFocused();
	const outline = await bar.evaluate((el) => getComputedStyle(el.querySelector('.label')!).textDecorationLine);
	expect(outline).toContain('underline');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#t1-r3-1-1$/);
});

test('a page makes no request to any other origin', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	for (const path of [...PAGES, `${REPORT}?hl=复议#s6`]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	await page.getByRole('combobox', { name: '搜索报告全文' }).fill('复议');
	await expect(page.getByRole('option').first()).toBeVisible();
	expect(foreign).toEqual([]);
});

test.describe('content security policy', () => {
	/** Every Content Security Policy message the page logs: a violation of its policy. */
	const violationsOf = (page: import('@playwright/test').Page) => {
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
		});
		return violations;
	};
	// One page of every route, the 404 page included.
	const EVERY_TYPE = ['/reports/', '/agencies/430400-land-resources/', '/browse/all/1/', '/compare/applications.answered/', '/no-such-page/'];
	for (const path of [...PAGES, ...EVERY_TYPE]) {
		test(`${path} carries a CSP that allows only Kit's own scripts and nothing off the origin, and nothing violates it`, async ({ page }) => {
			const violations = violationsOf(page);
			await page.goto(path);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? '';
			// 'self' for Kit's bundles under /_app/, one hash for its inline bootstrap; no 'unsafe-inline', no other host.
			expect(scriptSrc).toMatch(/^'self' 'sha256-[^']+'$/);
			expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
			expect(csp).toContain("object-src 'none'");
			await page.waitForLoadState('networkidle');
			expect(violations).toEqual([]);
		});
	}

	test('searching from a report page violates nothing', async ({ page }) => {
		const violations = violationsOf(page);
		await page.goto(`${REPORT}?hl=复议#s6`);
		await page.waitForLoadState('networkidle');
		await page.getByRole('combobox', { name: '搜索报告全文' }).fill('复议');
		await expect(page.getByRole('option').first()).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('an inline script added to a page does not run', async ({ page }) => {
		await page.goto(REPORT);
		const ran = await page.evaluate(async () => {
			const s = document.createElement('script');
			s.textContent = 'window.__injected = 1';
			document.body.append(s);
			await new Promise((r) => setTimeout(r, 50));
			return (window as unknown as { __injected?: number }).__injected;
		});
		expect(ran).toBeUndefined();
	});
});
