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
const plain = (md: string) => md.replace(/\]\([^)]*\)/g, ']').replace(/[*_`#>|[\]]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The text of a page after its title and description, without the index note every copy starts with. */
const bodyOf = (page: BuiltPage) => page.markdown.slice(page.markdown.indexOf(`# ${page.title}`) + page.title.length + 2).replace(`> ${page.description}`, '');

/** Up to `length` characters of `text` around the first occurrence of one of `words`, with `…` where cut. */
function snippetOf(text: string, words: string[], length = 240): string {
	const lower = text.toLowerCase();
	const at = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0), text.length);
	const start = at === text.length ? 0 : Math.max(0, at - 60);
	const cut = text.slice(start, start + length);
	return `${start > 0 ? '…' : ''}${cut}${start + length < text.length ? '…' : ''}`;
}

/**
 * A full-text index of the pages (MiniSearch: BM25 over title, headings, description and text, with prefix and
 * fuzzy matching; title and headings weigh more). `search` ranks pages for a query, best first, within a locale
 * when one is given; all the query's words must match, or, when no page has them all, any of them.
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
			let results = index.search(query, { combineWith: 'AND', filter });
			if (!results.length) results = index.search(query, { combineWith: 'OR', filter });
			return results.slice(0, options.limit ?? 10).map((r) => {
				const page = byPath.get(r.id)!;
				return { title: page.title, url: page.url, markdownUrl: page.markdownUrl, score: Math.round(r.score * 100) / 100, snippet: snippetOf(plain(bodyOf(page)), r.terms) };
			});
		},
	};
}
