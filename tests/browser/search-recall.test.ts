import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './harness.ts';
import {
	belowFloor,
	figures,
	FLOORS,
	LANGS,
	loadQueries,
	openSearchDialog,
	siteApiRankings,
} from '../search/evaluate.ts';

// The site's search (Pagefind behind the shared analyzer, as the dialog calls it) on the customer query sets:
// recall@1, recall@3 and MRR may not fall below their measured floors (tests/search/recall-floors.json; npm run
// bench:search prints the figures, typing every query in the dialog). Here the dialog searches a few queries and the
// rest go straight to the API it uses, which lists the same pages in the same order, without the typing debounce.
const site = useSiteInBrowser({ beforeAll, afterAll });

describe('site search on the customer query sets', () => {
	it.each(LANGS)(
		'%s: figures at or above their floors; the dialog lists what the API ranks',
		async (lang) => {
			const queries = loadQueries(lang);
			const { page, search } = await openSearchDialog(site.browser, site.origin, lang);
			const typed = [];
			for (const q of queries.slice(0, 3)) typed.push((await search(q.query)).slice(0, 5));
			const rankings = await siteApiRankings(page, queries);
			await page.context().close();
			expect(typed).toEqual(rankings.slice(0, 3));
			expect(belowFloor(figures(lang, queries, rankings), FLOORS.site[lang])).toEqual([]);
		},
		60_000,
	);
});
