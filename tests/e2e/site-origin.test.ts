import { expect, test } from './fixtures';
import { fixturePort } from '../../playwright.config';

/** build-fixture/ is built with SITE_ORIGIN=https://nianbao.example.org (package.json, build:fixture); build/ without. */
const fixture = `http://localhost:${fixturePort}`;

test('with SITE_ORIGIN set, pages name their canonical URL and JSON-LD its files on that origin', async ({ page }) => {
	await page.goto(`${fixture}/reports/shili-xian-2019/`);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://nianbao.example.org/reports/shili-xian-2019/');
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	for (const d of ld.distribution as { contentUrl: string }[]) expect(d.contentUrl).toMatch(/^https:\/\/nianbao\.example\.org\/data\/reports\//);
	await page.goto(`${fixture}/`);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://nianbao.example.org/');
});

test('without SITE_ORIGIN, pages carry no canonical link to a local address', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
