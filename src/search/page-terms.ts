import { extraTerms } from './analyzer.ts';

/**
 * What the site's search indexes for an article beyond its words (Pagefind metadata, see
 * src/overrides/PageTitle.astro): `label`, its sidebar label when it differs from its title, and `terms`, the
 * analyzer's extra terms of its title, description, label and text (`extraTerms`), space-separated; each `undefined`
 * when empty. `body` is the article's MDX: imports, components' tags, link targets and comments are left out.
 */
export function pageSearchTerms(
	data: { title: string; description?: string | undefined; sidebar?: { label?: string | undefined } | undefined },
	body: string,
): { label: string | undefined; terms: string | undefined } {
	const label = data.sidebar?.label && data.sidebar.label !== data.title ? data.sidebar.label : undefined;
	const text = body
		.replace(/^import .*$/gm, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(/\]\([^)]*\)/g, '] ')
		.replace(/<[^>]*>/g, ' ');
	const terms = extraTerms([data.title, data.description ?? '', label ?? '', text].join('\n')).join(' ');
	return { label, terms: terms || undefined };
}
