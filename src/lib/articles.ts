import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { bodyFirstLine, type BodySource } from './mdx-to-md.ts';
import { markdownPath } from './markdown-path.ts';
import { LOCALE_KEYS, type Locale } from './locales.ts';
import { BASE, SITE } from '../rules/schema/links.ts';

/** An article of the docs collection, with the URLs crawlers need. */
export interface Article {
	/** Collection id, e.g. `en/troubleshooting/usage-plan/unlimited-benefit-scope` (`en` for the home page). */
	id: string;
	/** The language, the first segment of the id: `en`, `ko`. */
	locale: Locale;
	/** The id without the locale, as the sidebar and `SECTIONS` name it (`''` for the home page). */
	slug: string;
	title: string;
	description: string | undefined;
	/** The raw MDX body, without frontmatter. */
	body: string;
	/** Absolute URL of the HTML page. */
	url: string;
	/** Absolute URL of the Markdown copy. */
	markdownUrl: string;
	/** The file the article comes from and the line its body starts on, for error messages. */
	source: BodySource;
}

/** Every article of `locale` (default English), home page first, then by id. */
export async function getArticles(locale: Locale = 'en'): Promise<Article[]> {
	const entries = await getCollection('docs', (e) => e.id === locale || e.id.startsWith(`${locale}/`));
	return entries
		.map((e) => ({
			id: e.id,
			locale,
			slug: e.id.slice(locale.length + 1),
			title: e.data.title,
			description: e.data.description,
			body: e.body ?? '',
			url: `${SITE}${BASE}/${e.id}/`,
			markdownUrl: `${SITE}${markdownPath(e.id)}`,
			source: {
				file: e.filePath ?? e.id,
				// Read only when an error message needs it.
				get firstLine() {
					return e.filePath ? bodyFirstLine(readFileSync(e.filePath, 'utf8'), e.body ?? '') : 1;
				},
			},
		}))
		.sort((a, b) => (a.slug === '' ? -1 : b.slug === '' ? 1 : a.id.localeCompare(b.id)));
}

/** Every article of every locale: English first, then each other locale, each as `getArticles` orders it. */
export async function getAllArticles(): Promise<Article[]> {
	return (await Promise.all(LOCALE_KEYS.map((locale) => getArticles(locale)))).flat();
}
