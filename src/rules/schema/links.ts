import type { Source } from './common.ts';

// Where the help center lives, written once: astro.config.mjs (`site`, `base`), the links of the rules, the
// headers, the llms files and the MCP server all read it.

/** Where the site is published: its origin. */
export const SITE = 'https://carat.im';
/** The path the docs are served under (Astro's `base`), as on carat.im. */
export const BASE = '/docs';
/** Path of the English docs on this site: the base plus the locale (`en`). */
export const DOCS_PATH = `${BASE}/en/`;

/**
 * Site-relative link to a rule's source section, e.g.
 * `/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#unlimited-image-models`.
 */
export function sourceHref(source: Source): string {
	return `${DOCS_PATH}${source.article}/#${source.anchor}`;
}

/**
 * The change log of a language's docs, `/docs/en/changes/`: what changed in the rules, entry by entry; with `entry`,
 * that entry's anchor (`/docs/en/changes/#2026-11-22-sources`).
 */
export function changesHref(lang: 'en' | 'ko', entry?: string): string {
	return `${BASE}/${lang}/changes/${entry ? `#${entry}` : ''}`;
}
