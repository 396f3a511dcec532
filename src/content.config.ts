import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; the articles live at the repository root.
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema({
			extend: z.object({
				/** Words the search index gets besides the article's text (see src/lib/search-keywords.ts), e.g. `['BGM']`, `['무제한인데']`. */
				keywords: z.array(z.string().min(1)).optional(),
			}),
		}),
	}),
	// Starlight reads this collection on every build (and Astro warns when it is missing); one empty English entry
	// overrides none of Starlight's UI strings. Put a translated string here as `{ id: 'en', 'search.label': '…' }`.
	i18n: defineCollection({
		loader: async () => [{ id: 'en' }],
		schema: i18nSchema(),
	}),
};
