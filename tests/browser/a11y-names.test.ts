import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { searchResults, useSiteInBrowser } from './harness.ts';
import { LANGS, openWidget } from './a11y.ts';
import { htmlFiles } from '../../src/lib/site-links.ts';

// What screen readers and forced colors get besides the widgets' forms: Korean names for Starlight's and Pagefind's
// controls on the Korean pages (3.1.2), model rows as a list with the current one marked and their dates in their
// names, status icons that stay visible in forced colors (1.4.11).
const site = useSiteInBrowser({ beforeAll, afterAll });

/** Words of two or more Latin letters in `text`: none may be left in a Korean accessible name of the site's chrome. */
const latin = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];

describe('Korean pages name Starlight’s and Pagefind’s controls in Korean', () => {
	const koreanPages = htmlFiles('dist').filter((f) => f.startsWith('dist/ko/'));

	it('every heading anchor link of every Korean page', () => {
		expect(koreanPages.length).toBeGreaterThanOrEqual(13);
		let links = 0;
		for (const file of koreanPages) {
			for (const [, label] of readFileSync(file, 'utf8').matchAll(
				/class="sl-anchor-link"[^>]*>.*?<span class="sr-only"[^>]*>([^<]*)</gs,
			)) {
				links++;
				expect(label, file).toMatch(/^섹션 제목: “.+”$/);
			}
		}
		expect(links).toBeGreaterThan(20);
	});

	it('the search dialog: its label, its field, Clear and the result count', async () => {
		const page = await (await site.browser.newContext(LANGS.ko.context)).newPage();
		await page.goto(`${site.origin}/docs/ko/`);
		await page.locator('button[data-open-modal]').click();
		await page.locator('dialog input').fill('크레딧');
		expect((await searchResults(page, '크레딧')).length).toBeGreaterThan(1);
		const names = await page
			.locator('dialog')
			.evaluate((dialog) => [
				dialog.getAttribute('aria-label') ?? '',
				...[...dialog.querySelectorAll('[aria-label], [placeholder]')].map(
					(el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`,
				),
				...[...dialog.querySelectorAll('button')]
					.filter((b) => !b.closest('.pagefind-ui__result'))
					.map((b) => b.textContent ?? ''),
				dialog.querySelector('.pagefind-ui__message')?.textContent ?? '',
			]);
		expect(names.flatMap(latin), names.join(' | ')).toEqual([]);
		expect(names.join(' ')).toMatch(/크레딧에 대한 결과 \d+건/);
		await page.context().close();
	});
});

describe('model rows', () => {
	const search = '?plan=premium&billing=annual&joined=2026-03-10&asof=2026-11-22';
	it.each([
		{ link: '&model=nanobanana-2', current: 'Nanobanana 2, 1K' },
		{ link: '&model=nanobanana-2&res=4K', current: 'Nanobanana 2, 2K or 4K' },
		{ link: '&model=carat-video&method=text-to-video', current: 'Carat Video (LTX), text-to-video' },
	])('a link with $link marks one row current: $current', async ({ link, current }) => {
		const page = await openWidget(site.browser, site.origin, 'en', LANGS.en.checker, search + link);
		await page.locator('.cw-model').waitFor();
		const marked = await page
			.locator('.cw [aria-current]')
			.evaluateAll((rows) => rows.map((r) => [r.getAttribute('aria-current'), r.firstChild!.textContent]));
		expect(marked).toEqual([['true', current]]);
		await page.context().close();
	});

	it('a row’s accessible name holds its date', async () => {
		const page = await openWidget(site.browser, site.origin, 'en', LANGS.en.checker, search);
		await page.locator('.cw-group').first().waitFor();
		expect(
			await page
				.getByRole('button', { name: 'Carat Video (LTX), image-based or start and end frames until Mar 9, 2027' })
				.count(),
		).toBe(1);
		// No date or cost is left outside the buttons, where tabbing would not read it.
		expect(await page.locator('.cw-rows li > :not(button)').count()).toBe(0);
		await page.context().close();
	});
});

describe('forced colors', () => {
	it('keeps every status icon visible: drawn in the system text colour, not the canvas colour', async () => {
		const page = await openWidget(
			site.browser,
			site.origin,
			'en',
			LANGS.en.checker,
			'?plan=premium&billing=annual&joined=2026-03-01&model=nanobanana-2&asof=2026-11-22',
			{ forcedColors: 'active' },
		);
		await page.locator('.cw-model').waitFor();
		const icons = await page.locator('.cw-status').evaluateAll((headings) =>
			headings.map((h) => ({
				icon: getComputedStyle(h, '::before').backgroundColor,
				canvas: getComputedStyle(h.closest('.carat-widget')!).backgroundColor,
				forced: matchMedia('(forced-colors: active)').matches,
			})),
		);
		expect(icons.length).toBeGreaterThan(3);
		for (const { icon, canvas, forced } of icons) {
			expect(forced).toBe(true);
			expect(icon).not.toBe(canvas);
			expect(icon).not.toMatch(/rgba\(.*, 0\)|transparent/);
		}
		await page.context().close();
	});
});
