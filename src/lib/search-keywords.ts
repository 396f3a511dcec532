/** What an article says about itself that readers may type into the search box, from its frontmatter. */
export interface KeywordSource {
	title: string;
	sidebar?: { label?: string | undefined } | undefined;
	/** Extra words for the search index (frontmatter `keywords`), e.g. Korean forms with particles: `무제한인데`. */
	keywords?: string[] | undefined;
}

/**
 * The words the search index gets for an article beyond its text, space-separated, or `undefined` when there are
 * none: its sidebar label when it differs from the title (readers search for what they clicked), then its
 * `keywords`, each word once. Pagefind matches a query word against the start of an indexed word and stems no Korean,
 * so `무제한인데` finds only pages that contain `무제한인데…`; these words let an article be found by the forms its
 * readers type.
 */
export function searchKeywords({ title, sidebar, keywords = [] }: KeywordSource): string | undefined {
	const label = sidebar?.label && sidebar.label !== title ? sidebar.label : '';
	const words = [...new Set([label, ...keywords].join(' ').split(/\s+/).filter(Boolean))];
	return words.length ? words.join(' ') : undefined;
}
