import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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
 * `origin` in `browser`, its dialog opened once, each query typed after the previous one is cleared
 * (`openSearchDialog`).
 */
export async function siteRankings(
	browser: Browser,
	origin: string,
	lang: Lang,
	queries: Query[],
): Promise<string[][]> {
	const { page, search } = await openSearchDialog(browser, origin, lang);
	const rankings: string[][] = [];
	for (const { query } of queries) rankings.push(await search(query));
	await page.context().close();
	return rankings;
}

/**
 * A new page at `/docs/<lang>/` with its search dialog open, and `search`, which types a query (after clearing the
 * previous one) and resolves to the pages listed, as site paths, best first (each page once). Waits for each list to
 * be complete (the message names the query and is no longer "searching", every result has its link), never for a
 * time. Close the page's context when done.
 */
export async function openSearchDialog(browser: Browser, origin: string, lang: Lang) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
	const page = await context.newPage();
	await page.goto(`${origin}/docs/${lang}/`);
	await page.locator('button[data-open-modal]:not([disabled])').click();
	const input = page.locator('#starlight__search input');
	await input.waitFor();
	const search = async (query: string) => {
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
		return [...new Set((await handle.jsonValue()) as string[])];
	};
	return { page, search };
}

/**
 * The pages the site's search API ranks for each query, as site paths, best first (the first 5, as the dialog shows
 * them): `dist/pagefind/pagefind.js` (the analyzer in front of Pagefind) called in `page`, a page of the site whose
 * search dialog has searched once, so that the API runs with the dialog's options (ranking weights). The same order
 * as the dialog lists, without its 300 ms typing debounce.
 */
export async function siteApiRankings(page: Page, queries: Query[]): Promise<string[][]> {
	// A string, not a function: vitest would rewrite a function's import() into a helper the page does not have.
	const script = `(async (list) => {
		const api = await import(location.origin + '/docs/pagefind/pagefind.js');
		const out = [];
		for (const query of list) {
			const { results } = await api.search(query);
			const data = await Promise.all(results.slice(0, 5).map((r) => r.data()));
			out.push(data.map((d) => d.url.split('#')[0]));
		}
		return out;
	})(${JSON.stringify(queries.map((q) => q.query))})`;
	return (await page.evaluate(script)) as string[][];
}

/** The figures an engine must keep per language (tests/search/recall-floors.json): the ones measured when set. */
export type Floors = Record<'search_docs' | 'site', Record<Lang, Omit<Figures, 'missed'>>>;
export const FLOORS = JSON.parse(readFileSync(new URL('./recall-floors.json', import.meta.url), 'utf8')) as Floors;

/**
 * Which figures fall below their floor, one line each (`recallAt3 0.938 < floor 0.969; not in the first 3: …`), so
 * that a failing test says what regressed. Figures are compared rounded to 3 decimals, as the floors are written.
 */
export function belowFloor(f: Figures, floor: Omit<Figures, 'missed'>): string[] {
	const low = (['recallAt1', 'recallAt3', 'mrr'] as const).filter((k) => Math.round(f[k] * 1000) / 1000 < floor[k]);
	return low.map(
		(k) =>
			`${k} ${f[k].toFixed(3)} < floor ${floor[k]}; not in the first 3: ${f.missed.map((m) => m.query).join(' | ')}`,
	);
}

/** `0.923` as `92.3%`. */
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
