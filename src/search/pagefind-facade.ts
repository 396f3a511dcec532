// The site's search API: Pagefind's own (pagefind-core.js, beside this file once built) with the shared analyzer on
// the query and a fallback for questions. Built by src/integrations/search-facade.ts into dist/pagefind/pagefind.js,
// the file Starlight's search dialog (Pagefind UI) imports, so the dialog itself stays Starlight's. Pagefind UI's
// `processTerm` could analyze the query but not search again: it is synchronous and Starlight's Search component
// does not pass it.
// @ts-expect-error: Pagefind's browser API, written by Pagefind at build time next to this file.
import * as core from './pagefind-core.js';
import { queryTerms, type Lang } from './analyzer.ts';
import { SYNONYMS } from './synonyms.ts';

/** A Pagefind result, as far as this file reads it. */
interface Result {
	id: string;
	score: number;
	data: unknown;
	[key: string | symbol]: unknown;
}
interface Response {
	results: Result[];
	unfilteredResultCount: number;
	filters: object;
	totalFilters: object;
	timings: unknown[];
}
type Options = Record<string, unknown>;
type Core = {
	options(o: Options): Promise<void>;
	search(term: string | null, o?: Options): Promise<Response>;
	preload(term: string, o?: Options): Promise<void>;
};
const pagefind = core as Core;

// pagefind-core.js finds its folder from its own name, which is no longer pagefind.js: name the folder for it.
const basePath = new URL('./', import.meta.url).pathname;
const lang: Lang = document.documentElement.lang.toLowerCase().startsWith('ko') ? 'ko' : 'en';
/**
 * The most terms the dialog searches for: a question has fewer, and each term beyond the first costs a search of its
 * own when not every term matches (a 2,000-character paste took 200 ms at 32). One-letter Latin terms are left out:
 * as prefixes they match most of the index (`x` of `<img src=x>`).
 */
const SITE_TERMS = 8;
const terms = (query: string) =>
	queryTerms(query, lang, SYNONYMS)
		.filter((t) => !/^[a-z]$/.test(t))
		.slice(0, SITE_TERMS);
void pagefind.options({ basePath });
const none: Response = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: [] };

/**
 * The metadata the pages carry for the index only (src/overrides/PageTitle.astro): Pagefind UI would show it under a
 * result as tags ("Terms: 무제 무제프로모션 …"), so a result's data comes without it.
 */
const INDEX_ONLY_META = ['terms', 'label'];
const cleaned = Symbol('index-only metadata removed');
function withoutIndexMeta(result: Result): Result {
	if (result[cleaned]) return result;
	const data = result.data as (this: Result) => Promise<{ meta?: Record<string, string> }>;
	result.data = async function (this: Result) {
		const loaded = await data.call(this);
		for (const key of INDEX_ONLY_META) delete loaded.meta?.[key];
		return loaded;
	};
	result[cleaned] = true;
	return result;
}

/** Pagefind's `options`, with this folder as its base path. */
export const options = (o: Options = {}) => pagefind.options({ basePath, ...o });

/** Pagefind's `preload`, for the query's analyzed terms. */
export const preload = (query: string, o?: Options) => pagefind.preload(terms(query).join(' '), o);

/**
 * Searches for a query as the shared analyzer reads it (src/search/analyzer.ts: stop words, Korean particles,
 * synonyms, numbers with units; Pagefind stems English itself): first the pages that have every term (Pagefind's
 * ranking), then the pages that have only some, ranked by how much of the query they match (the sum over matched
 * terms of each term's inverse document frequency, so a rare term counts more than `credits`), then by Pagefind's
 * score. A query with no word (empty, spaces, emoji, punctuation) finds nothing; `null` lists every page, as
 * Pagefind does for filters.
 */
export async function search(query: string | null, o?: Options): Promise<Response> {
	if (query === null) return clean(await pagefind.search(null, o));
	const list = terms(query);
	if (!list.length) return none;
	const full = await pagefind.search(list.join(' '), o);
	if (list.length < 2) return clean(full);
	const singles = await Promise.all(list.map((t) => pagefind.search(t, o)));
	const pages = new Set(singles.flatMap((s) => s.results.map((r) => r.id)));
	const idf = singles.map((s) => Math.log(1 + (pages.size + 1 - s.results.length + 0.5) / (s.results.length + 0.5)));
	const partial = new Map<string, { coverage: number; score: number; best: Result; bestIdf: number }>();
	singles.forEach((single, i) => {
		for (const r of single.results) {
			const p = partial.get(r.id) ?? { coverage: 0, score: 0, best: r, bestIdf: -1 };
			p.coverage += idf[i]!;
			p.score += r.score;
			if (idf[i]! > p.bestIdf) [p.best, p.bestIdf] = [r, idf[i]!];
			partial.set(r.id, p);
		}
	});
	const listed = new Set(full.results.map((r) => r.id));
	const rest = [...partial.entries()]
		.filter(([id]) => !listed.has(id))
		.sort(([, a], [, b]) => b.coverage - a.coverage || b.score - a.score)
		.map(([, p]) => p.best);
	return clean({
		...full,
		results: [...full.results, ...rest],
		unfilteredResultCount: full.results.length + rest.length,
	});
}

/** `response` with every result's index-only metadata removed (`withoutIndexMeta`). */
const clean = (response: Response): Response => ({ ...response, results: response.results.map(withoutIndexMeta) });

/** Pagefind's `debouncedSearch`, without the debounce (Pagefind UI debounces typing itself). */
export const debouncedSearch = (query: string, o?: Options) => search(query, o);

// @ts-expect-error: see the import above.
export { createInstance, destroy, filters, init, mergeIndex } from './pagefind-core.js';
