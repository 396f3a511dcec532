import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { readBuiltSite } from '../../src/mcp/site.ts';
import { searchIndex } from '../../src/mcp/search.ts';

/** The two languages of the query sets (`tests/search/queries.<lang>.json`). */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A customer query and the pages that answer it, each a page slug without its language (`tools/am-i-unlimited`,
 * `troubleshooting/usage-plan/bgm-usage-limit-exceeded`; `''` is the home page).
 */
export interface Query {
	query: string;
	answers: string[];
}

/** The query set of `lang`, read from `tests/search/queries.<lang>.json`. */
export function loadQueries(lang: Lang): Query[] {
	return JSON.parse(readFileSync(new URL(`./queries.${lang}.json`, import.meta.url), 'utf8')) as Query[];
}

/** The site path of a page slug in a language: `/docs/ko/tools/am-i-unlimited/`. */
export const pathOf = (lang: Lang, slug: string) => `/docs/${lang}/${slug ? `${slug}/` : ''}`;

/**
 * How well ranked page lists answer a query set. A query is found at k when one of its answering pages is among the
 * first k listed; recall@k is the share of queries found at k, MRR the mean of 1 / the rank of the first answering
 * page (0 when none is listed). Shares from 0 to 1.
 */
export interface Figures {
	recallAt1: number;
	recallAt3: number;
	mrr: number;
	/** The queries not found in the first 3, with what was listed first. */
	missed: { query: string; got: string[] }[];
}

/** The figures for `rankings` (site paths, best first, one list per query of `queries`, same order). */
export function figures(lang: Lang, queries: Query[], rankings: string[][]): Figures {
	let at1 = 0;
	let at3 = 0;
	let rr = 0;
	const missed: Figures['missed'] = [];
	queries.forEach((q, i) => {
		const answers = new Set(q.answers.map((slug) => pathOf(lang, slug)));
		const rank = rankings[i]!.findIndex((path) => answers.has(path)) + 1;
		if (rank === 1) at1++;
		if (rank >= 1 && rank <= 3) at3++;
		else missed.push({ query: q.query, got: rankings[i]!.slice(0, 3) });
		if (rank) rr += 1 / rank;
	});
	const n = queries.length;
	return { recallAt1: at1 / n, recallAt3: at3 / n, mrr: rr / n, missed };
}

/** The pages `search_docs` (the MCP server's search over `dist`) ranks for each query, as site paths, best first. */
export function searchDocsRankings(lang: Lang, queries: Query[], dist = 'dist'): string[][] {
	const index = searchIndex(readBuiltSite(dist).pages);
	return queries.map((q) => index.search(q.query, { locale: lang, limit: 10 }).map((hit) => new URL(hit.url).pathname));
}

/**
 * The pages the site's search dialog lists for each query, as site paths, best first (each page once): one page of
 * `origin` in `browser`, its dialog opened once, each query typed after the previous one is cleared. Waits for each
 * list to be complete (the message names the query and is no longer "searching", every result has its link), never
 * for a time.
 */
export async function siteRankings(
	browser: Browser,
	origin: string,
	lang: Lang,
	queries: Query[],
): Promise<string[][]> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
	const page = await context.newPage();
	await page.goto(`${origin}/docs/${lang}/`);
	await page.locator('button[data-open-modal]:not([disabled])').click();
	const input = page.locator('#starlight__search input');
	await input.waitFor();
	const rankings: string[][] = [];
	for (const { query } of queries) {
		await input.fill('');
		await page.waitForFunction(() => !document.querySelector('#starlight__search .pagefind-ui__message'));
		await input.fill(query);
		const handle = await page.waitForFunction(
			(term) => {
				const ui = document.querySelector('#starlight__search');
				const message = ui?.querySelector('.pagefind-ui__message')?.textContent ?? '';
				// Pagefind UI's "Searching for …" (검색 중...) ends with an ellipsis; the count message does not.
				if (!message.includes(term.trim()) || /\.\.\.|…$/.test(message.trim())) return null;
				const items = [...(ui?.querySelectorAll('ol.pagefind-ui__results > .pagefind-ui__result') ?? [])];
				if (items.some((r) => !r.querySelector('a.pagefind-ui__result-link'))) return null;
				return items.map((r) => r.querySelector('a')!.getAttribute('href')!.split('#')[0]!);
			},
			query,
			{ timeout: 15_000 },
		);
		rankings.push([...new Set((await handle.jsonValue()) as string[])]);
	}
	await context.close();
	return rankings;
}

/** `0.923` as `92.3%`. */
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
