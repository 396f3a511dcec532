import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, useSiteInBrowser } from './harness.ts';

const site = useSiteInBrowser({ beforeAll, afterAll });

async function openEstimator(path = '/docs/en/tools/credit-estimator/', query = '') {
	const page = await (await site.browser.newContext(desktop)).newPage();
	await page.goto(`${site.origin}${path}${query}`);
	await page.locator('.carat-widget').scrollIntoViewIfNeeded();
	await page.getByLabel('Plan', { exact: true }).waitFor();
	return page;
}

describe('credit estimator', () => {
	it('reproduces the FAQ: Plus + Carat Video, about 303 videos from the monthly credits', async () => {
		const page = await openEstimator();
		await page.getByLabel('Plan', { exact: true }).selectOption('plus');
		await page.getByLabel('Signup date', { exact: true }).fill('2026-01-05');
		await expect.poll(() => page.getByLabel('Credit balance').inputValue()).toBe(String(303 * 33));
		const result = page.locator('.cw-result');
		await expect.poll(() => result.textContent()).toContain('buys about 303 generations of Carat Video (LTX)');
		expect(await result.textContent()).toContain('1 × about 33');
		await page.context().close();
	});

	it('marks an unpublished cost as unknown, with the app steps, and prices it once entered', async () => {
		const page = await openEstimator();
		await page.getByLabel('Plan', { exact: true }).selectOption('plus');
		await page.getByLabel('Signup date', { exact: true }).fill('2026-01-05');
		await page.getByRole('button', { name: 'Add a line' }).click();
		await page.getByLabel('Model, line 2').selectOption('veo-3');
		const result = page.locator('.cw-result');
		await expect.poll(() => result.textContent()).toContain('unknown — enter the cost the app shows');
		expect(await result.textContent()).toContain('Sparkle icon');
		expect(await result.textContent()).toContain('Not priced: Google Veo 3');
		await page.getByLabel('Credits each from the app, line 2').fill('1000');
		await expect.poll(() => result.textContent()).toContain('1 × 1000 (the cost you entered)');
		await page.getByRole('button', { name: 'Remove line 2' }).click();
		await expect.poll(() => result.textContent()).not.toContain('Google Veo 3');
		await page.context().close();
	});

	it('prices unlimited lines at 0 and keeps the state in the URL', async () => {
		const page = await openEstimator();
		await page.getByLabel('Plan', { exact: true }).selectOption('pro');
		await page.getByLabel('Signup date', { exact: true }).fill('2026-01-05');
		await page.getByLabel('Count, line 1').fill('40');
		const result = page.locator('.cw-result');
		await expect.poll(() => result.textContent()).toContain('40 × 0 — unlimited for you');
		const url = page.url();
		expect(decodeURIComponent(url)).toContain('line=carat-video~40');
		const fresh = await openEstimator('/docs/en/tools/credit-estimator/', new URL(url).search);
		await expect.poll(() => fresh.locator('.cw-result').textContent()).toBe(await result.textContent());
		await page.context().close();
		await fresh.context().close();
	});

	it('ignores a bad line parameter with a message', async () => {
		const page = await openEstimator('/docs/en/tools/credit-estimator/', '?plan=plus&line=<img src=x onerror=alert(1)>~2');
		await expect.poll(() => page.locator('.cw-problems').textContent()).toContain('Ignored "line"');
		expect(await page.locator('.carat-widget img').count()).toBe(0);
		await page.context().close();
	});

	it('is inside the Plus plan FAQ too', async () => {
		const page = await openEstimator('/docs/en/troubleshooting/faq/plus-plan-faq/', '?plan=plus&billing=monthly&joined=2026-01-05');
		await expect.poll(() => page.locator('.cw-result').textContent()).toContain('about 303 generations');
		await page.context().close();
	});
});
