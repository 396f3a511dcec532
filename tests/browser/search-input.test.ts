import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, useSiteInBrowser } from './harness.ts';

// What customers type that is not a question: the dialog answers each, with no error in the page and nothing of the
// query run or inserted as markup; and result excerpts quote only what the page shows (not the extra terms it is
// indexed with, not hidden text, not widgets).
const site = useSiteInBrowser({ beforeAll, afterAll });

/** A page of `lang` with the search dialog open, collecting page errors and console errors. */
async function dialog(lang: 'en' | 'ko') {
	const page = await (await site.browser.newContext({ ...desktop, locale: lang })).newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${site.origin}/docs/${lang}/`);
	await page.locator('button[data-open-modal]:not([disabled])').click();
	return { page, errors, input: page.locator('#starlight__search input') };
}

/** Types `query` and waits until the dialog has answered it: a message that is no longer "Searching for …". */
async function answer(page: Page, query: string): Promise<string> {
	await page.locator('#starlight__search input').fill(query);
	const handle = await page.waitForFunction(() => {
		const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.trim();
		return message && !/\.\.\.$|…$/.test(message) ? message : null;
	});
	return (await handle.jsonValue()) as string;
}

describe('search input that is no question', () => {
	const hostile = [
		'<img src=x onerror="window.__injected=1">',
		'<script>window.__injected=1</script>',
		'"><svg onload=window.__injected=1>',
	];
	it('whitespace, emoji only, 2,000 characters, mixed script, HTML or script: answered, no error, nothing injected', async () => {
		const { page, errors } = await dialog('ko');
		for (const query of [
			'   \t  ',
			'🙂🎉💳',
			`크레딧 credits ${'무제한 unlimited 🙂 '.repeat(100)}`.slice(0, 2000),
			'Plus 요금제로 Seedance를 쓰면 credits 차감돼요?',
			...hostile,
		]) {
			await page.locator('#starlight__search input').fill('');
			await page.waitForFunction(() => !document.querySelector('#starlight__search .pagefind-ui__message'));
			expect((await answer(page, query)).length, query).toBeGreaterThan(0);
			expect(errors, query).toEqual([]);
			expect(await page.evaluate(() => (window as { __injected?: unknown }).__injected), query).toBeUndefined();
			expect(await page.locator('#starlight__search img, #starlight__search svg, dialog script').count(), query).toBe(
				0,
			);
		}
		await page.context().close();
	}, 60_000);

	it('empty: no search, no message, no error', async () => {
		const { page, errors, input } = await dialog('en');
		await answer(page, 'credits');
		await input.fill('');
		await page.waitForFunction(() => !document.querySelector('#starlight__search .pagefind-ui__message'));
		expect(errors).toEqual([]);
		await page.context().close();
	}, 60_000);
});

describe('result excerpts', () => {
	it.each([
		['ko', '배경 음악'],
		['ko', '무제한인데 크레딧'],
		['en', 'BGM'],
	] as const)('%s "%s": every excerpt word is shown on its page', { timeout: 90_000 }, async (lang, query) => {
		const { page } = await dialog(lang);
		await answer(page, query);
		await page.waitForFunction(
			() =>
				document.querySelectorAll('#starlight__search .pagefind-ui__result').length > 0 &&
				[...document.querySelectorAll('#starlight__search .pagefind-ui__result')].every((r) =>
					r.querySelector('a.pagefind-ui__result-link'),
				),
		);
		const results = await page.evaluate(() =>
			[...document.querySelectorAll('#starlight__search .pagefind-ui__result')].map((r) => ({
				url: r.querySelector('a')!.getAttribute('href')!.split('#')[0]!,
				excerpts: [...r.querySelectorAll('.pagefind-ui__result-excerpt')].map((e) => e.textContent ?? ''),
				tags: [...r.querySelectorAll('.pagefind-ui__result-tag')].map((e) => e.textContent ?? ''),
			})),
		);
		// The metadata indexed for search only (extra terms, sidebar label) is no result tag; the page actions under
		// the title ("Last checked …", "Copy page") are no excerpt.
		expect(results.flatMap((r) => r.tags)).toEqual([]);
		expect(results.flatMap((r) => r.excerpts).join(' ')).not.toMatch(
			/Copy page|Last checked|페이지 복사|마지막 (수정|확인)/,
		);
		// Each result's page, its text without hidden elements and without what search ignores (widgets, table
		// headers), spaces left out: Pagefind joins adjacent blocks without one and ends a block with a period.
		const reader = await page.context().newPage();
		const unseen: string[] = [];
		for (const { url, excerpts } of results) {
			await reader.goto(`${site.origin}${url}`);
			const shown = await reader.locator('main').evaluate((main) => {
				const copy = main.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('[hidden], [data-pagefind-ignore]').forEach((e) => e.remove());
				return (copy.textContent ?? '').replace(/\s+/g, '');
			});
			for (const word of excerpts
				.join(' ')
				.split(/\s+/)
				.map((w) => w.replace(/[.…]+$/, '')))
				if (word && !shown.includes(word)) unseen.push(`${url}: ${word}`);
		}
		expect(unseen).toEqual([]);
		await page.context().close();
	});
});
