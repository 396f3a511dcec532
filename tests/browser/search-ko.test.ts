import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, searchResults, useSiteInBrowser } from './harness.ts';

// Search on a Korean page searches the Korean pages (Pagefind keeps one index per <html lang>). Pagefind stems no
// Korean and matches a query word only against the start of an indexed word; the shared analyzer
// (src/search/analyzer.ts) strips the particles and endings of the query's words (무제한인데 → 무제, 차감되나요 →
// 차감) and drops its question words, and every page is indexed with its stems and spacing variants too
// (src/overrides/PageTitle.astro), so the forms and the questions readers type find the article they mean.
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
		// The three with 무제한인데 in their title, sidebar label or a heading.
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

	// Pages with 크레딧 in their title come first, whatever the particle typed.
	it.each(['크레딧', '크레딧이', '크레딧은'])('"%s": the first three have 크레딧 in their title', async (query) => {
		const titled = [
			usage('low-credit-message'),
			usage('bgm-usage-limit-exceeded'),
			usage('unlimited-usage-issue'),
			ko('tools/credit-estimator'),
			ko('troubleshooting/faq/plus-plan-faq'),
		];
		const pages = await searchKorean(query);
		expect(
			pages.slice(0, 3).every((p) => titled.includes(p)),
			pages.join(', '),
		).toBe(true);
	});

	// The questions of issue 18, which found nothing (or not the page) before the analyzer.
	it.each([
		{ query: '크레딧이 왜 차감되나요 무제한인데', answer: usage('unlimited-usage-issue') },
		{ query: '충전한 크레딧은 언제까지 쓸 수 있나요', answer: usage('low-credit-message') },
		{ query: '배경음악 사용량 초과', answer: usage('bgm-usage-limit-exceeded') },
		{ query: '나노바나나 무제한인가요', answer: usage('unlimited-benefit-scope') },
	])('"$query" lists $answer in the first three', async ({ query, answer }) => {
		const pages = await searchKorean(query);
		expect(pages.slice(0, 3), pages.join(', ')).toContain(answer);
	});
});
