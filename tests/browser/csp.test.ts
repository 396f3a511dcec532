import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, useSiteInBrowser } from './harness.ts';
import { htmlFiles, pagePath } from '../../src/lib/site-links.ts';

// Every built page, loaded in Chromium from nginx under its Content-Security-Policy, sent twice as a deployed host
// sends it (the <meta> tag and the header, with frame-ancestors): nothing may be refused, the Permissions-Policy
// header must parse, and every island must hydrate (Astro removes the `ssr` attribute of an <astro-island> once its
// component runs).
const site = useSiteInBrowser({ beforeAll, afterAll });
const PAGES = htmlFiles('dist').map((f) => pagePath(f.slice('dist/'.length)));

/** Opens a page recording every CSP violation: the browser's console messages and `securitypolicyviolation` events. */
async function openWatched(
	path: string,
): Promise<{ page: Page; violations: string[]; headers: Record<string, string> }> {
	const context = await site.browser.newContext(desktop);
	const page = await context.newPage();
	const violations: string[] = [];
	page.on('console', (m) => {
		// Chromium without WebMCP (no origin trial, no WebMCPTesting) warns that it ignores `tools` in the header: that
		// one warning is expected (tests/browser/webmcp.test.ts checks the header is read where WebMCP is on).
		if (m.text() === "Error with Permissions-Policy header: Origin trial controlled feature not enabled: 'tools'.")
			return;
		if (/Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(m.text()))
			violations.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
	await page.exposeFunction('__reportCsp', (v: string) => void violations.push(`event: ${v}`));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
				`${e.violatedDirective} refused ${e.blockedURI || 'inline'} (${e.sample})`,
			),
		),
	);
	const response = await page.goto(`${site.origin}${path}`);
	return { page, violations, headers: response?.headers() ?? {} };
}

/** Scrolls every island into view (they hydrate when visible) and resolves to the ones still not hydrated. */
async function unhydratedIslands(page: Page): Promise<string[]> {
	for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await page
		.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 10_000 })
		.catch(() => undefined);
	return page
		.locator('astro-island[ssr]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('component-url') ?? '?'));
}

describe('Content-Security-Policy in Chromium', () => {
	it('covers every page (the list is not empty)', () => {
		expect(PAGES).toEqual(expect.arrayContaining(['/docs/', '/docs/404', '/docs/en/tools/am-i-unlimited/']));
	});

	it.each(PAGES)('%s: no violation, every island hydrated', async (path) => {
		const { page, violations, headers } = await openWatched(path);
		expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-.*frame-ancestors 'none'$/);
		// Light and dark: the theme switch rewrites attributes and styles at run time.
		await page.emulateMedia({ colorScheme: 'dark' });
		const islands = await page.locator('astro-island').count();
		expect(await unhydratedIslands(page)).toEqual([]);
		if (path.includes('/tools/')) expect(islands).toBeGreaterThan(0);
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
		await page.context().close();
	});

	it('lets the search (Pagefind: its worker, WebAssembly and index) run without a violation', async () => {
		const { page, violations } = await openWatched('/docs/en/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('dialog input').fill('credits');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		expect(violations).toEqual([]);
		await page.context().close();
	});

	it('would see a violation: an inline script the policy has no hash for is refused and reported', async () => {
		const { page, violations } = await openWatched('/docs/en/');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = 1';
			document.body.append(s);
		});
		await expect.poll(() => violations.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
		await page.context().close();
	});
});

describe('frame-ancestors', () => {
	it('no page of the help center loads inside a frame of another page (the header, not the <meta>, says so)', async () => {
		const context = await site.browser.newContext(desktop);
		const page = await context.newPage();
		const refused = page.waitForEvent('console', (m) => m.text().includes("frame-ancestors 'none'"));
		// A page with no policy of its own (about:blank) that frames a help center page.
		await page.setContent(`<iframe src="${site.origin}/docs/en/tools/am-i-unlimited/"></iframe>`);
		expect((await refused).text()).toContain(`Framing '${site.origin}/'`);
		await expect.poll(() => page.frames().length).toBe(2);
		expect(page.frames()[1]!.url()).not.toContain('/docs/');
		await context.close();
	});
});
