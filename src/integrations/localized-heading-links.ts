import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { DEFAULT_LOCALE, localeOf, LOCALES } from '../lib/locales.ts';

type Translate = (
	key: 'heading.anchorLabel',
	options: { title: string; interpolation: { escapeValue: false } },
) => string;

/**
 * Starlight names each heading's anchor link with its `heading.anchorLabel` string ("Section titled “…”") in the
 * language it reads from the file's path under `src/content/docs/`; the articles live in `content/docs/`, so Korean
 * pages got the English label. This Starlight plugin relabels the links of every non-default locale's article with
 * Starlight's own translation for that locale (Korean: `섹션 제목: “…”`). Its Sätteri hast plugin runs after
 * Starlight's, which has added the links by then.
 */
export function localizedHeadingLinks(): StarlightPlugin {
	const name = 'carat-help:localized-heading-links';
	return {
		name,
		hooks: {
			'config:setup'({ addIntegration, useTranslations }) {
				addIntegration({
					name,
					hooks: {
						'astro:config:setup'({ config }) {
							const processor = config.markdown.processor as
								{ options?: { hastPlugins?: HastPluginEntry[] } } | undefined;
							if (!processor?.options?.hastPlugins) throw new Error(`${name}: the Markdown processor is not Sätteri`);
							processor.options.hastPlugins.push(({ fileURL }) => {
								const locale = fileURL && localeOf(fileURLToPath(fileURL));
								if (!locale || locale === DEFAULT_LOCALE) return undefined;
								return anchorLabels(useTranslations(LOCALES[locale].lang) as unknown as Translate);
							});
						},
					},
				});
			},
		},
	};
}

/** Rewrites the hidden text of every `a.sl-anchor-link` (`span.sr-only`) with `t`, from its heading's text. */
const anchorLabels = (t: Translate): HastPluginDefinition => ({
	name: 'carat-help:anchor-labels',
	element: {
		filter: ['span'],
		visit(node, ctx) {
			if (!String(node.properties?.['className'] ?? node.properties?.['class'] ?? '').includes('sr-only')) return;
			const link = ctx.parent(node);
			if (link?.type !== 'element') return;
			if (!String(link.properties.className ?? link.properties.class ?? '').includes('sl-anchor-link')) return;
			const heading = ctx.parent(link)?.children?.[0];
			if (!heading) return;
			const label = t('heading.anchorLabel', {
				title: ctx.textContent(heading),
				interpolation: { escapeValue: false },
			});
			const text = { type: 'text' as const, value: label };
			ctx.replaceNode(node, { type: 'element', tagName: 'span', properties: { ...node.properties }, children: [text] });
		},
	},
});
