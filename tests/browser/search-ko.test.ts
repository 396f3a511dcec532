import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, searchResults, useSiteInBrowser } from './harness.ts';

// Search on a Korean page searches the Korean pages (Pagefind keeps one index per <html lang>). Pagefind stems no
// Korean and matches a query word only against the start of an indexed word: 크레딧 finds 크레딧이, but 무제한인데
// finds only pages that contain 무제한인데…. An article's sidebar label and frontmatter `keywords` are indexed with a
// title's weight (src/overrides/PageTitle.astro), so the forms readers type find the article they mean.
const site = useSiteInBrowser({ beforeAll, afterAll });
const ko = (slug: string) => `/docs/ko/${slug}/`;
const usage = (slug: string) => ko(`troubleshooting/usage-plan/${slug}`);

/**
 * The pages the search dialog lists for `query` on `/docs/ko/`, in order, each once (sub-results folded into their
 * page).
 */
async function searchKorean(query: string): Promise<string[]> {
	const page = await (await site.browser.newContext({ ...desktop, locale: 'ko-KR' })).newPage();
	await page.goto(`${site.origin}/docs/ko/`);
	await page.getByRole('button', { name: '검색' }).click();
	await page.locator('dialog input').fill(query);
	const hrefs = (await searchResults(page, query)).map((r) => r.href.split('#')[0]!);
	await page.context().close();
	return [...new Set(hrefs)];
}

describe('search on a Korean page', () => {
	it.each([
		{ query: '크레딧', first: [usage('low-credit-message')] },
		{
			query: '무제한',
			first: [
				usage('unlimited-benefit-scope'),
				usage('carat-video-unlimited-but-blocked'),
				usage('unlimited-usage-issue'),
				usage('unlimited-video-generation-pro-business'),
				ko('tools/am-i-unlimited'),
			],
		},
		{ query: '배경음악', first: [usage('bgm-usage-limit-exceeded')] },
		// Inflected forms: a noun with its particle, a stem with its ending.
		{
			query: '크레딧이',
			first: [usage('unlimited-usage-issue'), usage('low-credit-message'), usage('bgm-usage-limit-exceeded')],
		},
		// The three with 무제한인데 in their title, sidebar label or a heading; without the indexed sidebar label,
		// unlimited-usage-issue ("무제한인데 크레딧이 차감돼요" in the sidebar) was not found at all.
		{
			query: '무제한인데',
			first: [
				usage('carat-video-unlimited-but-blocked'),
				usage('unlimited-benefit-scope'),
				usage('unlimited-usage-issue'),
			],
		},
	])('"$query" lists Korean pages only, $first.length right one(s) first', async ({ query, first }) => {
		const pages = await searchKorean(query);
		expect(
			pages.every((p) => p.startsWith('/docs/ko/')),
			pages.join(', '),
		).toBe(true);
		expect(new Set(pages.slice(0, first.length)), pages.join(', ')).toEqual(new Set(first));
	});
});
