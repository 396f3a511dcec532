import { describe, expect, it } from 'vitest';
import { belowFloor, figures, FLOORS, LANGS, loadQueries, searchDocsRankings } from '../search/evaluate.ts';

// search_docs (the MCP server's search, over the built site's Markdown copies) on the customer query sets: recall@1,
// recall@3 and MRR may not fall below the figures measured when the analyzer was introduced (recall-floors.json;
// npm run bench:search prints them). The site's search dialog is held by tests/browser/search-recall.test.ts.
describe('search_docs on the customer query sets', () => {
	it.each(LANGS)('%s: at least 50 queries, figures at or above their floors', (lang) => {
		const queries = loadQueries(lang);
		expect(queries.length).toBeGreaterThanOrEqual(50);
		expect(belowFloor(figures(lang, queries, searchDocsRankings(lang, queries)), FLOORS.search_docs[lang])).toEqual([]);
	});
});
