import MiniSearch, { type SearchResult } from 'minisearch';
import type { BuiltPage } from './site.ts';

/** A search hit: the page, its score and a snippet around the first place a query word occurs. */
export interface SearchHit {
	title: string;
	url: string;
	markdownUrl: string;
	score: number;
	snippet: string;
}

type Doc = { id: string; title: string; description: string; headings: string; text: string; locale: string };

/** Markdown to words: no link targets, emphasis, table pipes or heading marks. */
const plain = (md: string) =>
	md
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[*_`#>|[\]]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** The text of a page after its title and description, without the index note every copy starts with. */
const bodyOf = (page: BuiltPage) =>
	page.markdown
		.slice(page.markdown.indexOf(`# ${page.title}`) + page.title.length + 2)
		.replace(`> ${page.description}`, '');

/** Up to `length` characters of `text` around the first occurrence of one of `words`, with `…` where cut. */
function snippetOf(text: string, words: string[], length = 240): string {
	const lower = text.toLowerCase();
	const at = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0), text.length);
	const start = at === text.length ? 0 : Math.max(0, at - 60);
	const cut = text.slice(start, start + length);
	return `${start > 0 ? '…' : ''}${cut}${start + length < text.length ? '…' : ''}`;
}

/** The most words of a query searched for, and the most characters of each: bounds on the work of one search. */
export const QUERY_BOUNDS = { words: 32, wordLength: 40 } as const;

/**
 * A query as it is searched for: its words (MiniSearch's tokenizer), each once, at most `QUERY_BOUNDS.words` of them,
 * each cut to `QUERY_BOUNDS.wordLength` characters. MiniSearch's fuzzy match costs about the length of a word times
 * the size of the index for each word, so a 40 KB word took 18 s; bounded, a search costs at most a fixed amount.
 */
export function boundedQuery(query: string): string {
	const words = (MiniSearch.getDefault('tokenize') as (text: string) => string[])(query).filter(Boolean);
	return [...new Set(words.map((w) => w.slice(0, QUERY_BOUNDS.wordLength)))].slice(0, QUERY_BOUNDS.words).join(' ');
}

/**
 * A full-text index of the pages (MiniSearch: BM25 over title, headings, description and text, with prefix and
 * fuzzy matching; title and headings weigh more). `search` ranks pages for a query, best first, within a locale
 * when one is given; all the query's words must match, or, when no page has them all, any of them. The query is
 * bounded first (`boundedQuery`), so that the work of a search grows at most linearly with its length.
 */
export function searchIndex(pages: BuiltPage[]) {
	const index = new MiniSearch<Doc>({
		fields: ['title', 'headings', 'description', 'text'],
		storeFields: ['locale'],
		searchOptions: { boost: { title: 3, headings: 2, description: 2 }, prefix: true, fuzzy: 0.15 },
	});
	const byPath = new Map(pages.map((p) => [p.path, p]));
	index.addAll(
		pages.map((p) => ({
			id: p.path,
			title: p.title,
			description: p.description,
			headings: [...p.markdown.matchAll(/^#{2,6} (.+)$/gm)].map((m) => m[1]).join(' \n'),
			text: plain(bodyOf(p)),
			locale: p.locale,
		})),
	);
	return {
		search(query: string, options: { locale?: string | undefined; limit?: number } = {}): SearchHit[] {
			const filter = options.locale ? (r: SearchResult) => r.locale === options.locale : undefined;
			query = boundedQuery(query);
			let results = index.search(query, { combineWith: 'AND', filter });
			if (!results.length) results = index.search(query, { combineWith: 'OR', filter });
			return results.slice(0, options.limit ?? 10).map((r) => {
				const page = byPath.get(r.id)!;
				return {
					title: page.title,
					url: page.url,
					markdownUrl: page.markdownUrl,
					score: Math.round(r.score * 100) / 100,
					snippet: snippetOf(plain(bodyOf(page)), r.terms),
				};
			});
		},
	};
}
