import type { Source } from './common.ts';

/** Path of the English docs on this site; the Astro `base` (`/docs`) plus the locale (`en`). */
export const DOCS_PATH = '/docs/en/';
/** Where the site is published. */
export const SITE = 'https://carat.im';

/**
 * Site-relative link to a rule's source section, e.g.
 * `/docs/en/troubleshooting/usage-plan/unlimited-benefit-scope/#unlimited-image-models`.
 */
export function sourceHref(source: Source): string {
	return `${DOCS_PATH}${source.article}/#${source.anchor}`;
}
