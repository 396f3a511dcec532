import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, searchResults, useSiteInBrowser } from './harness.ts';

// Site search as a customer uses it: Starlight's search dialog over the Pagefind index of the built site.
const site = useSiteInBrowser({ beforeAll, afterAll });

async function search(term: string): Promise<{ page: Page; results: { href: string; text: string }[] }> {
	const page = await (await site.browser.newContext(desktop)).newPage();
	await page.goto(`${site.origin}/docs/en/troubleshooting/usage-plan/low-credit-message/`);
	await page.locator('button[data-open-modal]:not([disabled])').click();
	await page.locator('#starlight__search input').fill(term);
	return { page, results: await searchResults(page, term) };
}

describe('site search', () => {
	it.each([
		['BGM', '/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded/'],
		['background music', '/docs/en/troubleshooting/usage-plan/bgm-usage-limit-exceeded/'],
	])('"%s" finds %s first', async (term, href) => {
		const { page, results } = await search(term);
		expect(results[0]?.href).toBe(href);
		await page.context().close();
	});

	// Whole questions, which found nothing before the analyzer (Pagefind requires every word).
	it.each([
		['credits deducted even though unlimited', '/docs/en/troubleshooting/usage-plan/unlimited-usage-issue/'],
		['how long are topped up credits valid', '/docs/en/troubleshooting/usage-plan/low-credit-message/'],
	])('"%s" lists %s in the first three', async (term, href) => {
		const { page, results } = await search(term);
		expect(results.slice(0, 3).map((r) => r.href.split('#')[0])).toContain(href);
		await page.context().close();
	});

	it('offers the checker and the home page when nothing matches ("refund")', async () => {
		const { page, results } = await search('refund');
		expect(results).toEqual([]);
		const help = page.locator('#carat-search-empty');
		await expect.poll(() => help.isVisible()).toBe(true);
		expect(await help.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
			'/docs/en/tools/am-i-unlimited/',
			'/docs/en/',
		]);
		await page.context().close();
	});

	it.each(['checker', 'Seedream', 'model'])(
		'"%s": snippets quote articles, not the widget placeholder or table headers',
		async (term) => {
			const { page, results } = await search(term);
			expect(results.length).toBeGreaterThan(0);
			for (const r of results)
				expect(r.text).not.toMatch(/needs JavaScript|Model Unlimited for|Model Who|Model Uses credits for/);
			await page.context().close();
		},
	);
});
