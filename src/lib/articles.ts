import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { bodyFirstLine, type BodySource } from './mdx-to-md.ts';
import { markdownPath } from './markdown-path.ts';

/** An article of the docs collection, with the URLs crawlers need. */
export interface Article {
	/** Collection id, e.g. `en/troubleshooting/usage-plan/unlimited-benefit-scope` (`en` for the home page). */
	id: string;
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

/** Every English article, home page first, then by id. */
export async function getArticles(): Promise<Article[]> {
	const entries = await getCollection('docs', (e) => e.id === 'en' || e.id.startsWith('en/'));
	return entries
		.map((e) => ({
			id: e.id,
			slug: e.id.replace(/^en\/?/, ''),
			title: e.data.title,
			description: e.data.description,
			body: e.body ?? '',
			url: `https://carat.im/docs/${e.id}/`,
			markdownUrl: `https://carat.im${markdownPath(e.id)}`,
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
