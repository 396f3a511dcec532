import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; the articles live at the repository root.
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		// Words customers type that the articles do not use go in content/search/synonyms.json, not in an article.
		schema: docsSchema(),
	}),
	// Starlight's UI strings beyond its own translations, one file per locale in src/content/i18n/ (ko.json: Pagefind's
	// search UI, which Starlight leaves in English on Korean pages). Keys are Starlight's (`pagefind.clear_search`, …).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
