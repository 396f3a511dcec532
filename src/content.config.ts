import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; the articles live at the repository root.
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema({
			extend: z.object({
				/**
				 * Words the search index gets besides the article's text (see src/lib/search-keywords.ts), e.g. `['BGM']`,
				 * `['무제한인데']`.
				 */
				keywords: z.array(z.string().min(1)).optional(),
			}),
		}),
	}),
	// Starlight's UI strings beyond its own translations, one file per locale in src/content/i18n/ (ko.json: Pagefind's
	// search UI, which Starlight leaves in English on Korean pages). Keys are Starlight's (`pagefind.clear_search`, …).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
