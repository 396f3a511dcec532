import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/site-links.ts';
import { localeOf } from '../../src/lib/locales.ts';
import { useSiteInBrowser } from './harness.ts';

// Which language `/docs` opens (the reader's choice, else the browser's), through nginx and through the `/docs/` page
// a static host serves; and the language switch a phone reader has on every page.

const site = useSiteInBrowser({ beforeAll, afterAll });
const phone = (locale: string) => ({ viewport: { width: 375, height: 800 }, locale, isMobile: true, hasTouch: true });
const articles = htmlFiles('dist')
	.map((f) => `/docs/${f.slice('dist/'.length).replace(/index\.html$/, '')}`)
	.filter((p) => localeOf(p) && !p.endsWith('.html'));

describe('the language /docs opens', () => {
	it.each([
		['ko-KR', '/docs/ko/'],
		['en-US', '/docs/en/'],
		['fr-FR', '/docs/en/'],
	])('a %s browser lands on %s, from the server and from the /docs/ page alike', async (locale, home) => {
		const context = await site.browser.newContext(phone(locale));
		const page = await context.newPage();
		for (const entry of ['/docs', '/docs/', '/docs/index.html']) {
			await page.goto(`${site.origin}${entry}`);
			await page.waitForURL(`${site.origin}${home}`);
		}
		await context.close();
	});

	it('keeps the language a reader picks: a Korean browser that switches to English opens English next time', async () => {
		const context = await site.browser.newContext(phone('ko-KR'));
		const page = await context.newPage();
		await page.goto(`${site.origin}/docs/ko/tools/am-i-unlimited/`);
		await page.getByRole('navigation', { name: '이 페이지를 다른 언어로 보기' }).getByRole('link').click();
		await page.waitForURL(`${site.origin}/docs/en/tools/am-i-unlimited/`);
		for (const entry of ['/docs/', '/docs/index.html']) {
			await page.goto(`${site.origin}${entry}`);
			await page.waitForURL(`${site.origin}/docs/en/`);
		}
		// And back with Starlight's own picker (in the menu on a phone).
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${site.origin}/docs/en/`);
		await page.locator('header starlight-lang-select select').selectOption({ label: '한국어' });
		await page.waitForURL(`${site.origin}/docs/ko/`);
		await page.goto(`${site.origin}/docs/`);
		await page.waitForURL(`${site.origin}/docs/ko/`);
		await context.close();
	});
});

describe('a language switch on a phone', () => {
	it('finds every page in both languages', () => {
		expect(articles.length).toBeGreaterThanOrEqual(26);
	});

	it.each(articles)('%s: a visible link to the same page in the other language, in the header', async (path) => {
		const context = await site.browser.newContext(phone('en-US'));
		const page = await context.newPage();
		await page.goto(`${site.origin}${path}`);
		const other = localeOf(path) === 'ko' ? 'en' : 'ko';
		const link = page.locator('header .carat-lang-switch a');
		await expect.poll(() => link.isVisible()).toBe(true);
		expect(await link.getAttribute('href')).toBe(path.replace(/^\/docs\/[a-z]{2}\//, `/docs/${other}/`));
		const box = (await link.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		expect(box.height).toBeGreaterThanOrEqual(24);
		await context.close();
	});
});
