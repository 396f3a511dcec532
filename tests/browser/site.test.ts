import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { desktop, searchResults, useSiteInBrowser } from './harness.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';
import { LOCALE_KEYS } from '../../src/lib/locales.ts';

const site = useSiteInBrowser({ beforeAll, afterAll });

const PAGES = htmlFiles('dist')
	.filter((f) => !f.endsWith('dist/index.html'))
	.map(
		(f) =>
			`/docs/${f
				.slice('dist/'.length)
				.replace(/index\.html$/, '')
				.replace(/\.html$/, '')}`,
	);

describe('every page passes axe', () => {
	it('covers every page of every language', () => {
		for (const locale of LOCALE_KEYS)
			expect(PAGES.filter((p) => p.startsWith(`/docs/${locale}/`)).length, locale).toBeGreaterThanOrEqual(13);
	});

	it.each(PAGES.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const)))(
		'%s in %s mode: 0 violations',
		async (path, colorScheme) => {
			const context = await site.browser.newContext({ ...desktop, colorScheme });
			const page = await context.newPage();
			await page.goto(
				`${site.origin}${path}?plan=premium&billing=monthly&joined=2026-03-10&model=carat-video&asof=2026-11-22`,
			);
			for (const widget of await page.locator('.carat-widget').all()) {
				await widget.scrollIntoViewIfNeeded();
				await widget.locator('select').first().waitFor();
			}
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(
				violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			).toEqual([]);
			await context.close();
		},
	);
});

describe('search', () => {
	it('finds the one article that contains a word', async () => {
		// "upscaling" is in the Plus plan FAQ and in no other page: checked here so the test cannot pass by chance.
		const containing = htmlFiles('dist').filter((f) =>
			/upscaling/i.test(readFileSync(f, 'utf8').replace(/<[^>]+>/g, ' ')),
		);
		expect(containing).toEqual(['dist/en/troubleshooting/faq/plus-plan-faq/index.html']);
		const page = await (await site.browser.newContext(desktop)).newPage();
		await page.goto(`${site.origin}/docs/en/`);
		await page.getByRole('button', { name: 'Search' }).waitFor();
		await page.keyboard.press('Control+k');
		await page.locator('dialog input').fill('upscaling');
		const hrefs = (await searchResults(page, 'upscaling')).map((r) => r.href.split('#')[0]);
		expect(new Set(hrefs)).toEqual(new Set(['/docs/en/troubleshooting/faq/plus-plan-faq/']));
		await page.context().close();
	});
});
