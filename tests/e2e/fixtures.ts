import { test as base, expect } from '@playwright/test';

/**
 * The Playwright test with one change: page.goto waits until the page's scripts are live (the root
 * layout sets html[data-hydrated]) when JavaScript is on, so a test never types into a page that
 * has not hydrated yet, as can happen on a slow, loaded machine.
 */
export const test = base.extend({
	page: async ({ page, javaScriptEnabled }, use) => {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const res = await goto(url, options);
			if (javaScriptEnabled !== false) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			return res;
		};
		await use(page);
	}
});

export { expect };
