import MiniSearch, { type SearchResult } from 'minisearch';
import { extraTerms, queryTerms, textTerms, type Lang } from '../search/analyzer.ts';
import { stemEnglish } from '../search/english-stemmer.ts';
import { SYNONYMS } from '../search/synonyms.ts';
import type { BuiltPage } from './site.ts';

/** A search hit: the page, its score and a snippet around the first place a query word occurs. */
export interface SearchHit {
	title: string;
	url: string;
	markdownUrl: string;
	score: number;
	snippet: string;
}

type Doc = {
	id: string;
	title: string;
	description: string;
	headings: string;
	text: string;
	terms: string;
	locale: string;
};

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

/** A text as the shared analyzer indexes it (src/search/analyzer.ts), its terms space-separated. */
const analyzed = (text: string) => textTerms(text, stemEnglish).join(' ');

/** The help center's languages; a page of any other locale is searched as English. */
const langOf = (locale: string): Lang => (locale === 'ko' ? 'ko' : 'en');

/**
 * A full-text index of the pages (MiniSearch: BM25 over title, headings, description, text and the extra terms of
 * the shared analyzer, with prefix matching and, for Latin words of 5 letters or more, fuzzy matching; title and
 * headings weigh more). Pages and queries go through the same analyzer as the site's search (src/search/analyzer.ts:
 * Korean particles and endings, spacing variants, Porter2 stemming, numbers with units, the synonyms of
 * content/search/synonyms.json, stop words). `search` ranks pages for a query, best first, within a locale when one is
 * given (else in each language, merged by score): the pages that have every term first, then those that have some,
 * by how well they match. A query is bounded by the analyzer (at most 32 terms of 40 characters), so that the work of
 * a search grows at most linearly with its length.
 */
export function searchIndex(pages: BuiltPage[]) {
	const index = new MiniSearch<Doc>({
		fields: ['title', 'headings', 'description', 'text', 'terms'],
		storeFields: ['locale'],
		tokenize: (text) => text.split(' ').filter(Boolean),
		processTerm: (term) => term,
		searchOptions: {
			boost: { title: 3, headings: 2, description: 2, terms: 0.5 },
			prefix: true,
			fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
		},
	});
	const byPath = new Map(pages.map((p) => [p.path, p]));
	index.addAll(
		pages.map((p) => {
			const body = plain(bodyOf(p));
			return {
				id: p.path,
				title: analyzed(p.title),
				description: analyzed(p.description),
				headings: analyzed([...p.markdown.matchAll(/^#{2,6} (.+)$/gm)].map((m) => m[1]).join(' \n')),
				text: analyzed(body),
				terms: extraTerms(`${p.title}\n${p.description}\n${body}`).join(' '),
				locale: p.locale,
			};
		}),
	);
	const locales = [...new Set(pages.map((p) => p.locale))];
	/** Results for `query` in `locale`: pages with every term, then pages with some, each once. */
	const searchLocale = (query: string, locale: string): SearchResult[] => {
		const terms = queryTerms(query, langOf(locale), SYNONYMS, stemEnglish);
		if (!terms.length) return [];
		const filter = (r: SearchResult) => r.locale === locale;
		const all = index.search(terms.join(' '), { combineWith: 'AND', filter });
		const seen = new Set(all.map((r) => r.id));
		return [...all, ...index.search(terms.join(' '), { combineWith: 'OR', filter }).filter((r) => !seen.has(r.id))];
	};
	return {
		search(query: string, options: { locale?: string | undefined; limit?: number } = {}): SearchHit[] {
			const results = options.locale
				? searchLocale(query, options.locale)
				: locales.flatMap((l) => searchLocale(query, l)).sort((a, b) => b.score - a.score);
			return results.slice(0, options.limit ?? 10).map((r) => {
				const page = byPath.get(r.id)!;
				return {
					title: page.title,
					url: page.url,
					markdownUrl: page.markdownUrl,
					score: Math.round(r.score * 100) / 100,
					snippet: snippetOf(plain(bodyOf(page)), [...r.terms, ...r.queryTerms]),
				};
			});
		},
	};
}
