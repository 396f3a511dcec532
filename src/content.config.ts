import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import en from './content/i18n/en.json' with { type: 'json' };

/** Our page strings: the `carat.` keys of the English catalogue, which every locale's catalogue must have. */
const OUR_KEYS = Object.keys(en).filter((key) => key.startsWith('carat.'));

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; the articles live at the repository root.
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		// Words customers type that the articles do not use go in content/search/synonyms.json, not in an article.
		schema: docsSchema(),
	}),
	// The page strings, one catalogue per locale in src/content/i18n/ (`Astro.locals.t`): Starlight's own keys where
	// its translation is missing (ko.json: Pagefind's search UI, which Starlight leaves in English on Korean pages), and
	// ours under `carat.`, required in every locale so that a missing translation fails the build.
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({
			extend: z.object(Object.fromEntries(OUR_KEYS.map((key) => [key, z.string()]))),
		}),
	}),
};
